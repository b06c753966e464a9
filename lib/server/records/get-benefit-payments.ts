import "server-only";
// Benefits paid to the holder, grouped by year (newest first) and by kind within a year, with sums.
import { prisma, type PrismaClient } from "../db/client";

export type BenefitKind = "sickness" | "maternity" | "convalescence" | "occupationalAccident" | "oneTime" | "pension" | "survivor" | "unemployment";

export async function getBenefitPayments(bhxhCode: string, db: PrismaClient = prisma) {
  const rows = await db.benefitPayment.findMany({
    where: { bhxhCode },
    orderBy: [{ paidOn: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, periodFrom: true, periodTo: true, amount: true, payingOffice: true, paidOn: true },
  });
  const years = new Map<number, { year: number; total: bigint; kinds: Map<BenefitKind, { kind: BenefitKind; total: bigint; payments: typeof rows }> }>();
  for (const row of rows) {
    const year = row.paidOn.getUTCFullYear();
    const entry = years.get(year) ?? { year, total: 0n, kinds: new Map() };
    years.set(year, entry);
    entry.total += row.amount;
    const kind = entry.kinds.get(row.kind) ?? { kind: row.kind, total: 0n, payments: [] };
    entry.kinds.set(row.kind, kind);
    kind.total += row.amount;
    kind.payments.push(row);
  }
  return [...years.values()].map((y) => ({
    year: y.year,
    total: y.total,
    kinds: [...y.kinds.values()].map((k) => ({ ...k, payments: k.payments.map((p) => ({ ...p, id: p.id.toString() })) })),
  }));
}

export type BenefitYears = Awaited<ReturnType<typeof getBenefitPayments>>;
