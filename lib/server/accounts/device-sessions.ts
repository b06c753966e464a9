import "server-only";
// A citizen's signed-in devices: one DeviceSession per sign-in, named by the session cookie and
// re-checked on every request. One device at a time: a new session revokes every other one.
import { deviceLabelFromUserAgent } from "@/lib/domain/device-label";
import { LAST_SEEN_RESOLUTION_SECONDS, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/domain/session-limits";
import type { PrismaClient, Tx } from "../db/client";
import { prisma } from "../db/client";
import { citizenActor, recordAuditEvent } from "../audit";
import type { RequestInfo } from "../request-info";

/** Why a session ended; the sign-in page explains "otherDevice" to the person who was signed out. */
// "reactivated" is written by activateAccountForDeclaration (a new approval issues a new temporary password).
// "rotated": replaced by a new session on the same device (after a password change).
export const REVOKED_REASONS = ["otherDevice", "signedOut", "passwordChanged", "passwordReset", "reactivated", "rotated"] as const;
export type RevokedReason = (typeof REVOKED_REASONS)[number];

export function isRevokedReason(value: string | null): value is RevokedReason {
  return (REVOKED_REASONS as readonly (string | null)[]).includes(value);
}

export { LAST_SEEN_RESOLUTION_SECONDS };

/**
 * Sessions of the account that could still be in use on some device: not revoked, seen within the
 * idle limit, and younger than the absolute limit. An abandoned session does not ask for an OTP.
 */
export async function liveSessionCount(accountId: string, now: Date, db: PrismaClient | Tx = prisma): Promise<number> {
  return db.deviceSession.count({
    where: {
      accountId,
      revokedAt: null,
      lastSeenAt: { gt: new Date(now.getTime() - (SESSION_IDLE_SECONDS + LAST_SEEN_RESOLUTION_SECONDS) * 1000) },
      createdAt: { gt: new Date(now.getTime() - SESSION_ABSOLUTE_SECONDS * 1000) },
    },
  });
}

/** Revokes the account's sessions (all, or all but one) with a reason, auditing each. Returns their ids. */
export async function revokeSessions(
  tx: Tx,
  input: { accountId: string; reason: RevokedReason; now: Date; except?: string; info: RequestInfo },
): Promise<string[]> {
  const sessions = await tx.deviceSession.findMany({
    where: { accountId: input.accountId, revokedAt: null, ...(input.except ? { id: { not: input.except } } : {}) },
    select: { id: true },
  });
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  await tx.deviceSession.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: input.now, revokedReason: input.reason } });
  for (const id of ids) {
    await recordAuditEvent(tx, {
      type: "account.sessionRevoked",
      ...citizenActor(input.accountId, input.info),
      data: { deviceSessionId: id, reason: input.reason, ...(input.except ? { by: input.except } : {}) },
    });
  }
  return ids;
}

/** Opens a session for this device and revokes every other one ("otherDevice"), with the audit rows. */
export async function openDeviceSession(tx: Tx, input: { accountId: string; now: Date; info: RequestInfo; viaOtp: boolean; viaVneid?: boolean; deviceHash?: string | null }) {
  const session = await tx.deviceSession.create({
    data: {
      accountId: input.accountId,
      deviceLabel: deviceLabelFromUserAgent(input.info.userAgent),
      deviceHash: input.deviceHash ?? null,
      ip: input.info.ip,
      userAgent: input.info.userAgent?.slice(0, 400) ?? null,
      createdAt: input.now,
      lastSeenAt: input.now,
      passwordProvenAt: input.viaVneid ? null : input.now,
    },
  });
  const revoked = await revokeSessions(tx, { accountId: input.accountId, reason: "otherDevice", now: input.now, except: session.id, info: input.info });
  await recordAuditEvent(tx, {
    type: "account.signedIn",
    ...citizenActor(input.accountId, input.info),
    data: { deviceSessionId: session.id, viaOtp: input.viaOtp, ...(input.viaVneid ? { viaVneid: true } : {}), revokedSessions: revoked.length },
  });
  return session;
}
