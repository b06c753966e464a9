import "server-only";
// Step 2 of a new phone number: the person reads back the code sent to the new number. One try is
// counted before comparing (one-time-codes.ts); a right code, in one transaction: the number becomes
// the account's phone, every device is signed out and open codes are voided, the old number gets an
// SMS saying the number changed (no secret), the CounterAction (receipt) and audit rows are written.
import { isCounterActionAllowed } from "@/lib/domain/counter";
import { maskPhone } from "@/lib/domain/identifiers";
import { ZConfirmPhoneChangeSchema } from "@/lib/schemas/counter";
import { prisma } from "../db/client";
import { consumeOneTimeCode, tryOneTimeCode } from "../accounts/one-time-codes";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { authorizeCounter } from "./counter-access";
import { lockAccountForUpdate } from "./load-account";
import { notifyCounterAction } from "./notify-counter-action";
import { phoneUsedByAnotherAccount } from "./phone-owner";
import { recordCounterAction, revokeAccountAccess } from "./record-counter-action";
import { done, fail, invalid, refused, type CounterFailure, type CounterResult } from "./results";

export async function confirmPhoneChange(
  principal: StaffPrincipal | null,
  input: unknown,
  info: RequestInfo,
  now: Date = new Date(),
): Promise<CounterResult<{ receipt: string; signedOut: number }>> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok) return refused(authz);
  const parsed = ZConfirmPhoneChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { officer } = authz;
  const { accountId, challengeId, code } = parsed.data;

  const challenge = await prisma.oneTimeCode.findFirst({ where: { id: challengeId, accountId, purpose: "phoneChange" }, select: { sentTo: true } });
  if (!challenge?.sentTo) return fail("otpUsed");
  const newPhone = challenge.sentTo;

  const check = await tryOneTimeCode({ challengeId, accountId, purpose: "phoneChange", code, now, info });
  if (!check.ok) {
    const failure: CounterFailure = fail(check.code, check.code === "otpWrong" ? { attemptsLeft: check.attemptsLeft } : {});
    return check.code === "otpWrong" ? { ...failure, errors: { code: "counter.error_otpWrong" } } : failure;
  }

  const outcome = await prisma.$transaction(async (tx): Promise<CounterResult<{ receipt: string; signedOut: number }>> => {
    const account = await lockAccountForUpdate(tx, accountId);
    if (!account) return fail("notFound");
    if (!isCounterActionAllowed(account.status, "changePhone")) return fail("notAllowed");
    if (await phoneUsedByAnotherAccount(tx, newPhone, account.bhxhCode)) return fail("phoneInUse");
    if (!(await consumeOneTimeCode(tx, challengeId, now))) return fail("otpUsed");
    const oldPhone = account.phone;
    await tx.account.update({ where: { id: accountId }, data: { phone: newPhone, updatedAt: now } });
    const signedOut = await revokeAccountAccess(tx, { accountId, officer, kind: "changePhone", info, now });
    const receipt = await recordCounterAction(tx, {
      kind: "changePhone",
      officer,
      account: { id: accountId, bhxhCode: account.bhxhCode, phone: newPhone },
      details: { oldMaskedPhone: maskPhone(oldPhone), signedOut, originalIdChecked: true, codeReadBack: true },
      info,
      now,
    });
    // To the OLD number (and the email on file): the person who lost the phone, or its finder, learns of the change.
    await notifyCounterAction(tx, { kind: "changePhone", account: { ...account, phone: oldPhone }, officeCode: officer.officeCode, receipt, now });
    return done({ receipt, signedOut });
  });
  return outcome;
}
