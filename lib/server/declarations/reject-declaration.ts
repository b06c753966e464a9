import "server-only";
// Từ chối: the officer refuses a declaration with a reason from the list and a note, both sent to
// the person. One transaction: lock, checks, status, the rejection notice (outbox) and the audit event.
import { nextStatus, REJECTION_REASONS, type RejectionReasonCode } from "@/lib/domain/declaration-status";
import { translate } from "@/lib/i18n/catalog";
import { localeOr } from "@/lib/i18n/config";
import { enqueueRejectionNotice } from "./notify-rejection";
import { applyDecision, decideUnderLock, recordDecisionEvent, type DecisionFailure, type DecisionInput, type DecisionService } from "./lock-for-decision";

export type RejectInput = DecisionInput & { reasonCode: RejectionReasonCode; note: string };

export type RejectResult = { ok: true; reference: string; declarationId: string; decidedAt: Date } | DecisionFailure;

export const rejectDeclaration: DecisionService<RejectInput, RejectResult> = async (principal, input, info, options = {}) => {
  const now = options.now ?? new Date();
  const reason = REJECTION_REASONS.find((r) => r.code === input.reasonCode);
  if (!reason) throw new Error(`Unknown rejection reason ${input.reasonCode}`);
  // The SMS gives the reason in Vietnamese, whatever language the officer's screen is in.
  const reasonLabel = translate("vi", reason.labelKey);
  const note = input.note.trim();
  return decideUnderLock(principal, input, "reject", async (tx, declaration) => {
    const status = nextStatus(declaration.status, "reject");
    const change = { status, decidedAt: now, decidedById: principal.id, rejectionReasonCode: reason.code, rejectionReason: note || null };
    if (!(await applyDecision(tx, declaration, change))) return { ok: false, code: "stale" } as const;
    // The email reads the reason in the person's own language; the SMS keeps the Vietnamese label.
    const emailReasonLabel = translate(localeOr(declaration.locale), reason.labelKey);
    await enqueueRejectionNotice(tx, { ...declaration, ...change }, reasonLabel, note, emailReasonLabel, reason.code);
    await recordDecisionEvent(tx, principal, info, declaration, {
      type: "declaration.rejected",
      data: {
        reasonCode: reason.code,
        note,
      },
    });
    return { ok: true, reference: declaration.reference, declarationId: declaration.id, decidedAt: now } as const;
  });
};
