import "server-only";
// Staff sessions kept on the server: one StaffSession row per sign-in, named by the session cookie and
// re-checked on every request (principalFromSession). Revoking the row ends the session at once, even
// for someone holding a copy of the cookie: sign-out, a password change or reset, disabling, an
// authenticator reset, and the idle timeout all do.
import { isOneOf } from "@/lib/domain/code-lists";
import { sessionRowEnd, LAST_SEEN_RESOLUTION_SECONDS } from "@/lib/domain/session-limits";
import type { PrismaClient, Tx } from "../db/client";
import { prisma } from "../db/client";
import { recordAuditEvent, staffActor } from "../audit";
import { endSessionOnce } from "../auth/end-session";
import type { RequestInfo } from "../request-info";

export const STAFF_REVOKED_REASONS = ["signedOut", "passwordChanged", "passwordReset", "disabled", "idle", "expired", "totpReset"] as const;
export type StaffRevokedReason = (typeof STAFF_REVOKED_REASONS)[number];

export async function openStaffSession(
  tx: Tx,
  input: { staffUserId: string; officeCode: string | null; deviceHash: string | null; now: Date; info: RequestInfo; secondFactor: "totp" | "recoveryCode" | null },
) {
  const session = await tx.staffSession.create({
    data: {
      staffUserId: input.staffUserId,
      deviceHash: input.deviceHash,
      ip: input.info.ip,
      userAgent: input.info.userAgent?.slice(0, 400) ?? null,
      createdAt: input.now,
      lastSeenAt: input.now,
    },
  });
  await recordAuditEvent(tx, {
    type: "staff.signedIn",
    ...staffActor({ id: input.staffUserId, officeCode: input.officeCode }, input.info),
    data: { staffSessionId: session.id, secondFactor: input.secondFactor },
  });
  return session;
}

/** Ends every open session of the user (or all but one), in the caller's transaction; returns how many. */
export async function revokeStaffSessions(
  tx: Tx,
  input: { staffUserId: string; reason: StaffRevokedReason; now: Date; except?: string },
): Promise<number> {
  const { count } = await tx.staffSession.updateMany({
    where: { staffUserId: input.staffUserId, revokedAt: null, ...(input.except ? { id: { not: input.except } } : {}) },
    data: { revokedAt: input.now, revokedReason: input.reason },
  });
  return count;
}

export type StaffSessionCheck =
  | { ok: true; session: { id: string; staffUserId: string } }
  | { ok: false; reason: "missing" | StaffRevokedReason | "revoked" };

/**
 * The session row behind a cookie, if still valid: not revoked and not timed out (a timed-out session
 * is revoked here, so it cannot come back). Touches lastSeenAt at most once a minute.
 */
export async function checkStaffSession(
  input: { staffSessionId: string; staffUserId: string },
  now: Date = new Date(),
  db: PrismaClient = prisma,
): Promise<StaffSessionCheck> {
  if (!/^[0-9a-f-]{36}$/i.test(input.staffSessionId)) return { ok: false, reason: "missing" };
  const row = await db.staffSession.findUnique({ where: { id: input.staffSessionId } });
  const ended = sessionRowEnd(row && { ownerId: row.staffUserId, ...row }, input.staffUserId, now);
  if (ended === "missing" || !row) return { ok: false, reason: "missing" };
  if (ended === "revoked") return { ok: false, reason: isOneOf(STAFF_REVOKED_REASONS, row.revokedReason) ? row.revokedReason : "revoked" };
  if (ended) {
    await db.staffSession.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now, revokedReason: ended } });
    return { ok: false, reason: ended };
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_SECONDS * 1000) {
    await db.staffSession.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { ok: true, session: { id: row.id, staffUserId: row.staffUserId } };
}

/** Signing out ends this session's row, so the cookie is worthless even if someone kept a copy. */
export function signOutStaff(
  input: { staffUserId: string; staffSessionId: string; officeCode: string | null; username: string },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<void> {
  return endSessionOnce(
    (tx) =>
      tx.staffSession.updateMany({
        where: { id: input.staffSessionId, staffUserId: input.staffUserId, revokedAt: null },
        data: { revokedAt: now, revokedReason: "signedOut" },
      }),
    {
      type: "staff.signedOut",
      ...staffActor({ id: input.staffUserId, officeCode: input.officeCode }, info),
      data: { username: input.username, staffSessionId: input.staffSessionId },
    },
  );
}
