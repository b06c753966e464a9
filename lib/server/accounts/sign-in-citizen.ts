import "server-only";
// Citizen sign-in, one device at a time. Two steps, so the password is typed once:
//   1. startCitizenSignIn: BHXH code + password (throttled per IP and per account). If another device
//      is signed in, a 6-digit code goes by SMS to the registered phone. Either way the caller gets a
//      signed ticket ("password of account A checked at T, code C sent").
//   2. completeCitizenSignIn (called by next-auth's authorize): the ticket, and the code when one was
//      sent, are checked again in the database; the DeviceSession is opened and every other one revoked.
// docs/decisions/0005-one-device-at-a-time.md explains the design.
import { maskPhone, normalizeDigits } from "@/lib/domain/identifiers";
import { prisma } from "../db/client";
import { citizenActor, recordAuditEventNow } from "../audit";
import { hashPassword, needsRehash, verifyPassword } from "../auth/password-hash";
import { BACKOFF_RULES, checkBackoff, clearBackoff, hitRateLimit, RATE_LIMITS, recordBackoffFailure } from "../rate-limit";
import { signInBackoffSubject } from "../auth/sign-in-backoff";
import type { RequestInfo } from "../request-info";
import { liveSessionCount, openDeviceSession } from "./device-sessions";
import { consumeOneTimeCode, issueOneTimeCode, otpSendAllowance, tryOneTimeCode } from "./one-time-codes";
import { readFreshTicket, signTicket, type Ticket } from "./tickets";

/** A ticket without a code is used at once by the same server action: it never needs to live long. */
export const DIRECT_TICKET_SECONDS = 120;
/** How long after the password check the code step stays open (resends included). */
export const CHALLENGE_TICKET_SECONDS = 15 * 60;

export type OtpStep = { challengeId: string; maskedPhone: string; expiresAt: Date; resendAt: Date };

export type StartSignInResult =
  | { ok: true; ticket: string; otp: OtpStep | null }
  | { ok: false; code: "invalid" }
  /** Locked at a counter: the reason code chosen there (lib/domain/counter.ts LOCK_REASONS), if any. */
  | { ok: false; code: "locked"; reasonCode: string | null }
  /** Cancelled at the person's request at a counter. */
  | { ok: false; code: "closed"; closedAt: Date | null }
  | { ok: false; code: "throttled" | "otpThrottled"; retryAfterSeconds: number };

// Verifying against a real hash for unknown codes keeps the timing the same as for known ones.
let dummyHash: Promise<string> | undefined;

/**
 * `deviceHash` is the keyed hash of the browser's device cookie (lib/server/auth/device-cookie.ts):
 * wrong passwords count per account and device, so a stranger's guesses never slow a device that has
 * signed in to this account before (lib/server/auth/sign-in-backoff.ts).
 */
