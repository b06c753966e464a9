"use server";
// "Rút tờ khai" from the confirmation page: this browser's access cookie for the declaration, plus a
// confirmation of the declared phone obtained just now (the cookie alone is not enough: a shared phone keeps it).
import type { WithdrawAnswer, WithdrawRequest } from "@/components/declaration/withdraw-panel";
import { isWithdrawalReasonCode } from "@/lib/domain/declaration-status";
import { translateIssue } from "@/lib/i18n/catalog";
import { readDeclarationAccessTokenFromCookies } from "@/lib/server/declarations/declaration-access";
import { withdrawDeclarationByDeclarer, withdrawFailureMessage } from "@/lib/server/declarations/withdraw-declaration";
import { getLocale } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function withdrawSentAction(request: WithdrawRequest): Promise<WithdrawAnswer> {
  const locale = await getLocale();
  const reference = String(request?.reference ?? "").slice(0, 40);
  const result = await withdrawDeclarationByDeclarer(
    {
      reference,
      proof: { token: await readDeclarationAccessTokenFromCookies(reference) },
      phoneVerificationToken: typeof request?.phoneVerificationToken === "string" ? request.phoneVerificationToken.slice(0, 1000) : undefined,
      reasonCode: isWithdrawalReasonCode(request?.reasonCode) ? request.reasonCode : undefined,
    },
    await currentRequestInfo(),
  );
  if (result.ok) return { ok: true, reference: result.reference };
  const { key, params } = withdrawFailureMessage(result);
  return { ok: false, message: translateIssue(locale, key, params) };
}
