import "server-only";
// Signs the account out of every device at the person's request (a phone left somewhere, a shared computer).
import { ZSignOutAllSchema } from "@/lib/schemas/counter";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { performCounterAction } from "./perform-counter-action";
import { revokeAccountAccess } from "./record-counter-action";

export function signOutAllDevicesAtCounter(principal: StaffPrincipal | null, input: unknown, info: RequestInfo, now: Date = new Date()) {
  return performCounterAction(principal, input, info, now, {
    kind: "signOutAll",
    schema: ZSignOutAllSchema,
    apply: async ({ tx, account, officer }) => ({ signedOut: await revokeAccountAccess(tx, { accountId: account.id, officer, kind: "signOutAll", info, now }), notice: true }),
  });
}
