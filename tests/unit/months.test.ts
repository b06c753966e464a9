import { describe, expect, it } from "vitest";
import { isMonth, monthFromIndex, monthIndex, monthOf, monthsInclusive, participationTotals, socialInsuranceMonths, toYearsMonths, type PeriodSpan } from "@/lib/domain/months";

describe("months", () => {
  it("reads YYYY-MM and nothing else", () => {
    expect(monthIndex("2024-03")).toBe(2024 * 12 + 2);
    expect(monthFromIndex(monthIndex("2024-12")!)).toBe("2024-12");
    for (const bad of ["2024-13", "2024-00", "2024-3", "24-03", "2024-03-01", ""]) expect(isMonth(bad)).toBe(false);
  });

  it("counts months inclusively across a year end, an open period up to the current month", () => {
    expect(monthsInclusive("2023-11", "2024-02", "2026-12")).toBe(4);
    expect(monthsInclusive("2026-01", null, "2026-12")).toBe(12);
    expect(monthsInclusive("2026-05", "2026-04", "2026-12")).toBe(0);
  });

  it("takes the month in Vietnam's calendar (UTC+7)", () => {
    expect(monthOf(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12");
    expect(monthOf(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11");
  });

  it("splits months into years and months", () => {
    expect(toYearsMonths(0)).toEqual({ years: 0, months: 0 });
    expect(toYearsMonths(12)).toEqual({ years: 1, months: 0 });
    expect(toYearsMonths(245)).toEqual({ years: 20, months: 5 });
  });
});

describe("participationTotals", () => {
  const p = (scheme: PeriodSpan["scheme"], fromMonth: string, toMonth: string | null): PeriodSpan => ({ scheme, fromMonth, toMonth });

  it("counts overlapping periods of one scheme once and shows the gaps between them", () => {
    const totals = participationTotals(
      [
        p("compulsorySocial", "2015-01", "2016-12"), // 24
        p("compulsorySocial", "2016-07", "2017-06"), // overlaps 6, adds 6
        p("compulsorySocial", "2017-07", "2017-09"), // adjacent: no gap, adds 3
        p("compulsorySocial", "2018-03", "2018-04"), // gap 2017-10..2018-02 (5 months), adds 2
      ],
      "2026-12",
    );
    expect(totals).toEqual([
      { scheme: "compulsorySocial", totalMonths: 35, duration: { years: 2, months: 11 }, gaps: [{ fromMonth: "2017-10", toMonth: "2018-02", months: 5 }] },
    ]);
  });

  it("keeps schemes apart: overlapping BHXH and BHYT months count in each", () => {
    const totals = participationTotals([p("health", "2020-01", "2020-12"), p("compulsorySocial", "2020-06", "2021-05"), p("voluntarySocial", "2021-01", "2021-12")], "2026-12");
    expect(totals.map((t) => [t.scheme, t.totalMonths])).toEqual([
      ["compulsorySocial", 12],
      ["voluntarySocial", 12],
      ["health", 12],
    ]);
    // Social insurance altogether: 2020-06..2021-12, the 5 months paid in both schemes once.
    expect(socialInsuranceMonths([p("compulsorySocial", "2020-06", "2021-05"), p("voluntarySocial", "2021-01", "2021-12"), p("health", "2010-01", "2010-12")], "2026-12")).toBe(19);
  });

  it("runs an open period to the current month and ignores a period that ends before it starts", () => {
    const totals = participationTotals([p("unemployment", "2025-11", null), p("unemployment", "2020-05", "2020-01")], "2026-02");
    expect(totals).toEqual([{ scheme: "unemployment", totalMonths: 4, duration: { years: 0, months: 4 }, gaps: [] }]);
  });

  it("returns nothing for no periods", () => {
    expect(participationTotals([], "2026-12")).toEqual([]);
  });
});
