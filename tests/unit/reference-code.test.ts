import { describe, expect, it } from "vitest";
import {
  REFERENCE_ALPHABET,
  REFERENCE_RANDOM_LENGTH,
  generateReferenceCode,
  isReferenceCode,
  normalizeReferenceInput,
} from "@/lib/domain/reference-code";

describe("reference code alphabet", () => {
  it("has 30 distinct symbols and none of the look-alikes 0 O 1 I L U", () => {
    expect(REFERENCE_ALPHABET).toHaveLength(30);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(30);
    for (const c of "0O1ILU") expect(REFERENCE_ALPHABET).not.toContain(c);
    expect(REFERENCE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it("gives about 39 bits with 8 symbols", () => {
    const bits = REFERENCE_RANDOM_LENGTH * Math.log2(REFERENCE_ALPHABET.length);
    expect(bits).toBeGreaterThan(39);
    expect(bits).toBeLessThan(40);
  });
});

describe("generateReferenceCode", () => {
  const draws = Array.from({ length: 10_000 }, () => generateReferenceCode());

  it("has the canonical form TK-XXXX-XXXX over the alphabet", () => {
    for (const code of draws) {
      expect(code).toMatch(/^TK-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/);
      expect(isReferenceCode(code)).toBe(true);
    }
  });

  it("does not repeat over 10,000 draws", () => {
    expect(new Set(draws).size).toBe(draws.length);
  });

  it("uses every symbol of the alphabet, evenly", () => {
    const counts = new Map<string, number>();
    for (const code of draws) for (const c of code.slice(3).replace("-", "")) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""));
    // 80,000 symbols: about 2,667 each (σ ≈ 51). Taking a byte modulo 30 without rejection would give the
    // first 16 symbols 9/256 (≈ 2,812) and the other 14 8/256 (≈ 2,500); the group means must not differ like that.
    const mean = (symbols: string[]) => symbols.reduce((sum, c) => sum + (counts.get(c) ?? 0), 0) / symbols.length;
    const symbols = [...REFERENCE_ALPHABET];
    expect(Math.abs(mean(symbols.slice(0, 16)) - mean(symbols.slice(16)))).toBeLessThan(150);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(2_350);
      expect(n).toBeLessThan(2_990);
    }
  });
});

describe("normalizeReferenceInput", () => {
  it.each([
    ...["TK-7KQ4-M9XD", "tk-7kq4-m9xd", "TK7KQ4M9XD", "7KQ4M9XD", "7kq4-m9xd", " tk 7kq4 m9xd ", "TK\u20137KQ4\u2013M9XD"].map((typed) => [typed, "TK-7KQ4-M9XD"]),
    // A body that itself starts with TK is told apart by its length.
    ["TKAB2345", "TK-TKAB-2345"], ["TK-TKAB-2345", "TK-TKAB-2345"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeReferenceInput(input)).toBe(expected);
  });

  it.each([
    // 0, O, 1, I, L and U are not in the alphabet: not mapped, refused.
    "TK-7KQ4-M9X0", "TK-7KQ4-M9XO", "TK-7KQ4-M9X1", "TK-7KQ4-M9XI", "TK-7KQ4-M9XL", "TK-7KQ4-M9XU",
    "TK-7KQ4-M9X", "TK-7KQ4-M9XDD", // 7 symbols, 9 symbols
    "XX-7KQ4-M9XD", "TK-7KQ4-M9X#", "", // another prefix, a sign, nothing
  ])("refuses %j", (input) => {
    expect(normalizeReferenceInput(input)).toBeNull();
  });
});

describe("isReferenceCode", () => {
  it("accepts the canonical form", () => {
    expect(isReferenceCode("TK-7KQ4-M9XD")).toBe(true);
  });
  it.each(["tk-7kq4-m9xd", "TK7KQ4M9XD", "TK-7KQ4-M9X0", " TK-7KQ4-M9XD"])("and only that, not %j", (text) => {
    expect(isReferenceCode(text)).toBe(false);
  });
});
