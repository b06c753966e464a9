import "server-only";
// Locks an account (suspected misuse, a lost ID…) with a reason from the list; the sign-in page reads
// the latest lock's reason to tell the person why (sign-in-citizen.ts). Every device is signed out.
import { ZLockSchema } from "@/lib/schemas/counter";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { performCounterAction } from "./perform-counter-action";
import { shutAccount } from "./record-counter-action";

export function lockAccountAtCounter(principal: StaffPrincipal | null, input: unknown, info: RequestInfo, now: Date = new Date()) {
  return performCounterAction(principal, input, info, now, {
    kind: "lock",
    schema: ZLockSchema,
    apply: async (ctx) => ({ reasonCode: ctx.input.reasonCode, signedOut: await shutAccount(ctx, "lock"), notice: true }),
  });
}
