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

/** A session row (DeviceSession, StaffSession) as the rule needs it; `ownerId` is its accountId or staffUserId. */
export type SessionRow = { ownerId: string; revokedAt: Date | null; createdAt: Date; lastSeenAt: Date };

/**
 * Why a session row no longer admits the cookie that names it, or null while it does: the one rule behind
 * the page checks (which say why) and the proxy's check before it slides the cookie. `ownerId` is the user
 * the cookie names; another user's row counts as missing.
 */
export function sessionRowEnd(row: SessionRow | null, ownerId: string, now: Date): "missing" | "revoked" | "idle" | "expired" | null {
  if (!row || row.ownerId !== ownerId) return "missing";
  if (row.revokedAt) return "revoked";
  return sessionTimedOut(row, now);
}
