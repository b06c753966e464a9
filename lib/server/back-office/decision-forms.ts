import "server-only";
// The approve and reject forms of the declaration page, built with staffAction: the role first (the
// office scope is checked under the row lock), then the shared schema, then the service.
import { isDecisionBlocker } from "@/lib/domain/decision-blockers";
import { ZApproveFormSchema, ZRejectFormSchema } from "@/lib/schemas/back-office";
import { DECISION_ROLES } from "../auth/staff-access";
import { approveDeclaration } from "../declarations/approve-declaration";
import { rejectDeclaration } from "../declarations/reject-declaration";
import type { DecisionFailure, DecisionFailureCode } from "../declarations/lock-for-decision";
import { formFailure, staffAction, type FormOutcome } from "../forms/form-action";

/** A refusal's message: the page's own wording for a blocker (officer.blocker_*), else officer.decisionError_*. */
export function decisionFailureKey(code: DecisionFailureCode): string {
  return isDecisionBlocker(code) ? `officer.blocker_${code}` : `officer.decisionError_${code}`;
}

const decided = (result: { ok: true; reference: string } | DecisionFailure): FormOutcome<{ reference: string }> =>
  result.ok ? { ok: true, reference: result.reference } : formFailure(decisionFailureKey(result.code));

// The schema refuses an unticked check (naming it); what was ticked, and which differences were acknowledged,
// is passed on, checked under the lock (approvalBlockers) and audited as such.
export const handleApproveForm = staffAction(
  DECISION_ROLES,
  ZApproveFormSchema,
  async ({ reference, version, originalIdChecked, declarationSigned, acknowledgedFields }, { principal, info }) =>
    decided(await approveDeclaration(principal, { reference, expectedVersion: version, checklist: { originalIdChecked, declarationSigned, acknowledgedFields } }, info)),
  { arrays: ["acknowledgedFields"] },
);

export const handleRejectForm = staffAction(DECISION_ROLES, ZRejectFormSchema, async ({ reference, version, reasonCode, note }, { principal, info }) =>
  decided(await rejectDeclaration(principal, { reference, expectedVersion: version, reasonCode, note }, info)),
);
