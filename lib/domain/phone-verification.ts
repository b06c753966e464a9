// The numbers of confirming a mobile number by SMS code, and of the per-recipient caps that keep the
// anonymous flows (declaring, checking an ID number) from being used to message a stranger. One place:
// the service, the API, the wizard and every message quote these through {param} placeholders.

export const PHONE_CODE_LENGTH = 6;
/** How long a code sent by SMS can be typed. */
export const PHONE_CODE_VALID_SECONDS = 10 * 60;
/** The shortest wait between two codes sent to the same number. */
export const PHONE_CODE_RESEND_SECONDS = 60;
/** Wrong tries allowed on one code; the next try is refused even with the right code. */
export const PHONE_CODE_MAX_ATTEMPTS = 5;
/** How long a confirmed number counts as confirmed (the verification token's lifetime). */
export const PHONE_VERIFICATION_TOKEN_VALID_SECONDS = 30 * 60;

/** "Per day" in the caps below: a rolling 24 hours, so no midnight reset can be raced. */
export const RECIPIENT_CAP_WINDOW_SECONDS = 24 * 60 * 60;
export const RECIPIENT_CAPS = {
  /** Verification SMS to one number. */
  verificationSmsPerPhone: 5,
  /** Emails a declaration makes the portal send (confirmation link, copy) to one address. */
  declarationEmailsPerAddress: 3,
  /** Declarations waiting at an office with one declared number. */
  pendingDeclarationsPerPhone: 3,
  /** "Someone tried to declare with your ID number" SMS to the number on record. */
  conflictNoticesPerPhone: 3,
} as const;

/** Checks of one ID number (or BHXH code) for an existing record, from anyone, per hour. */
export const CONFLICT_CHECKS_PER_ID_NUMBER = { limit: 10, windowSeconds: 60 * 60 } as const;

/** Seconds left before another code may be sent (0: now). */
export function resendWaitSeconds(lastSentAt: Date | null, now: Date): number {
  if (!lastSentAt) return 0;
  const waitMs = lastSentAt.getTime() + PHONE_CODE_RESEND_SECONDS * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** "0:59", "1:05": the resend countdown as the wizard shows it. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** A code as typed ("123 456", full-width digits aside): six ASCII digits, or null. */
export function normalizePhoneCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${PHONE_CODE_LENGTH}}$`).test(compact) ? compact : null;
}

/** The parameters every phone-confirmation message may quote. */
export function phoneVerificationParams(): { codeMinutes: number; resendSeconds: number; maxAttempts: number; tokenMinutes: number; smsPerDay: number } {
  return {
    codeMinutes: PHONE_CODE_VALID_SECONDS / 60,
    resendSeconds: PHONE_CODE_RESEND_SECONDS,
    maxAttempts: PHONE_CODE_MAX_ATTEMPTS,
    tokenMinutes: PHONE_VERIFICATION_TOKEN_VALID_SECONDS / 60,
    smsPerDay: RECIPIENT_CAPS.verificationSmsPerPhone,
  };
}
