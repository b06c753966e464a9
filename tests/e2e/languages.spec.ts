// The five languages (issue 14): every main page in vi, en, ko, zh and ja, reached through the language
// menu, with the right <html lang>, a heading in that language, and no axe violation.
import { expect, test, type Page } from "@playwright/test";
import { catalogs } from "@/lib/i18n/catalog";
import { LANGUAGE_TAGS, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import { expectNoAxeViolations } from "./support/axe";

const PAGES: { path: string; heading: (locale: Locale) => string }[] = [
  { path: "/", heading: (l) => catalogs.home[l].title },
  { path: "/dang-ky", heading: (l) => catalogs.declaration[l].pageTitle },
  { path: "/tra-cuu", heading: (l) => catalogs.declaration[l].lookupTitle },
  { path: "/dang-nhap", heading: (l) => catalogs.account[l].signInTitle },
  { path: "/tra-cuu/ma-so-bhxh", heading: (l) => catalogs.lookups[l].bhxhCodeTitle },
  { path: "/tra-cuu/co-quan-bhxh", heading: (l) => catalogs.lookups[l].officesTitle },
  { path: "/tra-cuu/co-so-kcb", heading: (l) => catalogs.registries[l].facilitiesTitle },
  { path: "/tra-cuu/don-vi", heading: (l) => catalogs.registries[l].employersTitle },
  { path: "/can-bo/dang-nhap", heading: (l) => catalogs.officer[l].signInTitle },
];

/** Opens the header's language menu and picks a language by its own name. */
async function chooseLanguage(page: Page, locale: Locale) {
  const menu = page.locator("details.lang-menu");
  // A click that lands while React hydrates can be lost: open the menu until it is open.
  await expect(async () => {
    if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
    await expect(menu).toHaveAttribute("open", "", { timeout: 1000 });
  }).toPass();
  const option = menu.getByRole("link", { name: LOCALE_NAMES[locale], exact: true });
  await expect(option).toHaveAttribute("lang", LANGUAGE_TAGS[locale]);
  await option.click();
}

for (const locale of LOCALES) {
  test(`the main pages in ${LOCALE_NAMES[locale]} (${locale})`, async ({ page }) => {
    await page.goto("/");
    await chooseLanguage(page, locale);
    await expect(page).toHaveURL(/\/$/);
    for (const { path, heading } of PAGES) {
      if (path !== "/") await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", LANGUAGE_TAGS[locale]);
      await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading(locale));
      // The menu names the current language in its own script, marked with its language.
      await expect(page.locator("details.lang-menu summary [lang]")).toHaveText(LOCALE_NAMES[locale]);
      await expectNoAxeViolations(page);
    }
  });
}

test("the menu offers the five languages by their own names, keeps the page and its query, and works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/tra-cuu?ma=TK-7KQ4-M9XD");
  await page.locator("details.lang-menu summary").click();
  await expect(page.locator("details.lang-menu")).toHaveAttribute("open", "");
  const options = page.locator("details.lang-menu a");
  await expect(options).toHaveCount(5);
  for (const [index, name] of ["Tiếng Việt", "English", "한국어", "中文", "日本語"].entries()) {
    await expect(options.nth(index)).toHaveAccessibleName(name);
  }
  await expect(options.nth(0)).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "日本語", exact: true }).click();
  await expect(page).toHaveURL(/\/tra-cuu\?ma=TK-7KQ4-M9XD$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogs.declaration.ja.lookupTitle);
  await context.close();
});

test("a browser set to Korean gets Korean before choosing; one set to English stays in Vietnamese", async ({ browser }) => {
  // The browser's locale is what it sends as Accept-Language.
  for (const [acceptLanguage, expected] of [
    ["ko-KR", "ko"],
    ["zh-CN", "zh-Hans"],
    ["ja-JP", "ja"],
    ["en-US", "vi"],
  ] as const) {
    const context = await browser.newContext({ locale: acceptLanguage });
    const page = await context.newPage();
    await page.goto("/tra-cuu/ma-so-bhxh");
    await expect(page.locator("html"), acceptLanguage).toHaveAttribute("lang", expected);
    await context.close();
  }
});

test("the API answers in the language of Accept-Language", async ({ request }) => {
  const response = await request.get("/api/v1/declarations/TK-0000-0000", { headers: { "Accept-Language": "ja-JP,ja;q=0.9", "X-Id-Number": "001090012345" } });
  expect(response.headers()["content-language"]).toBe("ja");
  const body = (await response.json()) as { message?: string };
  expect(body.message).toBe(catalogs.declaration.ja.server_notFound);
});
