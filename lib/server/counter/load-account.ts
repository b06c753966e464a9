import "server-only";
// The account row an action works on, locked FOR UPDATE in the action's transaction, so two counters
// (or the counter and the citizen) acting at once are applied one after the other.
import type { Account, Tx } from "../db/client";

export async function lockAccountForUpdate(tx: Tx, accountId: string): Promise<Account | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Account" WHERE "id" = ${accountId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.account.findUnique({ where: { id: accountId } });
}
