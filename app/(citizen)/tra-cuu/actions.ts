"use server";
// The /tra-cuu look-up: parse with the shared schema, rate-limit per IP, ask the declaration service.
// Wrong reference and wrong ID number give the same answer, so the form reveals nothing about codes.
import { formatDateVi } from "@/lib/domain/dates";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { isRejectionReasonCode } from "@/lib/domain/declaration-status";
import { ZLookupSchema } from "@/lib/schemas/lookup";
import { readDeclarationAccessTokenFromCookies, verifyDeclarationAccess } from "@/lib/server/declarations/declaration-access";
import { lookupDeclarationStatus } from "@/lib/server/declarations/get-declaration-for-declarer";
import { getLocale } from "@/lib/server/i18n";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { findActiveOffice } from "@/lib/server/reference-data";
import { currentRequestInfo } from "@/lib/server/request-info";
import type { LookupState, LookupView } from "@/components/declaration/lookup-types";

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
    const office = await findActiveOffice(found.office.code);
    const reasonCode = found.rejectionReasonCode;
    const result: LookupView = {
      reference: found.reference,
      status: found.status,
      submittedOn: formatDateVi(found.submittedAt),
      deadlineOn: formatDateVi(found.expiresAt),
      decidedOn: found.decidedAt ? formatDateVi(found.decidedAt) : null,
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
    };
    return { kind: "found", values, result };
  } catch {
    return { kind: "failed", values };
  }
}
