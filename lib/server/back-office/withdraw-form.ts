import "server-only";
// The officer's "withdraw at the person's request" form, as the server action runs it: parse with the shared
// schema, authorize the role (the office scope is checked under the row lock), call the service.
import { ZCounterWithdrawSchema } from "@/lib/schemas/withdrawal";
import { fieldErrors } from "@/lib/schemas/back-office";
import { authorizeStaff, DECISION_ROLES, type StaffPrincipal } from "../auth/staff-access";
import { withdrawDeclarationAtCounter } from "../declarations/withdraw-declaration";
import type { RequestInfo } from "../request-info";
import { authorizationFailure, formFailure, formObject, type FormOutcome } from "./form-result";

export async function handleWithdrawForm(principal: StaffPrincipal | null, formData: FormData, info: RequestInfo): Promise<FormOutcome<{ reference: string }>> {
  const authz = authorizeStaff(principal, DECISION_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const parsed = ZCounterWithdrawSchema.safeParse(formObject(formData));
  if (!parsed.success) {
    // The reject form on the same page owns the id "reasonCode": the summary links to this form's own radio.
    const { reasonCode, ...errors } = fieldErrors(parsed.error);
    return formFailure("officer.errorSummaryTitle", reasonCode ? { withdrawReasonCode: reasonCode, ...errors } : errors);
  }
  const { reference, version, reasonCode } = { ...parsed.data, version: parsed.data.expectedVersion };
  const result = await withdrawDeclarationAtCounter(authz.principal, { reference, reasonCode, expectedVersion: version }, info);
  if (result.ok) return { ok: true, reference: result.reference };
  return formFailure(`officer.withdrawError_${result.code === "notFound" || result.code === "forbidden" ? result.code : "notPending"}`);
}
