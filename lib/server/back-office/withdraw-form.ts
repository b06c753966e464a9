import "server-only";
// The officer's "withdraw at the person's request" form: the role first (the office scope is checked
// under the row lock), the shared schema, the service.
import { ZCounterWithdrawSchema } from "@/lib/schemas/withdrawal";
import { DECISION_ROLES } from "../auth/staff-access";
import { withdrawDeclarationAtCounter } from "../declarations/withdraw-declaration";
import { formFailure, staffAction } from "../forms/form-action";

export const handleWithdrawForm = staffAction(
  DECISION_ROLES,
  ZCounterWithdrawSchema,
  async ({ reference, reasonCode, expectedVersion }, { principal, info }) => {
    const result = await withdrawDeclarationAtCounter(principal, { reference, reasonCode, expectedVersion }, info);
    if (result.ok) return { ok: true as const, reference: result.reference };
    return formFailure(`officer.withdrawError_${result.code === "notFound" || result.code === "forbidden" ? result.code : "notPending"}`);
  },
  // The reject form on the same page owns the id "reasonCode": the summary links to this form's own radio.
  { fieldIds: { reasonCode: "withdrawReasonCode" } },
);
