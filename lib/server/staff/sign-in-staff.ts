import "server-only";
// Staff sign-in in two steps, so the password is typed once and next-auth's credentials endpoint
// never accepts a password alone:
//   1. startStaffSignIn: user name + password (argon2id), throttled per IP and, with exponential
//      back-off, per account *and device* (a stranger's guesses never slow the officer's own browser).
//      Returns a signed ticket: "password of user U checked at T on device D; second factor done or due".
//   2. completeStaffSignIn (called by next-auth's authorize): the ticket, and the authenticator or
//      recovery code when one is due, checked again in the database; a StaffSession row is opened.
// Unknown user names are never written to the audit trail in clear (people type passwords there).
import { z } from "zod";
import { prisma } from "../db/client";
import { recordAuditEventNow } from "../audit";
import { hashPassword, needsRehash, verifyPassword } from "../auth/password-hash";
import { auditUsernameHash } from "../auth/derived-keys";
import { signInBackoffSubject } from "../auth/sign-in-backoff";
import { BACKOFF_RULES, checkBackoff, clearBackoff, hitRateLimit, RATE_LIMITS, recordBackoffFailure } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { readFreshTicket, signTicket } from "../accounts/tickets";
import { openStaffSession } from "./staff-sessions";
import { verifySecondFactor } from "./totp";

/** A ticket without a code step is used at once by the same server action. */
export const STAFF_DIRECT_TICKET_SECONDS = 120;
/** How long the authenticator-code step stays open after the password. */
export const STAFF_CODE_TICKET_SECONDS = 10 * 60;

const ZStaffCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

export type StartStaffSignInResult =
  | { ok: true; ticket: string; codeRequired: boolean }
  | { ok: false; code: "invalid" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number };

// Verifying against a real hash for unknown users keeps the timing the same as for known ones.
let dummyHash: Promise<string> | undefined;

export async function startStaffSignIn(
  credentials: { username?: unknown; password?: unknown },
  info: RequestInfo,
  deviceHash: string | null,
  now: Date = new Date(),
): Promise<StartStaffSignInResult> {
  const parsed = ZStaffCredentials.safeParse(credentials);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const { username, password } = parsed.data;

  const perIp = await hitRateLimit(RATE_LIMITS.staffSignInPerIp, info.ip ?? "unknown");
  const user = await prisma.staffUser.findUnique({ where: { username } });
  const auditName = user ? { username } : { usernameHash: auditUsernameHash(username) };
  const subject = await signInBackoffSubject("staff", { accountKey: username, userId: user?.id ?? null, deviceHash });
  const backoff = await checkBackoff(BACKOFF_RULES.staffSignIn, subject, now);
  if (!perIp.allowed || !backoff.allowed) {
    await recordAuditEventNow(prisma, { type: "staff.signInFailed", actorType: "staff", actorId: user?.id ?? null, ip: info.ip, userAgent: info.userAgent, data: { ...auditName, reason: "throttled" } });
    return { ok: false, code: "throttled", retryAfterSeconds: Math.max(perIp.retryAfterSeconds, backoff.retryAfterSeconds) };
  }

  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password, { temporary: user?.mustChangePassword });
  if (!user || !valid || user.disabledAt) {
    // A disabled account with the right password does not count: its owner is not guessing.
    if (!valid) await recordBackoffFailure(BACKOFF_RULES.staffSignIn, subject, now);
    await recordAuditEventNow(prisma, {
      type: "staff.signInFailed",
      actorType: "staff",
      actorId: user?.id ?? null,
      officeCode: user?.officeCode ?? null,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { ...auditName, reason: !user ? "unknownUser" : !valid ? "wrongPassword" : "disabled" },
    });
    return { ok: false, code: "invalid" };
  }
  await clearBackoff(BACKOFF_RULES.staffSignIn, subject);
  if (needsRehash(user.passwordHash)) await prisma.staffUser.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  const codeRequired = user.totpEnabledAt !== null;
  return { ok: true, codeRequired, ticket: issueStaffTicket({ staffUserId: user.id, deviceHash, secondFactorDone: !codeRequired, now }) };
}

