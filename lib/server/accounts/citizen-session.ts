import "server-only";
// The database re-check behind every citizen request (lib/server/auth/citizen-guards.ts), separate so
// tests can call it without a request: the session cookie names an account and a DeviceSession, and
// both must still be valid. Says why not, so the sign-in page can explain a sign-out by another device.
import { daysUntilPasswordExpiry, mustRotate, shouldRemind } from "@/lib/domain/password-expiry";
import { sessionRowEnd } from "@/lib/domain/session-limits";
import type { PrismaClient } from "../db/client";
import { prisma } from "../db/client";
import { isRevokedReason, LAST_SEEN_RESOLUTION_SECONDS, type RevokedReason } from "./device-sessions";

export type CitizenPrincipal = {
  accountId: string;
  bhxhCode: string;
  deviceSessionId: string;
  /** E.164. */
  phone: string;
  email: string | null;
  /** Still the temporary password sent on approval. */
  mustChangePassword: boolean;
  /** Older than PASSWORD_MAX_AGE_DAYS: must be changed before anything else. */
  passwordExpired: boolean;
  /** Days left before expiry while the reminder is due (PASSWORD_REMINDER_DAYS), else null. */
  passwordReminderDays: number | null;
  passwordChangedAt: Date;
  /** When this session's sign-in typed the password (null: VNeID); see passwordRecentlyProven. */
  passwordProvenAt: Date | null;
};

export type CitizenSessionCheck =
  | { ok: true; principal: CitizenPrincipal }
  | { ok: false; reason: "signedOut" | "inactive" | RevokedReason | "revoked" };

export async function checkCitizenSession(
  session: { kind?: string; principalId?: string; deviceSessionId?: string } | null | undefined,
  now: Date = new Date(),
  db: PrismaClient = prisma,
): Promise<CitizenSessionCheck> {
  if (session?.kind !== "citizen" || !session.principalId || !session.deviceSessionId) return { ok: false, reason: "signedOut" };
  const device = await db.deviceSession.findUnique({ where: { id: session.deviceSessionId }, include: { account: true } });
  // The idle and absolute limits are enforced here, not only by the cookie's expiry: a kept copy of the
  // cookie (or a replayed token) is worthless once the session has been left alone too long.
  const ended = sessionRowEnd(device && { ownerId: device.accountId, ...device }, session.principalId, now);
  if (ended === "revoked" && device) return { ok: false, reason: isRevokedReason(device.revokedReason) ? device.revokedReason : "revoked" };
  if (ended || !device) return { ok: false, reason: "signedOut" };
  const account = device.account;
  if (account.status !== "active") return { ok: false, reason: "inactive" };

  if (now.getTime() - device.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_SECONDS * 1000) {
    await db.deviceSession.updateMany({ where: { id: device.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    principal: {
      accountId: account.id,
      bhxhCode: account.bhxhCode,
      deviceSessionId: device.id,
      phone: account.phone,
      email: account.email,
      mustChangePassword: account.mustChangePassword,
      // An account made by VNeID with no password set has nothing to rotate (it signs in with VNeID only).
      passwordExpired: account.hasPassword && mustRotate(account.passwordChangedAt, now),
      passwordReminderDays: account.hasPassword && shouldRemind(account.passwordChangedAt, now) ? daysUntilPasswordExpiry(account.passwordChangedAt, now) : null,
      passwordChangedAt: account.passwordChangedAt,
      passwordProvenAt: device.passwordProvenAt,
    },
  };
}
