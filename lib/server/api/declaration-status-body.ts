import "server-only";
// The public status of a declaration as JSON (GET /api/v1/declarations/{reference}): nothing personal
// beyond what the look-up shows.
import { REJECTION_REASONS } from "@/lib/domain/declaration-status";
import { translate } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import type { DeclarationStatusBody } from "@/lib/schemas/api";
import type { DeclarationStatusView } from "../declarations/get-declaration-for-declarer";

export type { DeclarationStatusBody };

export function declarationStatusBody(view: DeclarationStatusView, locale: Locale): DeclarationStatusBody {
  const reason = REJECTION_REASONS.find((r) => r.code === view.rejectionReasonCode);
  const label = reason ? translate(locale, reason.labelKey) : null;
  const rejectionReason = [label, view.rejectionReason].filter((s): s is string => Boolean(s)).join(": ") || null;
  return {
    reference: view.reference,
    status: view.status,
    version: view.version,
    submittedAt: view.submittedAt.toISOString(),
    expiresAt: view.expiresAt.toISOString(),
    office: view.office,
    decidedAt: view.decidedAt?.toISOString() ?? null,
    rejectionReason,
    rejectionReasonCode: reason?.code ?? null,
  };
}
