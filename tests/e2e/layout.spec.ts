// The portal's frame on every page: the agency header (and "Khu vực cán bộ" in the back office), the
// footer, the icons, the personal-data protection page; and no page wider than the screen, at a 360 px
// phone and a 1366 px desktop, in Vietnamese and English, for citizens and for staff signed in.
// Sends one declaration of a synthetic person (buildPerson(createRng(3213))) through the API.
import { expect, test, type Browser, type BrowserContext, type Page, type StaffUsername } from "./support/staff-session";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";

const VIEWPORTS = [
  { name: "phone", viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false },
] as const;
const LOCALES = ["vi", "en"] as const;

const CITIZEN_ROUTES = [
  "/",
  "/dang-ky",
  "/tra-cuu",
  "/dang-nhap",
  "/quen-mat-khau",
  "/tra-cuu/ma-so-bhxh",
  "/tra-cuu/co-quan-bhxh",
  "/tra-cuu/co-quan-bhxh?provinceCode=01",
  "/chinh-sach-bao-ve-du-lieu",
  "/can-bo/dang-nhap",
];

type Overflow = { path: string; scrollWidth: number; width: number; widest: string[] };

/** How far the page is wider than its layout viewport, and the elements that stick out (for the message). */
async function overflowOf(page: Page, path: string): Promise<Overflow | null> {
  const measured = await page.evaluate(() => {
    const root = document.documentElement;
    // clientWidth: the layout viewport without a scrollbar; innerWidth may grow when a phone zooms out.
    const width = Math.min(root.clientWidth, window.innerWidth);
    const widest = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} → ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: root.scrollWidth, width, widest };
  });
  return measured.scrollWidth > measured.width ? { path, ...measured } : null;
}

async function newContext(browser: Browser, baseURL: string | undefined, size: (typeof VIEWPORTS)[number], locale: (typeof LOCALES)[number], storageState?: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.hasTouch,
    locale: locale === "vi" ? "vi-VN" : "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    storageState,
  });
  await context.addCookies([{ name: "lang", value: locale, url: baseURL ?? "http://127.0.0.1" }]);
  return context;
}

async function overflowsAcross(context: BrowserContext, paths: string[]): Promise<Overflow[]> {
  const page = await context.newPage();
  const found: Overflow[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const overflow = await overflowOf(page, path);
    if (overflow) found.push(overflow);
  }
  return found;
}

test("the header names the ministry and the agency, the footer the address, hotline and data policy; icons are served", async ({ page, request }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header).toContainText("Bộ Tài chính");
  await expect(header).toContainText("Bảo hiểm xã hội Việt Nam");
  await expect(header.locator("svg.agency-mark")).toBeVisible();
  await expect(header).not.toContainText("Khu vực cán bộ");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Số 7 Tràng Thi, phường Hoàn Kiếm, Hà Nội");
  await expect(footer.getByRole("link", { name: "1900 9068" })).toHaveAttribute("href", "tel:19009068");
  await expect(page.locator('link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  for (const path of ["/favicon.ico", "/icon.svg"]) expect((await request.get(path)).status(), path).toBe(200);
  await expectNoAxeViolations(page);

  // The data policy, from the footer: what, why, how long (the numbers of the rules themselves), rights.
  await footer.getByRole("link", { name: "Chính sách bảo vệ dữ liệu cá nhân" }).click();
  await expect(page).toHaveURL(/\/chinh-sach-bao-ve-du-lieu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chính sách bảo vệ dữ liệu cá nhân");
  await expect(page).toHaveTitle(/^Chính sách bảo vệ dữ liệu cá nhân – /);
  await expect(page.getByRole("main")).toContainText("Ảnh chân dung và ảnh hai mặt giấy tờ tùy thân");
  await expect(page.getByRole("main")).toContainText(`trong ${SUBMISSION_WINDOW_DAYS} ngày kể từ khi gửi`);
  await expect(page.getByRole("main")).toContainText(/được xóa \d+ ngày sau khi tờ khai kết thúc/);
  await expect(page.getByRole("main")).toContainText("91/2025/QH15");
  await expect(page.getByRole("main")).toContainText("13/2023/NĐ-CP");
  await expect(page.getByRole("heading", { name: "Quyền của bạn" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The back office is marked as the staff area, from its sign-in page on.
  await page.goto("/can-bo/dang-nhap");
  await expect(page.getByRole("banner")).toContainText("Khu vực cán bộ");
  await expectNoAxeViolations(page);

  // The same frame in English.
  await page.goto(`/api/lang?to=en&next=${encodeURIComponent("/chinh-sach-bao-ve-du-lieu")}`);
  await expect(page.getByRole("banner")).toContainText("Ministry of Finance");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal data protection policy");
  await expect(page.getByRole("contentinfo")).toContainText("Helpline: 1900 9068");
  await expectNoAxeViolations(page);
});

test("no citizen page is wider than a 360 px phone or a 1366 px desktop, in Vietnamese or English", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const found: string[] = [];
  for (const size of VIEWPORTS) {
    for (const locale of LOCALES) {
      const context = await newContext(browser, baseURL, size, locale);
      for (const o of await overflowsAcross(context, CITIZEN_ROUTES)) found.push(`${size.name} ${locale} ${o.path}: ${o.scrollWidth}px > ${o.width}px (${o.widest.join("; ")})`);
      await context.close();
    }
  }
  expect(found).toEqual([]);
});

test("no back-office page is wider than a 360 px phone or a 1366 px desktop, in Vietnamese or English, for each role", async ({ browser, baseURL, request, staffStateFile }) => {
  test.setTimeout(300_000);
  const person = buildPerson(createRng(3213));
  const { reference } = await sendDeclaration(request, {
    person,
    phone: `0${person.phone.slice(3)}`,
    street: "Số 7 phố Đội Cấn, một địa chỉ dài để thử độ rộng của bảng đối chiếu trên màn hình điện thoại",
    idempotencyKey: `e2e-layout-${person.bhxhCode}`,
  });
  const detail = `/can-bo/ho-so/${reference}`;
  const routesByUser: Partial<Record<StaffUsername, string[]>> = {
    "canbo.hn": ["/can-bo", "/can-bo?trang-thai=all", detail],
    "giamsat.hn": ["/can-bo", "/can-bo/tong-quan", detail],
    quantri: ["/can-bo/quan-tri", "/can-bo/tong-quan"],
  };
  const found: string[] = [];
  for (const [username, paths] of Object.entries(routesByUser) as [StaffUsername, string[]][]) {
    // Signed in once through the real form (support/staff-session.ts), the state reused for each size and language.
    const state = await staffStateFile(username, baseURL);
    for (const size of VIEWPORTS) {
      for (const locale of LOCALES) {
        const context = await newContext(browser, baseURL, size, locale, state);
        for (const o of await overflowsAcross(context, paths)) found.push(`${username} ${size.name} ${locale} ${o.path}: ${o.scrollWidth}px > ${o.width}px (${o.widest.join("; ")})`);
        if (size.name === "phone" && locale === "vi") {
          const page = context.pages()[0]!;
          await expect(page.getByRole("banner")).toContainText("Khu vực cán bộ");
        }
        await context.close();
      }
    }
  }
  expect(found).toEqual([]);
});
