import "server-only";
// One mobile number serves one person: the rule the declaration uses (lib/server/declarations/rules.ts),
// applied when the counter registers a new number. Closed accounts do not hold their number.
import type { PrismaClient, Tx } from "../db/client";

export async function phoneUsedByAnotherAccount(db: PrismaClient | Tx, phone: string, bhxhCode: string): Promise<boolean> {
  const other = await db.account.findFirst({ where: { phone, bhxhCode: { not: bhxhCode }, status: { not: "closed" } }, select: { id: true } });
  return other !== null;
}
