// How long the portal keeps working rows that have done their job. The housekeeping jobs
// (lib/server/jobs/prune-*.ts) delete what is older; docs/operations.md quotes these numbers.
// The audit trail is not here: it is kept (docs/decisions/0020-operations-and-scale-out.md).
import { SESSION_ABSOLUTE_SECONDS } from "./session-limits";

const DAY_SECONDS = 24 * 60 * 60;

/**
 * A rate-limit or back-off counter untouched this long is forgotten: longer than the longest window
 * (1 h) and the back-off memory (24 h), so no rule ever sees a counter vanish early.
 */
export const RATE_LIMIT_BUCKET_RETENTION_SECONDS = 2 * DAY_SECONDS;

/** One-time codes and phone verifications, used or expired, kept this long for support questions. */
export const ONE_TIME_CODE_RETENTION_SECONDS = 7 * DAY_SECONDS;

/** Ended sessions (revoked, or past their absolute lifetime) stay listed this long ("your devices"). */
export const ENDED_SESSION_RETENTION_SECONDS = 90 * DAY_SECONDS;

/** Sent (or failed for good) messages: their text holds personal data, so they go after this long. */
export const SENT_NOTIFICATION_RETENTION_SECONDS = 30 * DAY_SECONDS;

/** The latest start of a session that has certainly ended by time at `now`, whatever its activity. */
export function sessionsStartedBeforeHaveEnded(now: Date): Date {
  return new Date(now.getTime() - SESSION_ABSOLUTE_SECONDS * 1000);
}

export function olderThan(now: Date, seconds: number): Date {
  return new Date(now.getTime() - seconds * 1000);
}
