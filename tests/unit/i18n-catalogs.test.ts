import { describe, expect, it } from "vitest";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { catalogs, isMessageKey, translate, translateIssue, type MessageKey } from "@/lib/i18n/catalog";
import { LOCALES, localeFromTag, negotiateLocale, BROWSER_LOCALES } from "@/lib/i18n/config";
import { formatCalendarDay, formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n catalogs", () => {
  for (const [namespace, byLocale] of Object.entries(catalogs)) {
    const vi = byLocale.vi as Record<string, string>;
    for (const locale of LOCALES) {
      it(`${namespace}.${locale}: exactly vi's keys, no empty string, the same {placeholders} as vi`, () => {
        const table = byLocale[locale] as Record<string, string>;
        expect(Object.keys(table).sort()).toEqual(Object.keys(vi).sort());
        for (const [key, value] of Object.entries(table)) {
          expect(typeof value, `${locale}:${namespace}.${key}`).toBe("string");
          expect(value.trim().length, `${locale}:${namespace}.${key}`).toBeGreaterThan(0);
          expect(placeholders(value), `${locale}:${namespace}.${key}`).toEqual(placeholders(vi[key] ?? ""));
        }
      });
    }
  }

  it("translates namespaced keys with parameters, and leaves unknown keys as they are", () => {
    expect(translate("vi", "common.home")).toBe("Trang chủ");
    expect(translate("en", "common.home")).toBe("Home");
    expect(translate("ko", "lookups.rateLimited", { minutes: 7 })).toBe("조회 횟수가 너무 많습니다. 7분 후에 다시 시도해 주세요.");
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

  it("Korean is written in Hangul, not left in English or Vietnamese", () => {
    // SMS keys are unaccented Vietnamese by design (one GSM-7 segment in every language); values without
    // a word of Latin letters (codes, "{place}, {date}", names of languages) need no Hangul.
    const notHangul: string[] = [];
    for (const [namespace, byLocale] of Object.entries(catalogs)) {
      for (const [key, value] of Object.entries(byLocale.ko as Record<string, string>)) {
        const words = value.replace(/\{\w+\}/g, "");
        if (/Sms/.test(key) || !/[A-Za-zÀ-ỹ]{3}/.test(words)) continue;
        if (!/[\uac00-\ud7a3]/.test(words)) notHangul.push(`${namespace}.${key}`);
      }
    }
    // The two switch keys name Vietnamese on purpose; CCCD is the card's own name.
    expect(notHangul.sort()).toEqual(["common.switchTo", "common.switchToLabel"]);
  });
});

describe("choosing the language", () => {
  // Language tags to the five languages, Simplified Chinese only.
  it.each([["ko-KR", "ko"], ["ja-JP", "ja"], ["vi-VN", "vi"], ["zh-CN", "zh"], ["zh-Hans", "zh"], ["zh-Hans-SG", "zh"], ["zh", "zh"]])("maps the tag %s to %s", (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });
  it.each(["zh-TW", "zh-Hant-HK", "fr-FR"])("maps the tag %s to none", (tag) => {
    expect(localeFromTag(tag)).toBeUndefined();
  });

  // Accept-Language by quality, then by order, ignoring q=0 and unsupported languages.
  it.each([["fr-FR, ko-KR;q=0.8, en;q=0.9", "en"], ["ja-JP;q=0.5, zh-CN;q=0.5", "ja"], ["zh-TW, zh-Hans;q=0.7", "zh"]])("follows Accept-Language %j to %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
  it.each(["ko;q=0, de", "", null])("finds no language in Accept-Language %j", (header) => {
    expect(negotiateLocale(header)).toBeUndefined();
  });

  it("web pages do not switch to English from the browser alone (many phones in Vietnam are set to English)", () => {
    expect(negotiateLocale("en-US,en;q=0.9", BROWSER_LOCALES)).toBeUndefined();
    expect(negotiateLocale("en-US,en;q=0.9,vi;q=0.8", BROWSER_LOCALES)).toBe("vi");
    expect(negotiateLocale("ko-KR,ko;q=0.9,en-US;q=0.8", BROWSER_LOCALES)).toBe("ko");
  });
});

describe("dates and numbers per language", () => {
  // 20:30 UTC on 15 March is 03:30 on 16 March in Vietnam.
  const instant = new Date("2025-03-15T20:30:00Z");

  it("writes the Vietnamese day in each language's style", () => {
    expect(formatDate("vi", instant)).toBe("16/03/2025");
    expect(formatDate("en", instant)).toBe("16/03/2025");
    expect(formatDate("ko", instant)).toBe("2025. 3. 16.");
    expect(formatDate("zh", instant)).toBe("2025/3/16");
    expect(formatDate("ja", instant)).toBe("2025/3/16");
    expect(formatDate("en", instant, "long")).toBe("16 March 2025");
    expect(formatDate("ko", instant, "long")).toBe("2025년 3월 16일");
    expect(formatDate("zh", instant, "long")).toBe("2025年3月16日");
    expect(formatDate("ja", instant, "long")).toBe("2025年3月16日");
  });

  it("writes times on the Vietnam clock, 24-hour", () => {
    expect(formatDateTime("vi", instant)).toBe("16/03/2025 03:30");
    expect(formatDateTime("ko", instant)).toBe("2025. 3. 16. 03:30");
    expect(formatDateTime("ja", instant)).toBe("2025/3/16 03:30");
  });

  it("writes a calendar date (a birth date) without moving it across time zones", () => {
    expect(formatCalendarDay("vi", "1990-03-27")).toBe("27/03/1990");
    expect(formatCalendarDay("ko", "1990-03-27")).toBe("1990. 3. 27.");
    expect(formatCalendarDay("zh", new Date("1990-03-27T00:00:00Z"))).toBe("1990/3/27");
    expect(formatCalendarDay("ja", "27/03/19")).toBe("27/03/19");
  });

  it("uses each language's separators", () => {
    expect(formatNumber("vi", 1234567.5)).toBe("1.234.567,5");
    expect(formatNumber("ko", 1234567.5)).toBe("1,234,567.5");
    expect(formatNumber("ja", 1234567.5)).toBe("1,234,567.5");
  });
});
