// The portal's languages (issue 14, the five of VssID): Vietnamese first and by default, then English,
// Korean, Simplified Chinese and Japanese. The short code is what the `lang` cookie and the catalogs use.
export const LOCALES = ["vi", "en", "ko", "zh", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored language code as a Locale; anything else (an old row, a typo) is Vietnamese. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Each language by its own name, as the language menu offers it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English", ko: "한국어", zh: "中文", ja: "日本語" };

/**
 * The BCP 47 tag for `<html lang>`, `lang` attributes and Content-Language. Chinese is always the
 * Simplified script ("zh-Hans"), so screen readers and fonts do not guess Traditional.
 */
export const LANGUAGE_TAGS: Record<Locale, string> = { vi: "vi", en: "en", ko: "ko", zh: "zh-Hans", ja: "ja" };

/** The tag given to Intl for dates and numbers: the usual region of each language. */
export const INTL_LOCALES: Record<Locale, string> = { vi: "vi-VN", en: "en-GB", ko: "ko-KR", zh: "zh-Hans-CN", ja: "ja-JP" };

/**
 * The supported language a BCP 47 tag asks for, if any: "ko-KR" → ko, "zh-CN"/"zh-Hans"/"zh-SG" → zh,
 * "ja-JP" → ja. Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) is not Simplified: no match.
 */
export function localeFromTag(tag: string): Locale | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, "-").split("-");
  const [language = ""] = parts;
  if (language === "zh") {
    const rest = parts.slice(1);
    if (rest.includes("hant") || (!rest.includes("hans") && rest.some((p) => p === "tw" || p === "hk" || p === "mo"))) return undefined;
    return "zh";
  }
  return isLocale(language) ? language : undefined;
}

/**
 * The best supported language of an Accept-Language header (RFC 9110 §12.5.4: highest q first, then the
 * order given; q=0 means "not this"), or undefined when none is supported.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, among: readonly Locale[] = LOCALES): Locale | undefined {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qText = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      const q = qText === undefined ? 1 : Number(qText);
      return { locale: localeFromTag(tag), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry): entry is { locale: Locale; q: number; index: number } => entry.locale !== undefined && among.includes(entry.locale) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale;
}

/**
 * The languages a web page may take from Accept-Language before anyone chose one in the menu. English is
 * left out: in Vietnam many phones are set to English by people who read Vietnamese best, whereas a phone
 * in Korean, Chinese or Japanese says who holds it. The menu on every page switches in one tap.
 */
export const BROWSER_LOCALES: readonly Locale[] = ["vi", "ko", "zh", "ja"];

/**
 * A web page's language: the one chosen in the language menu (the `lang` cookie), else an explicit
 * `X-Lang`, else the browser's Accept-Language among BROWSER_LOCALES, else Vietnamese. Used by the pages
 * (lib/server/i18n.ts) and by the front server's cache of public pages, whose key it is.
 */
export function pageLocale(request: { langCookie?: string | null; xLang?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(request.langCookie)) return request.langCookie;
  if (isLocale(request.xLang)) return request.xLang;
  return negotiateLocale(request.acceptLanguage, BROWSER_LOCALES) ?? DEFAULT_LOCALE;
}

/** An API answer's language: `X-Lang`, else Accept-Language among every supported language, else Vietnamese. */
export function apiLocaleFrom(request: { xLang?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(request.xLang)) return request.xLang;
  return negotiateLocale(request.acceptLanguage) ?? DEFAULT_LOCALE;
}
