import { describe, expect, it } from "vitest";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { catalogs, isMessageKey, translate, translateIssue, type MessageKey } from "@/lib/i18n/catalog";

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
    expect(translateIssue("vi", "nope.missing")).toBe("nope.missing");
    expect(translateIssue("vi", "Invalid input")).toBe("Invalid input");
    expect(translateIssue("en", "common.home")).toBe("Home");
  });

  it("types keys from the catalogs: a misspelled or missing key fails the typecheck", () => {
    // @ts-expect-error "commons" is not a namespace
    expect(translate("vi", "commons.home")).toBe("commons.home");
    // @ts-expect-error "homePage" is not a key of common
    expect(translate("vi", "common.homePage")).toBe("common.homePage");
    expect(isMessageKey("common.home")).toBe(true);
    expect(isMessageKey("common.homePage")).toBe(false);
    expect(isMessageKey("common")).toBe(false);
  });

  it("takes the numbers of rules from the rules, not from the text", () => {
    const windowKeys: MessageKey[] = ["home.step2", "declaration.prepareTime", "declaration.officeIntro", "declaration.lookupExpiredNext"];
    for (const locale of ["vi", "en"] as const) {
      for (const key of windowKeys) expect(translate(locale, key, { days: 99 }), key).toContain("99");
      expect(translate(locale, "officer.signInLead", { minutes: 99 })).toContain("99");
    }
    expect(translate("vi", "home.step2", { days: SUBMISSION_WINDOW_DAYS })).toContain(`${SUBMISSION_WINDOW_DAYS} ngày`);
  });
});