/** A ticket for completeStaffSignIn; also used after a password change, where both factors were just proven. */
export function issueStaffTicket(input: { staffUserId: string; deviceHash: string | null; secondFactorDone: boolean; now: Date }): string {
  return signTicket({
    v: 1,
    flow: "staffSignIn",
    accountId: input.staffUserId,
    challengeId: null,
    checkedAt: input.now.getTime(),
    deviceHash: input.deviceHash,
    secondFactorDone: input.secondFactorDone,
  });
}

export type CompleteStaffSignInResult =
  | { ok: true; user: { id: string; fullName: string; sessionVersion: number }; staffSessionId: string }
  | { ok: false; code: "expired" | "codeRequired" | "codeWrong" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number };

/** Opens the session named by a ticket from startStaffSignIn; nothing from the client is trusted. */
export async function completeStaffSignIn(input: { ticket: unknown; code?: unknown }, info: RequestInfo, now: Date = new Date()): Promise<CompleteStaffSignInResult> {
  const ticket = readFreshTicket(input.ticket, "staffSignIn", now, (t) => (t.secondFactorDone ? STAFF_DIRECT_TICKET_SECONDS : STAFF_CODE_TICKET_SECONDS));
  if (!ticket?.accountId) return { ok: false, code: "expired" };
  const user = await prisma.staffUser.findUnique({ where: { id: ticket.accountId } });
  // A password changed, or the account disabled, after the check voids the ticket.
  if (!user || user.disabledAt || user.passwordChangedAt.getTime() > ticket.checkedAt) return { ok: false, code: "expired" };

  let secondFactor: "totp" | "recoveryCode" | null = null;
  if (user.totpEnabledAt && !ticket.secondFactorDone) {
    const code = typeof input.code === "string" ? input.code.slice(0, 32) : "";
    if (!code) return { ok: false, code: "codeRequired" };
    const subject = user.id;
    const backoff = await checkBackoff(BACKOFF_RULES.staffSecondFactor, subject, now);
    if (!backoff.allowed) return { ok: false, code: "throttled", retryAfterSeconds: backoff.retryAfterSeconds };
    const check = await verifySecondFactor(user, code, now);
    if (!check.ok) {
      await recordBackoffFailure(BACKOFF_RULES.staffSecondFactor, subject, now);
      await recordAuditEventNow(prisma, { type: "staff.totpFailed", actorType: "staff", actorId: user.id, officeCode: user.officeCode, ip: info.ip, userAgent: info.userAgent, data: { during: "signIn" } });
      return { ok: false, code: "codeWrong" };
    }
    await clearBackoff(BACKOFF_RULES.staffSecondFactor, subject);
    secondFactor = check.used;
    if (check.used === "recoveryCode") {
      await recordAuditEventNow(prisma, {
        type: "staff.recoveryCodeUsed",
        actorType: "staff",
        actorId: user.id,
        officeCode: user.officeCode,
        ip: info.ip,
        userAgent: info.userAgent,
        data: { username: user.username, recoveryCodesLeft: check.recoveryCodesLeft ?? 0 },
      });
    }
  }
  const session = await prisma.$transaction(async (tx) => {
    const opened = await openStaffSession(tx, { staffUserId: user.id, officeCode: user.officeCode, deviceHash: ticket.deviceHash ?? null, now, info, secondFactor });
    return opened;
  });
  return { ok: true, user: { id: user.id, fullName: user.fullName, sessionVersion: user.sessionVersion }, staffSessionId: session.id };
}

/** Whether a ticket names an open code step (the page shows the code form), or null. */
export function openStaffCodeStep(token: unknown, now: Date = new Date()): { staffUserId: string } | null {
  const ticket = readFreshTicket(token, "staffSignIn", now, STAFF_CODE_TICKET_SECONDS);
  if (!ticket?.accountId || ticket.secondFactorDone) return null;
  return { staffUserId: ticket.accountId };
}
