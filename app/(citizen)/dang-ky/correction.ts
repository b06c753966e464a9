import "server-only";
// Correction mode of /dang-ky/ke-khai (?sua=REF): the rejected declaration the visitor may correct, as wizard values.
// Access is the bhxh_decl_<REF> cookie, set when the declaration was sent or found on /tra-cuu.
import { cookies } from "next/headers";
import { CCCD_ISSUE_PLACES, displayPhone } from "@/lib/domain/identifiers";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { translate } from "@/lib/i18n/catalog";
import { isRejectionReasonCode } from "@/lib/domain/declaration-status";
import type { Locale } from "@/lib/i18n/config";
import { declarationAccessCookieName } from "@/lib/server/declarations/declaration-access";
import { getDeclarationForDeclarer } from "@/lib/server/declarations/get-declaration-for-declarer";
import { findActiveOffice } from "@/lib/server/reference-data";
import type { CorrectionMode, WizardValues } from "@/components/declaration/types";

/** The rejected declaration `sua` names, if this visitor holds its access cookie; otherwise null. */
export async function loadCorrection(sua: string, locale: Locale): Promise<(CorrectionMode & { values: WizardValues }) | null> {
  const reference = normalizeReferenceInput(sua);
  if (!reference) return null;
  const token = (await cookies()).get(declarationAccessCookieName(reference))?.value;
  const d = token ? await getDeclarationForDeclarer(reference, token) : null;
  if (!d || d.status !== "rejected") return null;

  const reasonLabel = isRejectionReasonCode(d.rejectionReasonCode) ? translate(locale, `validation.rejectionReason_${d.rejectionReasonCode}`) : "";
  const reason = [reasonLabel.startsWith("validation.") ? "" : reasonLabel, d.rejectionReason ?? ""].filter(Boolean).join(": ") || null;
  return {
    reference,
    reason,
    values: {
      declarant: "individual",
      fullName: d.fullName,
      dateOfBirth: d.dateOfBirth,
      sex: d.sex,
      nationality: d.nationality,
      bhxhCode: d.bhxhCode,
      idType: d.idType,
      idNumber: d.idNumber,
      idIssueDate: d.idIssueDate,
      idIssuePlace: d.idIssuePlace,
      idIssuePlaceOther: d.idType === "cccd" && !(CCCD_ISSUE_PLACES as readonly string[]).includes(d.idIssuePlace),
      address: { provinceCode: d.address.provinceCode, communeCode: d.address.communeCode, street: d.address.street },
      phone: d.phone ? displayPhone(d.phone) : "",
      email: d.email ?? "",
      emailCopy: d.emailCopy,
      officeProvinceCode: (await findActiveOffice(d.officeCode))?.provinceCode ?? d.address.provinceCode,
      officeCode: d.officeCode,
      // Committing again is a new act: the box starts unticked.
      commitment: false,
      dataProcessingConsent: false,
    },
  };
}
