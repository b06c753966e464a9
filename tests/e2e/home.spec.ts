import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

test("the home page offers the four services in Vietnamese, and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Cổng đăng ký giao dịch điện tử/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giao dịch điện tử với cơ quan Bảo hiểm xã hội");
  const services: [string, string][] = [
    ["Đăng ký giao dịch điện tử", "/dang-ky"],
    ["Tra cứu hồ sơ", "/tra-cuu"],
    ["Đăng nhập", "/dang-nhap"],
    ["Cán bộ BHXH", "/can-bo"],
  ];
  for (const [name, href] of services) {
    await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
  await expectNoAxeViolations(page);

  // The skip link is the first thing a keyboard reaches.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeFocused();

  await page.locator("details.lang-menu summary").click();
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Electronic transactions with Vietnam Social Security");
  await expectNoAxeViolations(page);
  await page.locator("details.lang-menu summary").click();
  await page.getByRole("link", { name: "Tiếng Việt", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("liveness answers without the database; readiness reports the database and migrations", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: { status: "ok" }, migrations: { status: "ok" } } });
});
