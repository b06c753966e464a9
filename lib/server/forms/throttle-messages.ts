import "server-only";
// The waits the account forms quote (a throttled sign-in, a code sent too often), as message refs.
import type { MessageRef } from "@/lib/schemas/form-state";

/** Whole minutes left, at least 1: "try again in 0 minutes" helps nobody. */
export const minutesLeft = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

/** A new code asked for too soon: seconds while it is under a minute, else minutes. */
export function otpResendRefusal(retryAfterSeconds: number): MessageRef {
  return retryAfterSeconds <= 60
    ? { key: "account.otpResendWait", params: { seconds: retryAfterSeconds } }
    : { key: "account.otpResendTooMany", params: { minutes: minutesLeft(retryAfterSeconds) } };
}