export async function startCitizenSignIn(
  input: { bhxhCode: string; password: string },
  info: RequestInfo,
  now: Date = new Date(),
  deviceHash: string | null = null,
): Promise<StartSignInResult> {
  const bhxhCode = normalizeDigits(input.bhxhCode ?? "").slice(0, 32);
  const password = typeof input.password === "string" ? input.password.slice(0, 1024) : "";

  const perIp = await hitRateLimit(RATE_LIMITS.citizenSignInPerIp, info.ip ?? "unknown");
  const account = /^\d{10}$/.test(bhxhCode) ? await prisma.account.findUnique({ where: { bhxhCode } }) : null;
  const subject = await signInBackoffSubject("citizen", { accountKey: bhxhCode || "empty", userId: account?.id ?? null, deviceHash });
  const backoff = await checkBackoff(BACKOFF_RULES.citizenSignIn, subject, now);
  if (!perIp.allowed || !backoff.allowed) {
    await audit("account.signInFailed", account?.id ?? null, info, { bhxhCode, reason: "throttled" });
    return { ok: false, code: "throttled", retryAfterSeconds: Math.max(perIp.retryAfterSeconds, backoff.retryAfterSeconds) };
  }

  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash), password, { temporary: account?.mustChangePassword });
  if (!account || !valid) {
    await recordBackoffFailure(BACKOFF_RULES.citizenSignIn, subject, now);
    await audit("account.signInFailed", account?.id ?? null, info, { bhxhCode, reason: account ? "wrongPassword" : "unknownAccount" });
    return { ok: false, code: "invalid" };
  }
  if (account.status !== "active") {
    await audit("account.signInFailed", account.id, info, { bhxhCode, reason: account.status });
    // Told only after the right password, so the status of an account is not shown to strangers.
    const lastAction = await prisma.counterAction.findFirst({
      where: { accountId: account.id, kind: account.status === "locked" ? "lock" : "close" },
      orderBy: { createdAt: "desc" },
      select: { reasonCode: true, createdAt: true },
    });
    return account.status === "locked"
      ? { ok: false, code: "locked", reasonCode: lastAction?.reasonCode ?? null }
      : { ok: false, code: "closed", closedAt: lastAction?.createdAt ?? null };
  }
  await clearBackoff(BACKOFF_RULES.citizenSignIn, subject);
  if (needsRehash(account.passwordHash)) {
    await prisma.account.update({ where: { id: account.id }, data: { passwordHash: await hashPassword(password) } });
  }

  const base: Ticket = { v: 1, flow: "signIn", accountId: account.id, challengeId: null, checkedAt: now.getTime(), deviceHash };
  if ((await liveSessionCount(account.id, now)) === 0) return { ok: true, ticket: signTicket(base), otp: null };

  // Another device is signed in: prove that this is the account holder with a code sent to their phone.
  return sendNewDeviceCode(account, base, info, now);
}

export type ResendResult =
  | { ok: true; ticket: string; otp: OtpStep }
  | { ok: false; code: "expired" | "locked" }
  | { ok: false; code: "otpThrottled"; retryAfterSeconds: number };

/** Sends a new code for an open sign-in step; the old code stops working. */
export async function resendSignInCode(token: unknown, info: RequestInfo, now: Date = new Date()): Promise<ResendResult> {
  const ticket = readFreshTicket(token, "signIn", now, CHALLENGE_TICKET_SECONDS);
  if (!ticket?.accountId || !ticket.challengeId) return { ok: false, code: "expired" };
  const account = await prisma.account.findUnique({ where: { id: ticket.accountId } });
  if (!account || account.passwordChangedAt.getTime() > ticket.checkedAt) return { ok: false, code: "expired" };
  if (account.status !== "active") return { ok: false, code: "locked" };
  // The ticket must name the newest code: a ticket from before an earlier resend is stale.
  const challenge = await prisma.oneTimeCode.findFirst({ where: { id: ticket.challengeId, accountId: account.id, purpose: "newDevice", consumedAt: null } });
  if (!challenge) return { ok: false, code: "expired" };
  return sendNewDeviceCode(account, ticket, info, now);
}

/** A new-device code to the account's phone (within the send allowance), and the ticket that names it. */
async function sendNewDeviceCode(
  account: { id: string; phone: string },
  ticket: Ticket,
  info: RequestInfo,
  now: Date,
): Promise<{ ok: true; ticket: string; otp: OtpStep } | { ok: false; code: "otpThrottled"; retryAfterSeconds: number }> {
  const allowance = await otpSendAllowance(account.id, now);
  if (!allowance.allowed) return { ok: false, code: "otpThrottled", retryAfterSeconds: allowance.retryAfterSeconds };
  const issued = await prisma.$transaction((tx) => issueOneTimeCode(tx, { accountId: account.id, phone: account.phone, purpose: "newDevice", now, info }));
  return {
    ok: true,
    ticket: signTicket({ ...ticket, challengeId: issued.challengeId }),
    otp: { challengeId: issued.challengeId, maskedPhone: maskPhone(account.phone), expiresAt: issued.expiresAt, resendAt: issued.resendAt },
  };
}

