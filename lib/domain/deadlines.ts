// Time rules of the declaration: the 10-day window to appear at the office, the reminder before it
// closes, the minimum age, and calendar dates as people in Vietnam read them.
import type { CalendarDate } from "./identifiers";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a person has, after sending the declaration, to bring the signed form and ID to the office. */
export const SUBMISSION_WINDOW_DAYS = 10;
/** The reminder (SMS/email) goes out this many days before the window closes. */
export const REMINDER_DAYS_BEFORE_EXPIRY = 2;
/** Minimum age to register (a choice: docs/mau-01.md §2). */
export const MINIMUM_AGE_YEARS = 15;

/** When the declaration is cancelled if nobody came: exactly 10 × 24 h after it was sent (Vietnam has no DST). */
export function submissionDeadline(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + SUBMISSION_WINDOW_DAYS * DAY_MS);
}

/** True from the deadline instant on. */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

export function reminderDueAt(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() - REMINDER_DAYS_BEFORE_EXPIRY * DAY_MS);
}

const vietnamParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

function partsInVietnam(date: Date): { year: string; month: string; day: string } {
  const parts = Object.fromEntries(vietnamParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year ?? "", month: parts.month ?? "", day: parts.day ?? "" };
}

/** The calendar date of an instant in Vietnam, "dd/mm/yyyy" (as printed on Tờ khai 01). */
export function formatDateVi(date: Date): string {
  const { year, month, day } = partsInVietnam(date);
  return `${day}/${month}/${year}`;
}

/** The calendar date of an instant in Vietnam, "YYYY-MM-DD": "today" for the form's date rules. */
export function isoDateInVietnam(date: Date): string {
  const { year, month, day } = partsInVietnam(date);
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
 * Age in completed years on the Vietnamese calendar date of `on`. Someone born on 29 February
 * turns a year older on 1 March in common years.
 */
export function ageOn(dateOfBirth: CalendarDate, on: Date): number {
  const birth = toIsoDate(dateOfBirth);
  const today = isoDateInVietnam(on);
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}
