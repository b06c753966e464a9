"use server";
// The /tra-cuu look-up: parse with the shared schema, rate-limit per IP, ask the declaration service.
// Wrong reference and wrong ID number give the same answer, so the form reveals nothing about codes.
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import { isRejectionReasonCode } from "@/lib/domain/declaration-status";
import { ZLookupSchema } from "@/lib/schemas/lookup";
import { readDeclarationAccessTokenFromCookies, verifyDeclarationAccess } from "@/lib/server/declarations/declaration-access";
import { lookupDeclarationStatus } from "@/lib/server/declarations/get-declaration-for-declarer";
import { declarationHistory } from "@/lib/server/declarations/declaration-history";
import { getLocale } from "@/lib/server/i18n";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { findActiveOffice } from "@/lib/server/reference-data";
import { currentRequestInfo } from "@/lib/server/request-info";
import type { LookupState, LookupView } from "@/components/declaration/lookup-types";
import type { WithdrawAnswer, WithdrawRequest } from "@/components/declaration/withdraw-panel";
import { isWithdrawalReasonCode } from "@/lib/domain/declaration-status";
import { withdrawDeclarationByDeclarer, withdrawFailureMessage } from "@/lib/server/declarations/withdraw-declaration";
import { cookies } from "next/headers";
import type { ReissueAnswer, ReissueRequest } from "@/components/declaration/reissue-panel";
import { PHONE_CODE_LENGTH, phoneVerificationParams } from "@/lib/domain/phone-verification";
import { declarationAccessCookie } from "@/lib/server/declarations/declaration-access";
import { reissueDeclarerAccess } from "@/lib/server/declarations/reissue-declarer-access";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.slice(0, 100) : "");

export async function lookupDeclarationAction(_previous: LookupState, form: FormData): Promise<LookupState> {
  const locale = await getLocale();
  const values = { reference: text(form.get("reference")), idNumber: text(form.get("idNumber")) };

  const parsed = ZLookupSchema.safeParse(values);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path[0] === "idNumber" ? ("idNumber" as const) : ("reference" as const), message: translateIssue(locale, issue.message) }));
    return { kind: "invalid", values, errors };
  }

  const { ip } = await currentRequestInfo();
  const limit = await hitRateLimit(RATE_LIMITS.declarationLookupPerIp, ip ?? "unknown");
  if (!limit.allowed) {
    return { kind: "rateLimited", values, message: translate(locale, "declaration.lookupRateLimited", { minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) }) };
  }

  try {
    const found = await lookupDeclarationStatus(parsed.data.reference, parsed.data.idNumber);
    if (!found) return { kind: "notFound", values };
    const [office, history] = await Promise.all([findActiveOffice(found.office.code), declarationHistory(found.reference)]);
    const reasonCode = found.rejectionReasonCode;
    const reasonText = (code: string | null, note: string | null) =>
      [isRejectionReasonCode(code) ? translate(locale, `validation.rejectionReason_${code}`) : null, note].filter(Boolean).join(": ") || null;
    const result: LookupView = {
      reference: found.reference,
      status: found.status,
      submittedOn: formatDate(locale, found.submittedAt),
      deadlineOn: formatDate(locale, found.expiresAt),
      decidedOn: found.decidedAt ? formatDate(locale, found.decidedAt) : null,
      office: { name: found.office.name, address: found.office.address, phone: office?.phone ?? null },
      rejection:
        found.status === "rejected"
          ? { code: reasonCode, label: isRejectionReasonCode(reasonCode) ? translate(locale, `validation.rejectionReason_${reasonCode}`) : null, text: found.rejectionReason }
          : null,
      // Correcting needs the declaration's access, never just the reference + ID number (both may be
      // known to others): this browser sent it, or opened the link in the refusal message.
      canCorrect:
        found.status === "rejected" &&
        (await verifyDeclarationAccess(found.reference, await readDeclarationAccessTokenFromCookies(found.reference))) !== null,
      history: history.map((entry) => ({ kind: entry.kind, on: formatDate(locale, entry.at), version: entry.version, reason: entry.kind === "rejected" ? reasonText(entry.reasonCode, entry.note) : null })),
    };
    return { kind: "found", values, result };
  } catch {
    return { kind: "failed", values };
  }
}

/**
 * "Rút tờ khai" from the look-up: the reference and ID number that found it, plus a confirmation of the declared
 * phone obtained just now. The service checks all three under the row lock and rate-limits per address.
 */
export async function withdrawFromLookupAction(request: WithdrawRequest & { idNumber: string }): Promise<WithdrawAnswer> {
  const locale = await getLocale();
  const result = await withdrawDeclarationByDeclarer(
    {
      reference: String(request?.reference ?? "").slice(0, 40),
      proof: { idNumber: String(request?.idNumber ?? "").slice(0, 64) },
      phoneVerificationToken: typeof request?.phoneVerificationToken === "string" ? request.phoneVerificationToken.slice(0, 1000) : undefined,
      reasonCode: isWithdrawalReasonCode(request?.reasonCode) ? request.reasonCode : undefined,
    },
    await currentRequestInfo(),
  );
  if (result.ok) return { ok: true, reference: result.reference };
  const { key, params } = withdrawFailureMessage(result);
  return { ok: false, message: translateIssue(locale, key, params) };
}

/**
 * "Tải lại tờ khai" from the look-up: the reference and ID number that found it, plus the declared phone confirmed
 * just now, set the declarer's access cookie in this browser (what the PDF route and the confirmation page accept).
 */
export async function reissueFromLookupAction(request: ReissueRequest & { idNumber: string }): Promise<ReissueAnswer> {
  const locale = await getLocale();
  const result = await reissueDeclarerAccess(
    {
      reference: String(request?.reference ?? "").slice(0, 40),
      idNumber: String(request?.idNumber ?? "").slice(0, 64),
      phoneVerificationToken: typeof request?.phoneVerificationToken === "string" ? request.phoneVerificationToken.slice(0, 1000) : undefined,
    },
    await currentRequestInfo(),
  );
  if (result.ok) {
    const cookie = declarationAccessCookie(result.reference, result.accessToken);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    return { ok: true, reference: result.reference };
  }
  switch (result.code) {
    case "rateLimited":
      return { ok: false, message: translate(locale, "declaration.server_reissueRateLimited", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }) };
    case "notFound":
      return { ok: false, message: translate(locale, "declaration.lookupNotFound") };
    case "phoneVerificationRequired":
      return { ok: false, message: translate(locale, "declaration.reissue_phoneVerificationRequired", { codeLength: PHONE_CODE_LENGTH }) };
    default:
      return { ok: false, message: translate(locale, `declaration.withdraw_${result.code}`, phoneVerificationParams()) };
  }
}
