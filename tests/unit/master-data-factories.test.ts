// The demo's master data is deterministic and looks like real careers: a registry across the 34 provinces,
// periods with gaps and overlapping schemes, a maternity benefit for a mother, visits whose costs add up.
import { describe, expect, it } from "vitest";
import { parseBhytCardNumber } from "@/lib/domain/bhyt-card";
import { monthIndex, participationTotals } from "@/lib/domain/months";
import { loadAdministrativeUnits } from "@/tests/factories/administrative-units";
import { buildEmployers, buildMasterRecords, buildMedicalFacilities } from "@/tests/factories/master-data";
import { createRng } from "@/tests/factories/random";

const { provinces } = loadAdministrativeUnits();
const facilities = buildMedicalFacilities(provinces);
const employers = buildEmployers(provinces);
const today = new Date("2026-12-01T03:00:00Z");
const mother = { bhxhCode: "0134567890", dateOfBirth: "1992-03-15", sex: "female" as const };

describe("master-data factories", () => {
  it("make a few hundred synthetic facilities and employers in every one of the 34 provinces", () => {
    expect(provinces).toHaveLength(34);
    for (const registry of [facilities, employers]) {
      expect(registry.length).toBeGreaterThanOrEqual(250);
      expect(new Set(registry.map((r) => r.provinceCode)).size).toBe(34);
      expect(registry.every((r) => r.synthetic && r.name.includes("mô phỏng"))).toBe(true);
      expect(new Set(registry.map((r) => r.code)).size).toBe(registry.length);
    }
  });

  it("are the same for the same seed and day", () => {
    const a = buildMasterRecords(createRng(7), mother, employers, facilities, { today });
    const b = buildMasterRecords(createRng(7), mother, employers, facilities, { today });
    expect(a).toEqual(b);
  });

  it("make careers with gaps, parallel schemes, a valid card, benefits and visits that add up", () => {
    const rng = createRng(1986);
    let withGaps = 0;
    let withVoluntary = 0;
    for (let i = 0; i < 50; i++) {
      const person = { ...mother, bhxhCode: `01${String(10_000_000 + i)}` };
      const r = buildMasterRecords(rng, person, employers, facilities, { today, cardExpiringSoon: i === 0 });
      const totals = participationTotals(r.periods, "2026-12");
      if (totals.some((t) => t.gaps.length > 0)) withGaps++;
      if (r.periods.some((p) => p.scheme === "voluntarySocial")) withVoluntary++;
      for (const p of r.periods) {
        expect(monthIndex(p.fromMonth)).not.toBeNull();
        if (p.toMonth) expect(p.toMonth >= p.fromMonth).toBe(true);
      }
      expect(parseBhytCardNumber(r.card.cardNumber)?.bhxhCode).toBe(person.bhxhCode);
      expect(r.card.validFrom.getTime()).toBeLessThanOrEqual(today.getTime());
      const daysLeft = (r.card.validTo!.getTime() - today.getTime()) / 86_400_000;
      if (i === 0) expect(daysLeft).toBeLessThanOrEqual(30);
      else expect(daysLeft).toBeGreaterThan(30);
      for (const v of r.visits) expect(v.paidByInsurance + v.paidByPatient).toBe(v.totalCost);
      if (r.periods.some((p) => p.scheme === "compulsorySocial" && monthIndex(p.toMonth ?? "2026-12")! - monthIndex(p.fromMonth)! >= 12)) {
        expect(r.benefits.some((b) => b.kind === "maternity")).toBe(true);
        expect(r.visits.some((v) => v.icd10Code === "O80")).toBe(true);
      }
    }
    expect(withGaps).toBeGreaterThan(20);
    expect(withVoluntary).toBeGreaterThan(5);
  });
});
