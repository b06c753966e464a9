import "server-only";
// Whether the session a cookie names is still open in the database: its DeviceSession (citizen) or
// StaffSession (staff) row exists for the user the cookie names, is not revoked (sign-out, password change,
// another device, a counter's revocation…) and has not timed out (lib/domain/session-limits.ts).
// The rule is sessionRowEnd (lib/domain/session-limits.ts), shared with the page checks (checkCitizenSession,
// checkStaffSession), which also say why; isSessionCookieLive is the proxy's yes-or-no before it slides the cookie.
import { getToken } from "next-auth/jwt";
import { sessionRowEnd } from "@/lib/domain/session-limits";
import { prisma, type PrismaClient } from "../db/client";
import { env } from "../env";
import { logger } from "../logging/logger";
import { useSecureCookies } from "./auth.config";

/** A decoded session token: the claims this app puts in it (auth.config.ts, jwt callback) are kind, userId, deviceSessionId, staffSessionId. */
export type SessionClaims = Readonly<Record<string, unknown>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
const ROW_FIELDS = { revokedAt: true, createdAt: true, lastSeenAt: true } as const;

/**
 * One read of the session row by its primary key, nothing written (the page's own check touches
 * lastSeenAt). A token without the ids of its kind is not live.
 */
export async function isSessionLive(claims: SessionClaims, now: Date = new Date(), db: PrismaClient = prisma): Promise<boolean> {
  if (!isId(claims.userId)) return false;
  if (claims.kind === "citizen" && isId(claims.deviceSessionId)) {
    const row = await db.deviceSession.findUnique({ where: { id: claims.deviceSessionId }, select: { accountId: true, ...ROW_FIELDS } });
    return sessionRowEnd(row && { ownerId: row.accountId, ...row }, claims.userId, now) === null;
  }
  if (claims.kind === "staff" && isId(claims.staffSessionId)) {
    const row = await db.staffSession.findUnique({ where: { id: claims.staffSessionId }, select: { staffUserId: true, ...ROW_FIELDS } });
    return sessionRowEnd(row && { ownerId: row.staffUserId, ...row }, claims.userId, now) === null;
  }
  return false;
}

/**
 * Whether the session cookie in this Cookie header (Auth.js's, split into chunks or not) decodes and names
 * a live session. Decoded as Auth.js does it: the same secret, the cookie's name as the salt. Never throws:
 * a token that does not decode, a missing secret or a database error all answer false.
 */
export async function isSessionCookieLive(cookieHeader: string | null, now: Date = new Date()): Promise<boolean> {
  try {
    const secret = env().AUTH_SECRET;
    if (!secret || !cookieHeader) return false;
    // Only the cookie: getToken would otherwise fall back to an Authorization header, which Auth.js's session ignores.
    const claims = await getToken({ req: { headers: new Headers({ cookie: cookieHeader }) }, secret, secureCookie: useSecureCookies });
    return claims !== null && (await isSessionLive(claims, now));
  } catch (error) {
    logger().warn({ component: "session", err: error }, "could not check the session before sliding its cookie");
    return false;
  }
}
