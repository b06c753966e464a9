import "server-only";
// Unlocks an account when the person is at the counter with the original ID.
import { ZUnlockSchema } from "@/lib/schemas/counter";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { performCounterAction } from "./perform-counter-action";

export function unlockAccountAtCounter(principal: StaffPrincipal | null, input: unknown, info: RequestInfo, now: Date = new Date()) {
  return performCounterAction(principal, input, info, now, {
    kind: "unlock",
    schema: ZUnlockSchema,
    apply: async ({ tx, account }) => {
      await tx.account.update({ where: { id: account.id }, data: { status: "active" } });
      return { details: { originalIdChecked: true }, notice: true };
    },
  });
}
