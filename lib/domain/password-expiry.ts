// How long a password lasts: BHXH asks for a change at least every 6 months, with reminders before.
// Apart from password-policy.ts so that the worker's reminder job does not load the strength estimator.

/** BHXH asks for a new password at least every 6 months. */
export const PASSWORD_MAX_AGE_DAYS = 183;
/** Reminders start this many days before the password expires. */
export const PASSWORD_REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a password set at `changedAt` stops being accepted without a change. */
export function passwordExpiresAt(changedAt: Date): Date {
  return new Date(changedAt.getTime() + PASSWORD_MAX_AGE_DAYS * DAY_MS);
}

/** True once the password is 6 months old: the next sign-in must change it. */
export function mustRotate(changedAt: Date, now: Date): boolean {
  return now.getTime() >= passwordExpiresAt(changedAt).getTime();
}

/** True in the last PASSWORD_REMINDER_DAYS before expiry (not after: then it must be changed). */
export function shouldRemind(changedAt: Date, now: Date): boolean {
  const expires = passwordExpiresAt(changedAt).getTime();
  return now.getTime() < expires && now.getTime() >= expires - PASSWORD_REMINDER_DAYS * DAY_MS;
}

/** Whole days left before expiry, rounded up (0 once expired), for the reminder message. */
export function daysUntilPasswordExpiry(changedAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((passwordExpiresAt(changedAt).getTime() - now.getTime()) / DAY_MS));
}
