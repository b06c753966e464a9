// Calendar months as the participation record counts them ("YYYY-MM"), and the totals per scheme:
// each month counts once per scheme however periods overlap, gaps are the months between periods.
// Pure integer arithmetic on month indexes (year × 12 + month − 1); no dates, no floating point.

export const INSURANCE_SCHEMES = ["compulsorySocial", "voluntarySocial", "unemployment", "occupationalAccident", "health"] as const;
export type InsuranceScheme = (typeof INSURANCE_SCHEMES)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** "2024-03" → 24290 (2024 × 12 + 2); null if it is not a month. */
export function monthIndex(text: string): number | null {
  const match = MONTH.exec(text);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month of a date in Vietnam's calendar, for "up to now" of an open period. */
export function monthOf(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 60 * 60 * 1000);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Months from..to inclusive; an open period (to = null) runs to `current`. 0 when to is before from. */
export function monthsInclusive(from: string, to: string | null, current: string): number {
  const start = monthIndex(from);
  const end = monthIndex(to ?? current);
  if (start === null || end === null) return 0;
  return Math.max(0, end - start + 1);
}

export type YearsMonths = { years: number; months: number };

export function toYearsMonths(totalMonths: number): YearsMonths {
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

export type PeriodSpan = { scheme: InsuranceScheme; fromMonth: string; toMonth: string | null };

export type SchemeTotal = {
  scheme: InsuranceScheme;
  /** Distinct months covered (overlapping periods of the same scheme count once). */
  totalMonths: number;
  duration: YearsMonths;
  /** Gaps between this scheme's periods, first to last month of each gap. */
  gaps: { fromMonth: string; toMonth: string; months: number }[];
};

type Range = { start: number; end: number };

/** Sorted, merged month ranges of the given periods (adjacent ones join). */
function mergedRanges(periods: readonly PeriodSpan[], current: string): Range[] {
  const currentIndex = monthIndex(current);
  const ranges: Range[] = [];
  for (const p of periods) {
    const start = monthIndex(p.fromMonth);
    const end = p.toMonth === null ? currentIndex : monthIndex(p.toMonth);
    if (start === null || end === null || end < start) continue;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function totalOf(ranges: Range[]): number {
  return ranges.reduce((sum, r) => sum + r.end - r.start + 1, 0);
}

/** Totals per scheme, in the order of INSURANCE_SCHEMES, only for schemes that have periods. */
export function participationTotals(periods: readonly PeriodSpan[], current: string): SchemeTotal[] {
  const totals: SchemeTotal[] = [];
  for (const scheme of INSURANCE_SCHEMES) {
    const own = periods.filter((p) => p.scheme === scheme);
    if (own.length === 0) continue;
    const ranges = mergedRanges(own, current);
    const totalMonths = totalOf(ranges);
    const gaps = ranges.slice(1).map((r, i) => {
      const previous = ranges[i]!;
      return { fromMonth: monthFromIndex(previous.end + 1), toMonth: monthFromIndex(r.start - 1), months: r.start - previous.end - 1 };
    });
    totals.push({ scheme, totalMonths, duration: toYearsMonths(totalMonths), gaps });
  }
  return totals;
}

/**
 * Months of social insurance, compulsory and voluntary together (what a pension counts): a month paid
 * in both schemes counts once.
 */
export function socialInsuranceMonths(periods: readonly PeriodSpan[], current: string): number {
  return totalOf(mergedRanges(periods.filter((p) => p.scheme === "compulsorySocial" || p.scheme === "voluntarySocial"), current));
}
