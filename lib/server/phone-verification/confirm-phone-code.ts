import "server-only";
// Typing the code: one try is counted (in its own statement, so it stays counted) before the code is
// compared, so the (PHONE_CODE_MAX_ATTEMPTS + 1)-th try is refused even with the right code. A right
// code is used up and exchanged for a verification token bound to the number.
import { timingSafeEqual } from "node:crypto";
import { maskPhone } from "@/lib/domain/identifiers";
import { PHONE_CODE_MAX_ATTEMPTS, phoneVerificationParams } from "@/lib/domain/phone-verification";
import type { DeclarationServerCode } from "@/lib/i18n/catalog";
import { ZPhoneVerificationConfirmSchema } from "@/lib/schemas/phone-verification";
import { recordAuditEventNow } from "../audit";
import { prisma } from "../db/client";
import { fieldIssue, validationFailure, type ValidationFailure } from "../declarations/results";
import { parseRequest, type JsonRequest } from "./parse-request";
import { hashPhoneCode } from "./send-phone-code";
import { signVerificationToken } from "./verification-token";

export type PhoneConfirmedBody = { verificationToken: string; /** ISO 8601 */ expiresAt: string };
export type ConfirmPhoneCodeResult = { ok: true; status: 200; body: PhoneConfirmedBody } | ValidationFailure;

export async function confirmPhoneCode(request: JsonRequest, deps: { now?: () => Date } = {}): Promise<ConfirmPhoneCodeResult> {
  const now = deps.now?.() ?? new Date();
  const parsed = parseRequest(ZPhoneVerificationConfirmSchema, request);
  if (!parsed.ok) return parsed;
  const { phone, code } = parsed.value;
  const params = phoneVerificationParams();
  const refuse = (key: DeclarationServerCode, extra: Record<string, number> = {}) => validationFailure([fieldIssue("code", `declaration.server_${key}`, { ...params, ...extra })]);

  const latest = await prisma.phoneVerification.findFirst({ where: { phone }, orderBy: { createdAt: "desc" } });
  if (!latest || latest.consumedAt) return refuse("phoneCodeUnknown");

  const rows = await prisma.$queryRaw<{ codeHash: string; attempts: number }[]>`
    UPDATE "PhoneVerification" SET "attempts" = "attempts" + 1
    WHERE "id" = ${latest.id}::uuid AND "consumedAt" IS NULL AND "expiresAt" > ${now} AND "attempts" < ${PHONE_CODE_MAX_ATTEMPTS}
    RETURNING "codeHash", "attempts"`;
  const row = rows[0];
  if (!row) return latest.expiresAt <= now ? refuse("phoneCodeExpired") : refuse("phoneCodeTooManyAttempts");

  const given = Buffer.from(hashPhoneCode(latest.id, code), "hex");
  const stored = Buffer.from(row.codeHash, "hex");
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    const attemptsLeft = Math.max(0, PHONE_CODE_MAX_ATTEMPTS - row.attempts);
    return attemptsLeft === 0 ? refuse("phoneCodeTooManyAttempts") : refuse("phoneCodeWrong", { attemptsLeft });
  }
  const { count } = await prisma.phoneVerification.updateMany({ where: { id: latest.id, consumedAt: null }, data: { consumedAt: now } });
  if (count !== 1) return refuse("phoneCodeUnknown");

  await recordAuditEventNow(prisma, {
    type: "phone.confirmed",
    actorType: "citizen",
    ip: request.ip,
    userAgent: request.userAgent,
    data: { verificationId: latest.id, maskedPhone: maskPhone(phone) },
  });
  const token = signVerificationToken({ phone, verificationId: latest.id, now });
  return { ok: true, status: 200, body: { verificationToken: token.token, expiresAt: token.expiresAt.toISOString() } };
}
