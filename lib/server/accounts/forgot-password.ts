import "server-only";
// Forgotten password: BHXH code + registered phone → a code by SMS → a new password; every device is
// signed out. The answers never say whether a BHXH code exists or which phone it has: a request that
// matches nothing gets the same answer and a ticket that leads nowhere. Someone who lost the phone
// goes to a BHXH office, where an officer can reset the password. A request that matches nothing does
// the same hashing and look-up work as one that does (decoyOneTimeCodeWork), so timing tells nothing either.
import { randomUUID } from "node:crypto";
import { normalizeDigits, normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { checkNewPassword, type PasswordProblem } from "@/lib/domain/password-policy";
import { prisma } from "../db/client";
import { citizenActor, recordAuditEvent, recordAuditEventNow } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { BACKOFF_RULES, clearBackoff, hitRateLimit, RATE_LIMITS, resetRateLimit } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { revokeSessions } from "./device-sessions";
import { consumeOneTimeCode, decoyCodeCheck, decoyOneTimeCodeWork, issueOneTimeCode, OTP_RESEND_SECONDS, otpSendAllowance, tryOneTimeCode } from "./one-time-codes";
import { readFreshTicket, readTicket, signTicket, type Ticket } from "./tickets";

/** How long the code step stays open after the BHXH code and phone were given. */
export const RESET_TICKET_SECONDS = 15 * 60;
/** How long after the code was confirmed the new password may be set. */
export const RESET_CONFIRMED_SECONDS = 10 * 60;

export type StartResetResult = { ok: true; ticket: string; resendAt: Date } | { ok: false; code: "throttled"; retryAfterSeconds: number };

export async function startPasswordReset(
  input: { bhxhCode: string; phone: string },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<StartResetResult> {
  const bhxhCode = normalizeDigits(input.bhxhCode ?? "").slice(0, 32);
  const phone = normalizeVietnameseMobile(input.phone ?? "");
  const [perIp, perAccount] = await Promise.all([
    hitRateLimit(RATE_LIMITS.passwordResetPerIp, info.ip ?? "unknown"),
    hitRateLimit(RATE_LIMITS.passwordResetPerAccount, bhxhCode || "empty"),
  ]);
  if (!perIp.allowed || !perAccount.allowed) {
    return { ok: false, code: "throttled", retryAfterSeconds: Math.max(perIp.retryAfterSeconds, perAccount.retryAfterSeconds) };
  }

  const account = /^\d{10}$/.test(bhxhCode) && phone ? await prisma.account.findUnique({ where: { bhxhCode } }) : null;
  const matched = account !== null && account.status === "active" && account.phone === phone;
  const base = { v: 1, flow: "passwordReset", checkedAt: now.getTime(), sentAt: now.getTime() } as const;
  await recordAuditEventNow(prisma, {
    type: "account.passwordResetRequested",
    ...citizenActor(matched ? account.id : null, info),
    data: { bhxhCode, matched },
  });
  if (!matched) {
    // Leads nowhere, but looks like the real thing to whoever holds it, and takes as long to answer.
    await decoyOneTimeCodeWork(now);
    return { ok: true, ticket: signTicket({ ...base, accountId: null, challengeId: randomUUID() }), resendAt: resendAt(now) };
  }
  const allowance = await otpSendAllowance(account.id, now);
  if (!allowance.allowed) {
    // Too many codes lately: keep the newest one usable rather than say so (that would confirm the match).
    const latest = await prisma.oneTimeCode.findFirst({
      where: { accountId: account.id, purpose: "passwordReset", consumedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
    });
    return { ok: true, ticket: signTicket({ ...base, accountId: account.id, challengeId: latest?.id ?? randomUUID() }), resendAt: resendAt(now) };
  }
  const issued = await prisma.$transaction((tx) => issueOneTimeCode(tx, { accountId: account.id, phone: account.phone, purpose: "passwordReset", now, info }));
  return { ok: true, ticket: signTicket({ ...base, accountId: account.id, challengeId: issued.challengeId }), resendAt: issued.resendAt };
}

export type ResendResetResult =
  | { ok: true; ticket: string; resendAt: Date }
  | { ok: false; code: "expired" }
  | { ok: false; code: "otpThrottled"; retryAfterSeconds: number };

/** A new code for an open reset; the same answers whether or not the request matched an account. */
export async function resendPasswordResetCode(token: unknown, info: RequestInfo, now: Date = new Date()): Promise<ResendResetResult> {
  const ticket = openResetTicket(token, now);
  if (!ticket) return { ok: false, code: "expired" };
  const sinceLast = now.getTime() - (ticket.sentAt ?? ticket.checkedAt);
  if (sinceLast < OTP_RESEND_SECONDS * 1000) return { ok: false, code: "otpThrottled", retryAfterSeconds: Math.ceil((OTP_RESEND_SECONDS * 1000 - sinceLast) / 1000) };
  const next = { ...ticket, sentAt: now.getTime() };
  const account = ticket.accountId ? await prisma.account.findUnique({ where: { id: ticket.accountId } }) : null;
  if (!account || account.status !== "active") {
    await decoyOneTimeCodeWork(now);
    return { ok: true, ticket: signTicket({ ...next, challengeId: randomUUID() }), resendAt: resendAt(now) };
  }
  const allowance = await otpSendAllowance(account.id, now);
  if (!allowance.allowed) return { ok: false, code: "otpThrottled", retryAfterSeconds: allowance.retryAfterSeconds };
  const issued = await prisma.$transaction((tx) => issueOneTimeCode(tx, { accountId: account.id, phone: account.phone, purpose: "passwordReset", now, info }));
  return { ok: true, ticket: signTicket({ ...next, challengeId: issued.challengeId }), resendAt: issued.resendAt };
}

/** One answer for a wrong, expired, used or exhausted code, so a request that matched nothing looks the same. */
export type ConfirmResetResult = { ok: true; ticket: string } | { ok: false; code: "expired" | "otpRejected" };

export async function confirmPasswordResetCode(token: unknown, otp: unknown, info: RequestInfo, now: Date = new Date()): Promise<ConfirmResetResult> {
  const ticket = openResetTicket(token, now);
  if (!ticket || !ticket.challengeId) return { ok: false, code: "expired" };
  if (ticket.confirmedAt) return { ok: true, ticket: signTicket(ticket) };
  const code = typeof otp === "string" ? normalizeDigits(otp) : "";
  if (!ticket.accountId) {
    await decoyCodeCheck(ticket.challengeId, code);
    return { ok: false, code: "otpRejected" };
  }
  const check = await tryOneTimeCode({ challengeId: ticket.challengeId, accountId: ticket.accountId, purpose: "passwordReset", code, now, info });
  if (!check.ok) return { ok: false, code: "otpRejected" };
  const challengeId = ticket.challengeId;
  const consumed = await prisma.$transaction((tx) => consumeOneTimeCode(tx, challengeId, now));
  if (!consumed) return { ok: false, code: "otpRejected" };
  return { ok: true, ticket: signTicket({ ...ticket, confirmedAt: now.getTime() }) };
}

export type ResetPasswordResult =
  | { ok: true; bhxhCode: string }
  | { ok: false; code: "expired" }
  | { ok: false; code: "policy"; problems: PasswordProblem[] };

/** Sets the new password after a confirmed code; every session of the account is revoked. Single use. */
export async function resetForgottenPassword(token: unknown, newPassword: string, info: RequestInfo, now: Date = new Date()): Promise<ResetPasswordResult> {
  const ticket = readTicket(token);
  if (!ticket || ticket.flow !== "passwordReset" || !ticket.accountId || !ticket.confirmedAt) return { ok: false, code: "expired" };
  if (now.getTime() - ticket.confirmedAt > RESET_CONFIRMED_SECONDS * 1000) return { ok: false, code: "expired" };
  const account = await prisma.account.findUnique({ where: { id: ticket.accountId } });
  // A password set since the code was confirmed (this ticket already used) voids the ticket.
  if (!account || account.status !== "active" || account.passwordChangedAt.getTime() >= ticket.confirmedAt) return { ok: false, code: "expired" };

  const problems = checkNewPassword(newPassword, { bhxhCode: account.bhxhCode, phone: account.phone });
  if (!problems.includes("sameAsPrevious") && (await verifyPassword(account.passwordHash, newPassword))) problems.push("sameAsPrevious");
  if (problems.length > 0) return { ok: false, code: "policy", problems };

  const passwordHash = await hashPassword(newPassword);
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { id: account.id, passwordChangedAt: account.passwordChangedAt },
      data: { passwordHash, hasPassword: true, mustChangePassword: false, passwordChangedAt: now, passwordReminderAt: null },
    });
    if (count !== 1) return false;
    await revokeSessions(tx, { accountId: account.id, reason: "passwordReset", now, info });
    await recordAuditEvent(tx, {
      type: "account.passwordReset",
      ...citizenActor(account.id, info),
      data: { via: "forgottenPassword", challengeId: ticket.challengeId },
    });
    return true;
  });
  if (!done) return { ok: false, code: "expired" };
  // The owner proved themselves by phone: wrong passwords typed before (theirs or a stranger's) are forgotten.
  await resetRateLimit(RATE_LIMITS.citizenSignInPerAccount, account.bhxhCode);
  await clearBackoff(BACKOFF_RULES.citizenSignIn, `${account.bhxhCode}:unknown`);
  return { ok: true, bhxhCode: account.bhxhCode };
}

function openResetTicket(token: unknown, now: Date): Ticket | null {
  return readFreshTicket(token, "passwordReset", now, RESET_TICKET_SECONDS);
}

function resendAt(now: Date): Date {
  return new Date(now.getTime() + OTP_RESEND_SECONDS * 1000);
}

/** Which step an open reset ticket is at (to show it again after a reload), or null. */
export function describeOpenReset(token: unknown, now: Date = new Date()): "code" | "password" | null {
  const ticket = openResetTicket(token, now);
  if (!ticket) return null;
  if (ticket.confirmedAt) return now.getTime() - ticket.confirmedAt <= RESET_CONFIRMED_SECONDS * 1000 ? "password" : null;
  return "code";
}
