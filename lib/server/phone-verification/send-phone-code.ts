import "server-only";
// "Gửi mã": a six-digit code by SMS to the mobile number a person declares. At most one per
// PHONE_CODE_RESEND_SECONDS and RECIPIENT_CAPS.verificationSmsPerPhone per 24 hours for one number
// (counted from the codes issued, under a lock on the number), plus a per-address limit. Only a keyed
// hash of the code is stored; the SMS goes through the outbox in the same transaction.
import { createHmac, randomInt, randomUUID } from "node:crypto";
import { maskPhone } from "@/lib/domain/identifiers";
import {
  PHONE_CODE_LENGTH,
  PHONE_CODE_VALID_SECONDS,
  phoneVerificationParams,
  RECIPIENT_CAP_WINDOW_SECONDS,
  RECIPIENT_CAPS,
  resendWaitSeconds,
} from "@/lib/domain/phone-verification";
import { ZPhoneVerificationRequestSchema } from "@/lib/schemas/phone-verification";
import { recordAuditEvent } from "../audit";
import { prisma } from "../db/client";
import { problem, type ProblemFailure, type ValidationFailure } from "../declarations/results";
import { enqueueMessage } from "../notifications/outbox";
import { hitRateLimit, type RateLimitRule } from "../rate-limit";
import { capWindowStart, lockRecipient } from "./recipient-caps";
import { parseRequest, type JsonRequest } from "./parse-request";
import { phoneCodeHashKey } from "./verification-token";

/** Codes asked for from one client address, whatever the numbers (the per-number caps hold regardless). */
export const PHONE_CODE_SEND_PER_IP: RateLimitRule = { name: "phone-code-ip", limit: 30, windowSeconds: 3600 };

export type PhoneCodeSentBody = {
  /** The number the code went to, masked ("*******678"). */
  maskedPhone: string;
  /** ISO 8601: when the code stops working. */
  expiresAt: string;
  /** Seconds before another code may be asked for. */
  resendAfterSeconds: number;
  codeLength: number;
};

export type SendPhoneCodeResult = { ok: true; status: 202; body: PhoneCodeSentBody } | ValidationFailure | ProblemFailure<"phoneCodeRateLimited" | "phoneCodeResendTooSoon" | "phoneCodeDailyCap">;

export function hashPhoneCode(verificationId: string, code: string): string {
  return createHmac("sha256", phoneCodeHashKey()).update(`${verificationId}:${code}`).digest("hex");
}

export async function sendPhoneCode(request: JsonRequest, deps: { now?: () => Date; generateCode?: () => string } = {}): Promise<SendPhoneCodeResult> {
  const now = deps.now?.() ?? new Date();
  const parsed = parseRequest(ZPhoneVerificationRequestSchema, request);
  if (!parsed.ok) return parsed;
  const phone = parsed.value.phone;

  const limit = await hitRateLimit(PHONE_CODE_SEND_PER_IP, request.ip ?? "unknown");
  if (!limit.allowed) {
    return problem("phoneCodeRateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
  }

  const code = (deps.generateCode ?? (() => String(randomInt(0, 10 ** PHONE_CODE_LENGTH)).padStart(PHONE_CODE_LENGTH, "0")))();
  return prisma.$transaction(async (tx): Promise<SendPhoneCodeResult> => {
    await lockRecipient(tx, phone);
    const recent = await tx.phoneVerification.findMany({
      where: { phone, createdAt: { gt: capWindowStart(now) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    const wait = resendWaitSeconds(recent.at(-1)?.createdAt ?? null, now);
    if (wait > 0) return problem("phoneCodeResendTooSoon", { seconds: wait }, { retryAfterSeconds: wait });
    if (recent.length >= RECIPIENT_CAPS.verificationSmsPerPhone) {
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]!.createdAt.getTime() + RECIPIENT_CAP_WINDOW_SECONDS * 1000 - now.getTime()) / 1000));
      return problem("phoneCodeDailyCap", { ...phoneVerificationParams(), hours: Math.ceil(retryAfterSeconds / 3600) }, { retryAfterSeconds });
    }

    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + PHONE_CODE_VALID_SECONDS * 1000);
    // Only the newest code works: an older SMS arriving late cannot be used.
    await tx.phoneVerification.updateMany({ where: { phone, consumedAt: null }, data: { consumedAt: now } });
    await tx.phoneVerification.create({ data: { id, phone, codeHash: hashPhoneCode(id, code), expiresAt, createdAt: now } });
    await enqueueMessage(tx, {
      template: "phoneVerificationCode",
      params: { code, validMinutes: PHONE_CODE_VALID_SECONDS / 60 },
      phone,
      key: `phoneVerification:${id}`,
    });
    await recordAuditEvent(tx, {
      type: "phone.codeSent",
      actorType: "citizen",
      ip: request.ip,
      userAgent: request.userAgent,
      data: { verificationId: id, maskedPhone: maskPhone(phone) },
    });
    return {
      ok: true,
      status: 202,
      body: { maskedPhone: maskPhone(phone), expiresAt: expiresAt.toISOString(), resendAfterSeconds: phoneVerificationParams().resendSeconds, codeLength: PHONE_CODE_LENGTH },
    };
  });
}
