import "server-only";
// The approve and reject forms of the declaration page, as the server actions run them: parse with
// the shared schema, authorize the principal (role; the office scope is checked under the row lock),
// call the service. Testable without a request: the principal and request info are parameters.
import type { z } from "zod";
import { isDecisionBlocker } from "@/lib/domain/decision-blockers";
import { ZApproveFormSchema, ZRejectFormSchema, fieldErrors } from "@/lib/schemas/back-office";
import { authorizeStaff, DECISION_ROLES, type StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { approveDeclaration } from "../declarations/approve-declaration";
import { rejectDeclaration } from "../declarations/reject-declaration";
import type { DecisionFailure, DecisionFailureCode } from "../declarations/lock-for-decision";
import { authorizationFailure, formFailure, formObject, type FormOutcome } from "./form-result";

export type DecisionOutcome = FormOutcome<{ reference: string }>;

/** A refusal's message: the page's own wording for a blocker (officer.blocker_*), else officer.decisionError_*. */
export function decisionFailureKey(code: DecisionFailureCode): string {
  return isDecisionBlocker(code) ? `officer.blocker_${code}` : `officer.decisionError_${code}`;
}

async function handleDecisionForm<S extends z.ZodType>(
  principal: StaffPrincipal | null,
  formData: FormData,
  schema: S,
  decide: (principal: StaffPrincipal, input: z.output<S>) => Promise<{ ok: true; reference: string } | DecisionFailure>,
  arrays: readonly string[] = [],
): Promise<DecisionOutcome> {
  const parsed = schema.safeParse(formObject(formData, arrays));
  const authz = authorizeStaff(principal, DECISION_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await decide(authz.principal, parsed.data);
  return result.ok ? { ok: true, reference: result.reference } : formFailure(decisionFailureKey(result.code));
}

export function handleApproveForm(principal: StaffPrincipal | null, formData: FormData, info: RequestInfo): Promise<DecisionOutcome> {
  // The schema refuses an unticked check (naming it); what was ticked, and which differences were acknowledged,
  // is passed on, checked under the lock (approvalBlockers) and audited as such.
  return handleDecisionForm(
    principal,
    formData,
    ZApproveFormSchema,
    (staff, { reference, version, originalIdChecked, declarationSigned, acknowledgedFields }) =>
      approveDeclaration(staff, { reference, expectedVersion: version, checklist: { originalIdChecked, declarationSigned, acknowledgedFields } }, info),
    ["acknowledgedFields"],
  );
}

export function handleRejectForm(principal: StaffPrincipal | null, formData: FormData, info: RequestInfo): Promise<DecisionOutcome> {
  return handleDecisionForm(principal, formData, ZRejectFormSchema, (staff, { reference, version, reasonCode, note }) =>
    rejectDeclaration(staff, { reference, expectedVersion: version, reasonCode, note }, info),
  );
}
