import { describe, expect, it } from "vitest";
import { catalogs, translate } from "@/lib/i18n/catalog";

describe("i18n catalogs", () => {
  for (const [namespace, halves] of Object.entries(catalogs)) {
    it(`${namespace}: vi and en have the same keys, none empty`, () => {
      const vi = halves.vi as Record<string, string>;
      const en = halves.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
      for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) {
        expect(typeof value, `${namespace}.${key}`).toBe("string");
        expect(value.trim().length, `${namespace}.${key}`).toBeGreaterThan(0);
      }
    });
  }

  it("translates namespaced keys with parameters, and leaves unknown keys as they are", () => {
    expect(translate("vi", "common.home")).toBe("Trang chủ");
    expect(translate("en", "common.home")).toBe("Home");
    expect(translate("vi", "nope.missing")).toBe("nope.missing");
  });
});
