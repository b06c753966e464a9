import "server-only";
// Step 1 of a new phone number at the counter: the officer has checked the original ID and types the
// new number; a 6-digit code goes to that number (outbox, same transaction), to be read back by the
// person. Nothing about the account changes yet. The code's row remembers the number it went to, so
// the number confirmed in step 2 is exactly the one that received it.
import { randomUUID } from "node:crypto";
import { isCounterActionAllowed } from "@/lib/domain/counter";
import { maskPhone } from "@/lib/domain/identifiers";
import { ZStartPhoneChangeSchema } from "@/lib/schemas/counter";
import { prisma } from "../db/client";
import { recordAuditEvent } from "../audit";
import { generateOtp, hashOtp, OTP_RESEND_SECONDS, OTP_VALID_SECONDS, otpSendAllowance } from "../accounts/one-time-codes";
import { enqueueMessage } from "../notifications/outbox";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { authorizeCounter } from "./counter-access";
import { phoneUsedByAnotherAccount } from "./phone-owner";
import { done, fail, invalid, refused, type CounterResult } from "./results";

export async function startPhoneChange(
  principal: StaffPrincipal | null,
  input: unknown,
  info: RequestInfo,
  now: Date = new Date(),
): Promise<CounterResult<{ challengeId: string; maskedPhone: string; validMinutes: number }>> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok) return refused(authz);
  const parsed = ZStartPhoneChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { officer } = authz;
  const { accountId, newPhone } = parsed.data;

  const account = await prisma.account.findUnique({ where: { id: accountId }, select: { id: true, bhxhCode: true, phone: true, status: true } });
  if (!account) return fail("notFound");
  if (!isCounterActionAllowed(account.status, "changePhone")) return fail("notAllowed");
  if (account.phone === newPhone) return { ...fail("samePhone"), errors: { newPhone: "counter.error_samePhone" } };
  if (await phoneUsedByAnotherAccount(prisma, newPhone, account.bhxhCode)) return { ...fail("phoneInUse"), errors: { newPhone: "counter.error_phoneInUse" } };

  const allowance = await otpSendAllowance(account.id, now);
  if (!allowance.allowed) return fail("throttled", { retryAfterSeconds: allowance.retryAfterSeconds });

  const challengeId = randomUUID();
  const code = generateOtp();
  await prisma.$transaction(async (tx) => {
    await tx.oneTimeCode.updateMany({ where: { accountId, purpose: "phoneChange", consumedAt: null }, data: { consumedAt: now } });
    await tx.oneTimeCode.create({
      data: { id: challengeId, accountId, purpose: "phoneChange", codeHash: hashOtp(challengeId, code), sentTo: newPhone, expiresAt: new Date(now.getTime() + OTP_VALID_SECONDS * 1000), createdAt: now },
    });
    await enqueueMessage(tx, { template: "counterPhoneCode", params: { code, validMinutes: OTP_VALID_SECONDS / 60 }, phone: newPhone, key: `otp:${challengeId}`, accountId });
    await recordAuditEvent(tx, {
      type: "counter.phoneChangeStarted",
      actorType: "staff",
      actorId: officer.id,
      officeCode: officer.officeCode,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { accountId, bhxhCode: account.bhxhCode, challengeId, newMaskedPhone: maskPhone(newPhone), originalIdChecked: true },
    });
  });
  return done({ challengeId, maskedPhone: maskPhone(newPhone), validMinutes: OTP_VALID_SECONDS / 60, resendSeconds: OTP_RESEND_SECONDS });
}
