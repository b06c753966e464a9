// Dates as people in Vietnam read them: the calendar and clock of Asia/Ho_Chi_Minh, printed dd/mm/yyyy.
// Pure and browser-safe: the server, the PDF, the messages and the pages all format dates here.
import type { CalendarDate } from "./identifiers";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";
/** Vietnam keeps UTC+07:00 all year (no daylight saving since 1975): a day there starts at 17:00 UTC the day before. */
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DateParts = { day: string; month: string; year: string };

/** The calendar date of an instant in Vietnam, as zero-padded parts. */
export function vietnamDateParts(date: Date): DateParts {
  const shifted = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS);
  return {
    year: String(shifted.getUTCFullYear()).padStart(4, "0"),
    month: String(shifted.getUTCMonth() + 1).padStart(2, "0"),
    day: String(shifted.getUTCDate()).padStart(2, "0"),
  };
}

/** The calendar date of an instant in Vietnam, "dd/mm/yyyy" (as printed on Tờ khai 01). */
export function formatDateVi(date: Date): string {
  const { year, month, day } = vietnamDateParts(date);
  return `${day}/${month}/${year}`;
}

/** An instant in Vietnam, "dd/mm/yyyy HH:mm" (24-hour clock). */
export function formatDateTimeVi(date: Date): string {
  const shifted = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDateVi(date)} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/** The calendar date of an instant in Vietnam, "YYYY-MM-DD": "today" for the form's date rules. */
export function isoDateInVietnam(date: Date): string {
  const { year, month, day } = vietnamDateParts(date);
  return `${year}-${month}-${day}`;
}

/** A "YYYY-MM-DD" string naming a real calendar date (no 30 February), year 1000 or later. */
export function isIsoDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date, from "YYYY-MM-DD" or a Date read in UTC, as "YYYY-MM-DD". */
export function toIsoDate(date: CalendarDate): string {
  return typeof date === "string" ? date : date.toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" date as the Date at UTC midnight (how Prisma stores `@db.Date`). */
export function fromIsoDate(s: string): Date {
  if (!isIsoDate(s)) throw new Error(`Not a calendar date: ${s}`);
  return new Date(`${s}T00:00:00.000Z`);
}

/**
 * A calendar date (no time zone involved: a birth date, an ID's issue date), "dd/mm/yyyy".
 * Anything that is not "YYYY-MM-DD" (a date still being typed) is returned as it is.
 */
export function formatCalendarDate(date: CalendarDate): string {
  const iso = toIsoDate(date);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * A date as people in Vietnam type it, "dd/mm/yyyy" (also d/m/yyyy, with "-" or "." between), or an
 * ISO "YYYY-MM-DD" (older links), as "YYYY-MM-DD"; null when it names no real day.
 */
export function parseDayMonthYear(typed: string): string | null {
  const value = typed.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** The calendar date `days` after a "YYYY-MM-DD" date (negative: before). */
export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(fromIsoDate(isoDate).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first instant of a Vietnamese calendar day (00:00:00.000 +07:00). */
export function startOfVietnamDay(isoDate: string): Date {
  return new Date(fromIsoDate(isoDate).getTime() - VIETNAM_UTC_OFFSET_MS);
}

/** The last instant of a Vietnamese calendar day (23:59:59.999 +07:00). */
export function endOfVietnamDay(isoDate: string): Date {
  return new Date(startOfVietnamDay(isoDate).getTime() + DAY_MS - 1);
}

/** A given time of day ("HH:mm" as hours and minutes) on a Vietnamese calendar day. */
export function vietnamTimeOn(isoDate: string, hours: number, minutes = 0): Date {
  return new Date(startOfVietnamDay(isoDate).getTime() + (hours * 60 + minutes) * 60 * 1000);
}

// ---------------------------------------------------------------------------------------------
// Per language (issue 14): the same Vietnam calendar and clock, written the way each language writes
// dates: "16/03/2025", "16 March 2025", "2025. 3. 16.", "2025/3/16", "2025年3月16日". `intlLocale` is a
// BCP 47 tag such as "ko-KR" (lib/i18n/config.ts INTL_LOCALES); Vietnamese keeps the forms above.

const isVietnamese = (intlLocale: string) => /^vi\b/i.test(intlLocale);

/** An instant's Vietnamese calendar day in a language's own style ("short": numeric, "long": the month by name). */
export function formatDateIn(intlLocale: string, date: Date, style: "short" | "long" = "short"): string {
  if (style === "short" && isVietnamese(intlLocale)) return formatDateVi(date);
  const options: Intl.DateTimeFormatOptions = style === "long" ? { dateStyle: "long" } : numericDate(intlLocale);
  return new Intl.DateTimeFormat(intlLocale, { timeZone: VIETNAM_TIME_ZONE, ...options }).format(date);
}

/** An instant in Vietnam time, date and 24-hour clock, in a language's own style. */
export function formatDateTimeIn(intlLocale: string, date: Date): string {
  if (isVietnamese(intlLocale)) return formatDateTimeVi(date);
  const options: Intl.DateTimeFormatOptions = { ...numericDate(intlLocale), hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  return new Intl.DateTimeFormat(intlLocale, { timeZone: VIETNAM_TIME_ZONE, ...options }).format(date);
}

/** A calendar date with no time zone ("YYYY-MM-DD": a birth date) in a language's style; anything else comes back as it is. */
export function formatCalendarDateIn(intlLocale: string, date: CalendarDate): string {
  const iso = toIsoDate(date);
  if (!isIsoDate(iso)) return iso;
  if (isVietnamese(intlLocale)) return formatCalendarDate(iso);
  return formatDateIn(intlLocale, vietnamTimeOn(iso, 12));
}

// `dateStyle: "short"` gives two-digit years in several languages ("25. 3. 16."): a date on a public
// service page keeps its four-digit year. English (en-GB) keeps day and month on two digits, as Vietnamese does.
function numericDate(intlLocale: string): Intl.DateTimeFormatOptions {
  const twoDigits = /^en\b/i.test(intlLocale);
  return { year: "numeric", month: twoDigits ? "2-digit" : "numeric", day: twoDigits ? "2-digit" : "numeric" };
}
