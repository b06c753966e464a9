import "server-only";
// The holder's participation record: every period (newest first) with its employer, and the totals
// per scheme computed by lib/domain/months over all periods, whatever the filter shows.
import { monthOf, monthsInclusive, participationTotals, socialInsuranceMonths, toYearsMonths, type InsuranceScheme } from "@/lib/domain/months";
import type { ParticipationPeriodView } from "@/lib/schemas/records";
import { prisma, type PrismaClient } from "../db/client";

export type { ParticipationPeriodView };

export async function getParticipationHistory(bhxhCode: string, filter: { scheme?: InsuranceScheme } = {}, now: Date = new Date(), db: PrismaClient = prisma) {
  const current = monthOf(now);
  const rows = await db.participationPeriod.findMany({
    where: { bhxhCode },
    orderBy: [{ fromMonth: "desc" }, { scheme: "asc" }, { id: "desc" }],
    select: {
      id: true,
      scheme: true,
      fromMonth: true,
      toMonth: true,
      employerCode: true,
      jobTitle: true,
      salaryBasis: true,
      rateBasisPoints: true,
      employer: { select: { name: true } },
    },
  });
  const periods: ParticipationPeriodView[] = rows.map((r) => ({
    id: r.id.toString(),
    scheme: r.scheme,
    fromMonth: r.fromMonth,
    toMonth: r.toMonth,
    months: monthsInclusive(r.fromMonth, r.toMonth, current),
    employerCode: r.employerCode,
    employerName: r.employer?.name ?? null,
    jobTitle: r.jobTitle,
    salaryBasis: r.salaryBasis,
    rateBasisPoints: r.rateBasisPoints,
  }));
  return {
    currentMonth: current,
    totals: participationTotals(periods, current),
    socialInsurance: toYearsMonths(socialInsuranceMonths(periods, current)),
    periods: filter.scheme ? periods.filter((p) => p.scheme === filter.scheme) : periods,
  };
}

export type ParticipationHistory = Awaited<ReturnType<typeof getParticipationHistory>>;
