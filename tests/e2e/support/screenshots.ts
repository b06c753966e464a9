// Shared by the screenshot comparisons (tests/e2e/screenshots-*.spec.ts; decision 0029): the two sizes,
// a fixed clock for the browser, and a page made still (web fonts loaded, nothing moving) before the shot.
import type { Browser, Page } from "@playwright/test";

/** A phone (the suite's Pixel 7 project) and a desk screen. */
export const SIZES = {
  phone: { width: 412, height: 915 },
  desktop: { width: 1366, height: 900 },
} as const;
export type SizeName = keyof typeof SIZES;

/** The browser's clock for every shot (the server's own dates are masked where they show). */
export const FIXED_TIME = new Date("2026-12-02T09:30:00+07:00");

/** A new page at `size`, Vietnamese, Vietnam time, its clock fixed. */
export async function pageAt(browser: Browser, baseURL: string | undefined, size: SizeName, storageState?: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: SIZES[size],
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    ...(size === "phone" ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_TIME);
  return page;
}

/** Waits until fonts and images are in and the focus ring of an autofocused field is gone. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => img.addEventListener("load", r, { once: true })))));
    (document.activeElement as HTMLElement | null)?.blur();
  });
}
