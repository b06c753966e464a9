import "server-only";
// The holder's participation record: every period (newest first) with its employer, and the totals
// per scheme computed by lib/domain/months over all periods, whatever the filter shows.
import { monthOf, monthsInclusive, participationTotals, socialInsuranceMonths, toYearsMonths, type InsuranceScheme } from "@/lib/domain/months";
import type { ParticipationPeriodView } from "@/lib/schemas/records";
import { prisma, type PrismaClient } from "../db/client";

export type { ParticipationPeriodView };

export async function getParticipationHistory(bhxhCode: string, filter: { scheme?: InsuranceScheme } = {}, now: Date = new Date(), db: PrismaClient = prisma) {
  const current = monthOf(now);
  // One round trip: the periods with their employer's name (ids and amounts as text: exact, whatever the driver maps).
  const rows = await db.$queryRaw<{ id: string; scheme: InsuranceScheme; fromMonth: string; toMonth: string | null; employerCode: string | null; employerName: string | null; jobTitle: string | null; salaryBasis: string; rateBasisPoints: number }[]>`
    SELECT pp.id::text AS id, pp.scheme::text AS scheme, pp."fromMonth"::text AS "fromMonth", pp."toMonth"::text AS "toMonth", pp."employerCode",
           e.name AS "employerName", pp."jobTitle", pp."salaryBasis"::text AS "salaryBasis", pp."rateBasisPoints"
      FROM "ParticipationPeriod" pp
      LEFT JOIN "Employer" e ON e.code = pp."employerCode"
     WHERE pp."bhxhCode" = ${bhxhCode}
     ORDER BY pp."fromMonth" DESC, pp.scheme ASC, pp.id DESC`;
  const periods: ParticipationPeriodView[] = rows.map((r) => ({
    id: r.id,
    scheme: r.scheme,
    fromMonth: r.fromMonth,
    toMonth: r.toMonth,
    months: monthsInclusive(r.fromMonth, r.toMonth, current),
    employerCode: r.employerCode,
    employerName: r.employerName,
    jobTitle: r.jobTitle,
    salaryBasis: BigInt(r.salaryBasis),
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
