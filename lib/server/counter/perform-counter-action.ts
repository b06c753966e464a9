import "server-only";
// The shape every one-step counter action shares (reset password, sign out, lock, unlock, cancel):
// authorize the officer, parse the form, then in one transaction lock the account row, check the
// action is open for its status (lib/domain/counter.ts), apply it, and write the receipt, audit and
// notice rows. Each action file supplies only what it changes.
import type { z } from "zod";
import { isCounterActionAllowed, type CounterActionKind } from "@/lib/domain/counter";
import { prisma, type Account, type Tx } from "../db/client";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { authorizeCounter, type CounterOfficer } from "./counter-access";
import { lockAccountForUpdate } from "./load-account";
import { notifyCounterAction } from "./notify-counter-action";
import { recordCounterAction } from "./record-counter-action";
import { done, fail, invalid, refused, type CounterResult } from "./results";

export type ActionContext<I> = { tx: Tx; account: Account; input: I; officer: CounterOfficer; info: RequestInfo; now: Date };
export type ActionEffect = { reasonCode?: string | null; details?: Record<string, string | number | boolean>; signedOut?: number; notice: boolean };

export async function performCounterAction<S extends z.ZodType<{ accountId: string }>, P>(
  principal: StaffPrincipal | null,
  rawInput: unknown,
  info: RequestInfo,
  now: Date,
  spec: {
    kind: CounterActionKind;
    schema: S;
    /** Slow work done before the transaction opens (password hashing), so no row stays locked meanwhile. */
    prepare?: () => Promise<P>;
    apply: (ctx: ActionContext<z.output<S>>, prepared: P) => Promise<ActionEffect>;
  },
): Promise<CounterResult<{ receipt: string; signedOut: number }>> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok) return refused(authz);
  const parsed = spec.schema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { officer } = authz;
  const input = parsed.data as z.output<S>;
  const prepared = spec.prepare ? await spec.prepare() : (undefined as P);

  return prisma.$transaction(async (tx): Promise<CounterResult<{ receipt: string; signedOut: number }>> => {
    const account = await lockAccountForUpdate(tx, input.accountId);
    if (!account) return fail("notFound");
    if (!isCounterActionAllowed(account.status, spec.kind)) return fail("notAllowed");
    const effect = await spec.apply({ tx, account, input, officer, info, now }, prepared);
    const receipt = await recordCounterAction(tx, {
      kind: spec.kind,
      officer,
      account,
      reasonCode: effect.reasonCode,
      details: { ...effect.details, ...(effect.signedOut !== undefined ? { signedOut: effect.signedOut } : {}) },
      info,
      now,
    });
    if (effect.notice && spec.kind !== "resetPassword" && spec.kind !== "changePhone") {
      await notifyCounterAction(tx, { kind: spec.kind, account, officeCode: officer.officeCode, receipt, reasonCode: effect.reasonCode, now });
    }
    return done({ receipt, signedOut: effect.signedOut ?? 0 });
  });
}
