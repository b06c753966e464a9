// How long a signed-in session lives, for staff and citizens alike. The server-side session rows
// (DeviceSession, StaffSession) enforce these; the cookie's own expiry only mirrors them.

/** Signed out after this long without a request. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Signed out this long after signing in, whatever the activity. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** lastSeenAt is written at most once a minute, so it may lag the last request by that much. */
export const LAST_SEEN_RESOLUTION_SECONDS = 60;

/** True when a session last seen at `lastSeenAt` and opened at `createdAt` has ended by time alone. */
export function sessionTimedOut(session: { createdAt: Date; lastSeenAt: Date }, now: Date): "idle" | "expired" | null {
  if (now.getTime() - session.createdAt.getTime() > SESSION_ABSOLUTE_SECONDS * 1000) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > (SESSION_IDLE_SECONDS + LAST_SEEN_RESOLUTION_SECONDS) * 1000) return "idle";
  return null;
}
