import "server-only";
// An account made by VNeID has no password anyone knows: its holder may set one (the policy of
// lib/domain/password-policy.ts) from the account page, without a current password, once. After that,
// changing it is the ordinary change-password page. Every other session ends; this one is rotated.
import { checkNewPassword, type PasswordProblem } from "@/lib/domain/password-policy";
import { recordAuditEvent } from "../audit";
import { hashPassword } from "../auth/password-hash";
import { prisma } from "../db/client";
import type { RequestInfo } from "../request-info";
import { revokeSessions } from "../accounts/device-sessions";
import { signTicket } from "../accounts/tickets";

export type SetFirstPasswordResult =
  | { ok: true; ticket: string }
  | { ok: false; code: "alreadySet" | "signedOut" }
  | { ok: false; code: "policy"; problems: PasswordProblem[] };

export async function setFirstPassword(
  input: { accountId: string; deviceSessionId: string; newPassword: string },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<SetFirstPasswordResult> {
  const account = await prisma.account.findUnique({ where: { id: input.accountId } });
  if (!account || account.status !== "active") return { ok: false, code: "signedOut" };
  if (account.hasPassword) return { ok: false, code: "alreadySet" };
  const problems = checkNewPassword(input.newPassword, { bhxhCode: account.bhxhCode, phone: account.phone });
  if (problems.length > 0) return { ok: false, code: "policy", problems };
  const passwordHash = await hashPassword(input.newPassword);
  const current = await prisma.$transaction(async (tx) => {
    const session = await tx.deviceSession.findFirst({ where: { id: input.deviceSessionId, accountId: account.id, revokedAt: null } });
    if (!session) return null;
    // Only if still unset: a second tab setting another password at the same moment changes nothing.
    const updated = await tx.account.updateMany({
      where: { id: account.id, hasPassword: false },
      data: { passwordHash, hasPassword: true, mustChangePassword: false, passwordChangedAt: now, passwordReminderAt: null },
    });
    if (updated.count === 0) return null;
    await revokeSessions(tx, { accountId: account.id, reason: "rotated", now, info });
    await recordAuditEvent(tx, { type: "account.passwordChanged", actorType: "citizen", actorId: account.id, ip: info.ip, userAgent: info.userAgent, data: { deviceSessionId: session.id, firstPassword: true } });
    return session;
  });
  if (!current) return { ok: false, code: "signedOut" };
  return { ok: true, ticket: signTicket({ v: 1, flow: "signIn", accountId: account.id, challengeId: null, checkedAt: now.getTime(), deviceHash: current.deviceHash }) };
}
