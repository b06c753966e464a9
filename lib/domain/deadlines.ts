// Time rules of the declaration: the 10-day window to appear at the office, the reminder before it
// closes, and the minimum age. Dates themselves (Vietnam's calendar, dd/mm/yyyy) live in ./dates.
// The window's semantics and the resubmission rule: docs/decisions/0015-deadline-end-of-tenth-day.md.
import { addCalendarDays, endOfVietnamDay, isoDateInVietnam, toIsoDate, vietnamTimeOn } from "./dates";
import type { CalendarDate } from "./identifiers";

/** Days a person has, after sending the declaration, to bring the signed form and ID to the office. */
export const SUBMISSION_WINDOW_DAYS = 10;
/** The reminder (SMS/email) goes out on the morning this many days before the last day. */
export const REMINDER_DAYS_BEFORE_EXPIRY = 2;
/** The reminder's time of day in Vietnam (a message at night wakes people; offices open at 7:30–8:00). */
export const REMINDER_HOUR_VIETNAM = 8;
/** Minimum age to register (a choice: docs/mau-01.md §2). */
export const MINIMUM_AGE_YEARS = 15;

/**
 * The deadline of a declaration sent (or resent) at `sentAt`: the end of the 10th day after the day it
 * was sent, in Vietnam time (23:59:59.999 +07:00). Sent any time on 2 December → open until the end of
 * 12 December, the date every message, the PDF and the back office print.
 */
export function submissionDeadline(sentAt: Date): Date {
  return endOfVietnamDay(addCalendarDays(isoDateInVietnam(sentAt), SUBMISSION_WINDOW_DAYS));
}

/** True once the deadline has passed: the deadline instant itself still belongs to the window. */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() > expiresAt.getTime();
}

/** When the reminder is due: 08:00 Vietnam time, REMINDER_DAYS_BEFORE_EXPIRY days before the deadline's date. */
export function reminderDueAt(expiresAt: Date): Date {
  return vietnamTimeOn(addCalendarDays(isoDateInVietnam(expiresAt), -REMINDER_DAYS_BEFORE_EXPIRY), REMINDER_HOUR_VIETNAM);
}

/**
 * The latest deadline whose reminder is due at `now` (reminderDueAt(expiresAt) <= now ⇔ expiresAt <= this):
 * lets the reminder job select its candidates in SQL with the same rule.
 */
export function latestDeadlineToRemind(now: Date): Date {
  const today = isoDateInVietnam(now);
  const dueToday = now.getTime() >= vietnamTimeOn(today, REMINDER_HOUR_VIETNAM).getTime();
  return endOfVietnamDay(addCalendarDays(today, REMINDER_DAYS_BEFORE_EXPIRY - (dueToday ? 0 : 1)));
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
