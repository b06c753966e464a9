import "server-only";
// Cancels the electronic-transaction account at the person's request (a reason from the list, after
// the confirmation step): status closed, every device signed out, open codes voided, SMS and email.
// The row, its declarations and the audit trail stay; a new approved declaration for the same BHXH
// code reopens it with a new temporary password (activateAccountForDeclaration's upsert).
import { ZCloseSchema } from "@/lib/schemas/counter";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { performCounterAction } from "./perform-counter-action";
import { shutAccount } from "./record-counter-action";

export function closeAccountAtCounter(principal: StaffPrincipal | null, input: unknown, info: RequestInfo, now: Date = new Date()) {
  return performCounterAction(principal, input, info, now, {
    kind: "close",
    schema: ZCloseSchema,
    apply: async (ctx) => ({ reasonCode: ctx.input.reasonCode, signedOut: await shutAccount(ctx, "close"), details: { originalIdChecked: true }, notice: true }),
  });
}