export type CompleteSignInResult =
  | { ok: true; accountId: string; deviceSessionId: string; name: string }
  | { ok: false; code: "expired" | "locked" | "otpRequired" | "otpExpired" | "otpTooManyAttempts" | "otpUsed" }
  | { ok: false; code: "otpWrong"; attemptsLeft: number };

/**
 * Opens the session named by a ticket from startCitizenSignIn. Nothing from the client is trusted:
 * the ticket's signature and age, the account's state, and the code (when the ticket names one) are
 * all checked here, and another device that signed in meanwhile still requires a code.
 */
export async function completeCitizenSignIn(
  input: { ticket: unknown; otp?: unknown },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<CompleteSignInResult> {
  const ticket = readFreshTicket(input.ticket, "signIn", now, (t) => (t.challengeId ? CHALLENGE_TICKET_SECONDS : DIRECT_TICKET_SECONDS));
  if (!ticket?.accountId) return { ok: false, code: "expired" };

  const account = await prisma.account.findUnique({ where: { id: ticket.accountId } });
  // A password changed after the check (e.g. reset from another device) voids the ticket.
  if (!account || account.passwordChangedAt.getTime() > ticket.checkedAt) return { ok: false, code: "expired" };
  if (account.status !== "active") return { ok: false, code: "locked" };

  if (!ticket.challengeId) {
    // VNeID is the second factor of a VNeID sign-in: the other device is signed out without an SMS code.
    if (!ticket.viaVneid && (await liveSessionCount(account.id, now)) > 0) return { ok: false, code: "otpRequired" };
    const session = await prisma.$transaction((tx) =>
      openDeviceSession(tx, { accountId: account.id, now, info, viaOtp: false, viaVneid: ticket.viaVneid === true, deviceHash: ticket.deviceHash ?? null }),
    );
    return { ok: true, accountId: account.id, deviceSessionId: session.id, name: await displayName(account.bhxhCode) };
  }

  const otp = typeof input.otp === "string" ? normalizeDigits(input.otp) : "";
  const check = await tryOneTimeCode({ challengeId: ticket.challengeId, accountId: account.id, purpose: "newDevice", code: otp, now, info });
  if (!check.ok) return check;
  const challengeId = ticket.challengeId;
  const session = await prisma.$transaction(async (tx) => {
    if (!(await consumeOneTimeCode(tx, challengeId, now))) return null;
    return openDeviceSession(tx, { accountId: account.id, now, info, viaOtp: true, deviceHash: ticket.deviceHash ?? null });
  });
  if (!session) return { ok: false, code: "otpUsed" };
  return { ok: true, accountId: account.id, deviceSessionId: session.id, name: await displayName(account.bhxhCode) };
}

async function displayName(bhxhCode: string): Promise<string> {
  const participant = await prisma.participant.findUnique({ where: { bhxhCode }, select: { fullName: true } });
  return participant?.fullName ?? bhxhCode;
}

async function audit(type: "account.signInFailed", accountId: string | null, info: RequestInfo, data: Record<string, unknown>) {
  await recordAuditEventNow(prisma, { type, ...citizenActor(accountId, info), data });
}

/** The open code step named by a ticket (to show it again after a reload), or null if there is none. */
export async function describeOpenSignIn(token: unknown, now: Date = new Date()): Promise<{ maskedPhone: string } | null> {
  const ticket = readFreshTicket(token, "signIn", now, CHALLENGE_TICKET_SECONDS);
  if (!ticket?.accountId || !ticket.challengeId) return null;
  const challenge = await prisma.oneTimeCode.findFirst({
    where: { id: ticket.challengeId, accountId: ticket.accountId, consumedAt: null },
    include: { account: { select: { phone: true } } },
  });
  return challenge ? { maskedPhone: maskPhone(challenge.account.phone) } : null;
}
