import "server-only";
// A signed-in citizen replaces their password: the temporary one after the first sign-in, an expired
// one after 6 months, or whenever they like. The current password is asked again — except in the forced
// first change within PASSWORD_PROOF_MINUTES of a sign-in of this same session that typed it; the new one follows
// lib/domain/password-policy.ts. Every session ends, this one included: the caller opens a fresh one
// with the returned ticket, so a copy of the old cookie stops working (the session is rotated).
import { checkNewPassword, passwordRecentlyProven, type PasswordProblem } from "@/lib/domain/password-policy";
import { prisma, type Account } from "../db/client";
import { citizenActor, recordAuditEvent, recordAuditEventNow } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { hitRateLimit, RATE_LIMITS, resetRateLimit } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { revokeSessions } from "./device-sessions";
import { signTicket } from "./tickets";

export type ChangePasswordResult =
  /** `ticket` opens the new session for this device (completeCitizenSignIn, through next-auth). */
  | { ok: true; ticket: string }
  | { ok: false; code: "wrongCurrent" | "currentRequired" | "signedOut" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number }
  | { ok: false; code: "policy"; problems: PasswordProblem[] };

export async function changePassword(
  /** No currentPassword: the session's own sign-in is the proof (forced change, minutes ago), checked here. */
  input: { accountId: string; deviceSessionId: string; currentPassword?: string; newPassword: string },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<ChangePasswordResult> {
  const account = await prisma.account.findUnique({ where: { id: input.accountId } });
  if (!account || account.status !== "active") return { ok: false, code: "signedOut" };

  if (input.currentPassword === undefined) {
    const session = await prisma.deviceSession.findFirst({ where: { id: input.deviceSessionId, accountId: account.id, revokedAt: null } });
    // The proof is the sign-in that typed the password currently set, in this session, minutes ago.
    const proven = account.mustChangePassword && session && passwordRecentlyProven(session.passwordProvenAt, now) && session.passwordProvenAt! >= account.passwordChangedAt;
    if (!proven) return { ok: false, code: "currentRequired" };
    const problems = checkNewPassword(input.newPassword, { bhxhCode: account.bhxhCode, phone: account.phone });
    // Without the temporary password in hand, "the same as before" is asked of its hash.
    if (await verifyPassword(account.passwordHash, input.newPassword)) problems.push("sameAsPrevious");
    if (problems.length > 0) return { ok: false, code: "policy", problems };
    return replacePassword(account, input.deviceSessionId, input.newPassword, info, now);
  }

  // Guessing the current password from an open session is throttled like a sign-in.
  const limit = await hitRateLimit(RATE_LIMITS.citizenSignInPerAccount, account.bhxhCode);
  if (!limit.allowed) return { ok: false, code: "throttled", retryAfterSeconds: limit.retryAfterSeconds };
  if (!(await verifyPassword(account.passwordHash, input.currentPassword, { temporary: account.mustChangePassword }))) {
    await recordAuditEventNow(prisma, {
      type: "account.signInFailed",
      ...citizenActor(account.id, info),
      data: { reason: "wrongCurrentPassword", during: "changePassword" },
    });
    return { ok: false, code: "wrongCurrent" };
  }
  await resetRateLimit(RATE_LIMITS.citizenSignInPerAccount, account.bhxhCode);

  // "previous" is the password being replaced: the temporary one is never accepted as the new one.
  const problems = checkNewPassword(input.newPassword, { bhxhCode: account.bhxhCode, phone: account.phone, previous: input.currentPassword });
  if (problems.length > 0) return { ok: false, code: "policy", problems };
  return replacePassword(account, input.deviceSessionId, input.newPassword, info, now);
}

async function replacePassword(account: Account, deviceSessionId: string, newPassword: string, info: RequestInfo, now: Date): Promise<ChangePasswordResult> {
  const passwordHash = await hashPassword(newPassword);
  const ok = await prisma.$transaction(async (tx) => {
    const current = await tx.deviceSession.findFirst({ where: { id: deviceSessionId, accountId: account.id, revokedAt: null } });
    if (!current) return null;
    await tx.account.update({
      where: { id: account.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, passwordReminderAt: null },
    });
    await revokeSessions(tx, { accountId: account.id, reason: "passwordChanged", now, except: current.id, info });
    await revokeSessions(tx, { accountId: account.id, reason: "rotated", now, info });
    await recordAuditEvent(tx, {
      type: "account.passwordChanged",
      ...citizenActor(account.id, info),
      data: { deviceSessionId: current.id, wasTemporary: account.mustChangePassword },
    });
    return current;
  });
  if (!ok) return { ok: false, code: "signedOut" };
  // Checked at `now`, the moment of the change: completeCitizenSignIn accepts it (not older than the password).
  return { ok: true, ticket: signTicket({ v: 1, flow: "signIn", accountId: account.id, challengeId: null, checkedAt: now.getTime(), deviceHash: ok.deviceHash }) };
}
