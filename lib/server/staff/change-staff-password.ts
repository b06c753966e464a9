import "server-only";
// A staff member replaces their own password: the temporary one an admin gave them (forced), or
// whenever they like. The current password is asked again (throttled like a sign-in); the change
// revokes every session of the user, this one included, and returns a ticket with which this browser
// alone opens a fresh session (a copied cookie of the old one stops working).
import { checkNewPassword, type PasswordProblem } from "@/lib/domain/password-policy";
import { prisma } from "../db/client";
import { recordAuditEvent, recordAuditEventNow, staffActor } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { hitRateLimit, RATE_LIMITS, resetRateLimit } from "../rate-limit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { issueStaffTicket } from "./sign-in-staff";
import { revokeStaffSessions } from "./staff-sessions";

export type ChangeStaffPasswordResult =
  | { ok: true; username: string; ticket: string }
  | { ok: false; code: "signedOut" | "wrongCurrent" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number }
  | { ok: false; code: "policy"; problems: PasswordProblem[] };

export async function changeStaffPassword(
  principal: StaffPrincipal | null,
  input: { currentPassword: string; newPassword: string },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<ChangeStaffPasswordResult> {
  if (!principal) return { ok: false, code: "signedOut" };
  const user = await prisma.staffUser.findUnique({ where: { id: principal.id } });
  if (!user || user.disabledAt) return { ok: false, code: "signedOut" };

  const limit = await hitRateLimit(RATE_LIMITS.staffSignInPerAccount, user.username);
  if (!limit.allowed) return { ok: false, code: "throttled", retryAfterSeconds: limit.retryAfterSeconds };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword, { temporary: user.mustChangePassword }))) {
    await recordAuditEventNow(prisma, {
      type: "staff.signInFailed",
      ...staffActor(user, info),
      data: { username: user.username, reason: "wrongCurrentPassword", during: "changePassword" },
    });
    return { ok: false, code: "wrongCurrent" };
  }
  const problems = checkNewPassword(input.newPassword, { previous: input.currentPassword });
  if (problems.length > 0) return { ok: false, code: "policy", problems };

  const passwordHash = await hashPassword(input.newPassword);
  const current = principal.staffSessionId
    ? await prisma.staffSession.findUnique({ where: { id: principal.staffSessionId }, select: { deviceHash: true } })
    : null;
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await revokeStaffSessions(tx, { staffUserId: user.id, reason: "passwordChanged", now });
    await recordAuditEvent(tx, {
      type: "staff.passwordChanged",
      ...staffActor(user, info),
      data: { username: user.username, wasTemporary: user.mustChangePassword },
    });
  });
  await resetRateLimit(RATE_LIMITS.staffSignInPerAccount, user.username);
  // Both factors were proven by the session that asked; the ticket is checked after passwordChangedAt.
  return { ok: true, username: user.username, ticket: issueStaffTicket({ staffUserId: user.id, deviceHash: current?.deviceHash ?? null, secondFactorDone: true, now }) };
}
