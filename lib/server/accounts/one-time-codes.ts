import "server-only";
// Six-digit one-time codes sent by SMS (a new device, a forgotten password): valid 5 minutes, single
// use, 5 tries, at most one sent per minute and RATE_LIMITS.otpSendPerAccount per account. Only a keyed
// hash is stored; the SMS goes through the outbox in the same transaction as the code.
import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import type { OneTimeCodePurpose, PrismaClient, Tx } from "../db/client";
import { prisma } from "../db/client";
import { citizenActor, recordAuditEvent, recordAuditEventNow } from "../audit";
import { enqueueMessage } from "../notifications/outbox";
import { hitRateLimit, RATE_LIMITS } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { codeHashKey } from "./tickets";

export const OTP_LENGTH = 6;
export const OTP_VALID_SECONDS = 5 * 60;
export const OTP_MAX_ATTEMPTS = 5;
/** The shortest wait between two codes sent to the same account. */
export const OTP_RESEND_SECONDS = 60;

export function generateOtp(): string {
  return String(randomInt(0, 10 ** OTP_LENGTH)).padStart(OTP_LENGTH, "0");
}

/**
 * The one place codes are hashed. An object, so a test can watch that a request matching no account
 * does the same hashing work as one that does (forgot-password.ts).
 */
export const otpHasher = {
  /** Keyed, so a copy of the database alone does not give the codes away (a 6-digit space is tiny). */
  hash(challengeId: string, code: string): string {
    return createHmac("sha256", codeHashKey()).update(`${challengeId}:${code}`).digest("hex");
  },
};

export function hashOtp(challengeId: string, code: string): string {
  return otpHasher.hash(challengeId, code);
}

/**
 * The work of issuing a code, done for a request that matched no account so that its answer takes as
 * long: a code drawn and hashed, and the same kind of look-up as otpSendAllowance. Nothing is stored or sent.
 */
export async function decoyOneTimeCodeWork(now: Date): Promise<void> {
  otpHasher.hash(randomUUID(), generateOtp());
  await prisma.oneTimeCode.findFirst({ where: { accountId: randomUUID(), createdAt: { lte: now } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
}

/** The work of checking a code, for a ticket that matched no account: hashed and looked up like a real one. */
export async function decoyCodeCheck(challengeId: string, code: string): Promise<void> {
  otpHasher.hash(challengeId, code.trim());
  await prisma.oneTimeCode.findFirst({ where: { id: challengeId }, select: { id: true } });
}

export type SendAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * May a new code be sent to this account now? Not within OTP_RESEND_SECONDS of the last one, and not
 * beyond RATE_LIMITS.otpSendPerAccount (each allowed send counts).
 */
export async function otpSendAllowance(accountId: string, now: Date): Promise<SendAllowance> {
  const last = await prisma.oneTimeCode.findFirst({ where: { accountId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (last) {
    const waitMs = last.createdAt.getTime() + OTP_RESEND_SECONDS * 1000 - now.getTime();
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }
  const limit = await hitRateLimit(RATE_LIMITS.otpSendPerAccount, accountId);
  return limit.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: limit.retryAfterSeconds };
}

export type IssuedCode = { challengeId: string; expiresAt: Date; resendAt: Date };

/**
 * Creates a code for the account and writes its SMS to the outbox, in the caller's transaction. Earlier
 * unused codes for the same purpose stop working: only the newest SMS is valid.
 */
export async function issueOneTimeCode(
  tx: Tx,
  input: { accountId: string; phone: string; purpose: OneTimeCodePurpose; now: Date; info: RequestInfo },
): Promise<IssuedCode> {
  const { accountId, phone, purpose, now, info } = input;
  const challengeId = randomUUID();
  const code = generateOtp();
  const expiresAt = new Date(now.getTime() + OTP_VALID_SECONDS * 1000);
  await tx.oneTimeCode.updateMany({ where: { accountId, purpose, consumedAt: null }, data: { consumedAt: now } });
  await tx.oneTimeCode.create({ data: { id: challengeId, accountId, purpose, codeHash: hashOtp(challengeId, code), expiresAt, createdAt: now } });
  await enqueueMessage(tx, {
    template: "otp",
    params: { code, purpose, validMinutes: OTP_VALID_SECONDS / 60 },
    phone,
    key: `otp:${challengeId}`,
    accountId,
  });
  await recordAuditEvent(tx, {
    type: "account.otpIssued",
    ...citizenActor(accountId, info),
    data: { purpose, challengeId },
  });
  return { challengeId, expiresAt, resendAt: new Date(now.getTime() + OTP_RESEND_SECONDS * 1000) };
}

export type CodeCheck =
  | { ok: true }
  | { ok: false; code: "otpWrong"; attemptsLeft: number }
  | { ok: false; code: "otpExpired" | "otpTooManyAttempts" | "otpUsed" };

/**
 * One try at a code. The try is counted (in its own statement, so it stays counted whatever happens
 * next) before the code is compared: the 6th try is refused even with the right code. A right code is
 * not consumed here: the caller consumes it with `consumeOneTimeCode` in the transaction that acts on it.
 */
export async function tryOneTimeCode(
  input: { challengeId: string; accountId: string; purpose: OneTimeCodePurpose; code: string; now: Date; info: RequestInfo },
  db: PrismaClient = prisma,
): Promise<CodeCheck> {
  const { challengeId, accountId, purpose, now } = input;
  const rows = await db.$queryRaw<{ codeHash: string; attempts: number }[]>`
    UPDATE "OneTimeCode" SET "attempts" = "attempts" + 1
    WHERE "id" = ${challengeId}::uuid AND "accountId" = ${accountId}::uuid AND "purpose" = ${purpose}::"OneTimeCodePurpose"
      AND "consumedAt" IS NULL AND "expiresAt" > ${now} AND "attempts" < ${OTP_MAX_ATTEMPTS}
    RETURNING "codeHash", "attempts"`;
  const row = rows[0];
  if (!row) {
    const existing = await db.oneTimeCode.findFirst({ where: { id: challengeId, accountId, purpose } });
    const code = !existing || existing.consumedAt ? "otpUsed" : existing.expiresAt <= now ? "otpExpired" : "otpTooManyAttempts";
    await recordFailure(input, code);
    return { ok: false, code };
  }
  const given = Buffer.from(hashOtp(challengeId, input.code.trim()), "hex");
  const stored = Buffer.from(row.codeHash, "hex");
  if (given.length === stored.length && timingSafeEqual(given, stored)) return { ok: true };
  await recordFailure(input, "otpWrong");
  return { ok: false, code: "otpWrong", attemptsLeft: Math.max(0, OTP_MAX_ATTEMPTS - row.attempts) };
}

/** Marks a code used, in the transaction that acts on it. False if another request used it first. */
export async function consumeOneTimeCode(tx: Tx, challengeId: string, now: Date): Promise<boolean> {
  const { count } = await tx.oneTimeCode.updateMany({ where: { id: challengeId, consumedAt: null }, data: { consumedAt: now } });
  return count === 1;
}

async function recordFailure(input: { challengeId: string; accountId: string; purpose: OneTimeCodePurpose; info: RequestInfo }, reason: string) {
  await recordAuditEventNow(prisma, {
    type: "account.otpFailed",
    ...citizenActor(input.accountId, input.info),
    data: { purpose: input.purpose, challengeId: input.challengeId, reason },
  });
}
