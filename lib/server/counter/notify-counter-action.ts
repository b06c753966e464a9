import "server-only";
// The SMS (and email, when the account has one) telling the person what was done at the counter, in
// the action's transaction. Keyed by the receipt, so a retried action never sends it twice.
import type { CounterNoticeKind } from "../notifications/templates";
import type { Tx } from "../db/client";
import { enqueueMessage } from "../notifications/outbox";

export async function notifyCounterAction(
  tx: Tx,
  input: { kind: CounterNoticeKind; account: { id: string; bhxhCode: string; phone: string; email: string | null }; officeCode: string; receipt: string; reasonCode?: string | null; now: Date },
): Promise<void> {
  const office = await tx.office.findUniqueOrThrow({ where: { code: input.officeCode }, select: { name: true } });
  await enqueueMessage(tx, {
    template: "counterNotice",
    params: { kind: input.kind, bhxhCode: input.account.bhxhCode, officeName: office.name, at: input.now, receipt: input.receipt, reasonCode: input.reasonCode ?? null },
    phone: input.account.phone,
    email: input.account.email,
    key: `counter:${input.receipt}`,
    accountId: input.account.id,
  });
}
