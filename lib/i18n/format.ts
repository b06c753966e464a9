// Filling message templates and writing dates and numbers in the visitor's language. Safe to import in
// the browser (lib/i18n/catalog.ts brings every catalog along; this file brings none).
import { formatCalendarDateIn, formatDateIn, formatDateTimeIn } from "@/lib/domain/dates";
import type { CalendarDate } from "@/lib/domain/identifiers";
import { INTL_LOCALES, type Locale } from "./config";

/** Replaces {name} placeholders; a placeholder without a value stays as it is, so a missing parameter shows. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}

/** The Intl tag of a language ("ko" → "ko-KR"). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

/** An instant's day in Vietnam, in the language's style (vi: "16/03/2025", ko: "2025. 3. 16.", ja: "2025/3/16"). */
export function formatDate(locale: Locale, date: Date, style: "short" | "long" = "short"): string {
  return formatDateIn(INTL_LOCALES[locale], date, style);
}

/** An instant in Vietnam time with hours and minutes (24-hour clock), in the language's style. */
export function formatDateTime(locale: Locale, date: Date): string {
  return formatDateTimeIn(INTL_LOCALES[locale], date);
}

/** A calendar date without a time zone (a birth date), in the language's style. */
export function formatCalendarDay(locale: Locale, date: CalendarDate): string {
  return formatCalendarDateIn(INTL_LOCALES[locale], date);
}

/** A number with the language's separators (vi: "1.234,5", the others: "1,234.5"). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], options).format(value);
}
