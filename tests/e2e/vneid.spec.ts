// Registration and sign-in with VNeID against the demo identity provider (oidc-provider at
// /vneid-thu-nghiem, served by the same front server): level 2 + a full match activates the account at
// once and signs in; level 1 and a record that disagrees open the Tờ khai 01 wizard prefilled; an existing
// account signs in with VNeID; a second device signs the first one out without an SMS code. axe on every
// page, the provider's included.
// Uses DEMO_PARTICIPANTS[3] (Phạm Thu Trang) for the account (declaration.spec only sends a declaration for
// her, and this file runs after it), plus the provider's own level-1 and mismatching identities.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PARTICIPANTS } from "../factories/demo";
import { expectNoAxeViolations } from "./support/axe";

const trang = DEMO_PARTICIPANTS[3]!;

/** On the provider's page: the banner is there, axe is clean, and the person picks `name` (matching the CCCD). */
async function pickAtProvider(page: Page, idNumber: string, name: string | RegExp): Promise<void> {
  await page.waitForURL(/\/vneid-thu-nghiem\/interaction\//);
  await expect(page.getByRole("note")).toContainText("THỬ NGHIỆM");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name }).filter({ hasText: idNumber }).click();
}

test.describe.configure({ mode: "serial" });

test("the provider's pages are served in demo mode with their own strict policy", async ({ request }) => {
  const discovery = await request.get("/vneid-thu-nghiem/.well-known/openid-configuration");
  expect(discovery.status()).toBe(200);
  const metadata = (await discovery.json()) as { issuer: string; code_challenge_methods_supported: string[] };
  expect(metadata.issuer).toMatch(/\/vneid-thu-nghiem$/);
  expect(metadata.code_challenge_methods_supported).toContain("S256");
  expect(discovery.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("level 2 and a full match: the account is active at once and the person is signed in; then a second device signs the first out", async ({ page, browser }) => {
  await page.goto("/dang-ky");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Đăng ký bằng VNeID" }).click();
  await pickAtProvider(page, trang.idNumber, new RegExp(trang.fullName));

  await page.waitForURL(/\/tai-khoan\?vneid=activated/);
  await expect(page.getByText("đã được kích hoạt bằng VNeID")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Liên kết VNeID" })).toBeVisible();
  await expect(page.getByText(/Đã liên kết với VNeID từ .* \(định danh điện tử mức 2\)/)).toBeVisible();
  await expect(page.getByText(trang.bhxhCode)).toBeVisible();
  await expectNoAxeViolations(page);

  // Another phone: "Đăng nhập bằng VNeID" is the second factor, no SMS code; the first device is signed out.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "vi-VN" });
  const second = await other.newPage();
  await second.goto("/dang-nhap");
  await expectNoAxeViolations(second);
  await second.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await pickAtProvider(second, trang.idNumber, new RegExp(trang.fullName));
  await second.waitForURL(/\/tai-khoan$/);
  await expect(second.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/tai-khoan");
  await page.waitForURL(/\/dang-nhap/);
  await expect(page.getByText(/thiết bị khác/)).toBeVisible();

  // Signing in again on the first phone (an existing account): signed in, the second is now signed out.
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await pickAtProvider(page, trang.idNumber, new RegExp(trang.fullName));
  await page.waitForURL(/\/tai-khoan$/);
  await expect(page.getByText(trang.bhxhCode)).toBeVisible();
  await second.goto("/tai-khoan");
  await second.waitForURL(/\/dang-nhap/);
  await other.close();
});

test("an account made by VNeID sets a password, then unlinks VNeID and signs in with the password", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await pickAtProvider(page, trang.idNumber, new RegExp(trang.fullName));
  await page.waitForURL(/\/tai-khoan$/);
  // No password yet: unlinking is not offered, setting one is.
  await expect(page.getByRole("button", { name: "Huỷ liên kết VNeID" })).toHaveCount(0);
  await page.getByLabel("Mật khẩu mới").fill("ngắn");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu mới phải dài ít nhất")).toBeVisible();
  await expectNoAxeViolations(page);
  const password = "hồ tây mùa sen nở sớm";
  await page.getByLabel("Mật khẩu mới").fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText("Đã đặt mật khẩu.")).toBeVisible();
  await page.getByRole("button", { name: "Huỷ liên kết VNeID" }).click();
  await expect(page.getByText("Đã huỷ liên kết VNeID.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Liên kết với VNeID" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Tài khoản đang đăng nhập" }).getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL(/\/dang-nhap/);
  await page.getByLabel("Mã số BHXH").fill(trang.bhxhCode);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL(/\/tai-khoan$/);
  await expect(page.getByText("Tài khoản chưa liên kết với VNeID.", { exact: false })).toBeVisible();
});

test("level 1: the Tờ khai 01 wizard opens prefilled from VNeID, fields editable, and the counter road continues", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await pickAtProvider(page, "001195001234", /Đỗ Thị Mai/);
  await page.waitForURL(/\/dang-ky\/ke-khai\?tu=vneid/);
  await expect(page.getByTestId("vneid-prefill")).toContainText("mức 1");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Đỗ Thị Mai");
  // Editable like anything typed (the ID number, prefilled too, is on the next step, "Giấy tờ tùy thân").
  await page.getByLabel("Họ và tên").fill("Đỗ Thị Mai Anh");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Đỗ Thị Mai Anh");
  // The identity never travels in the URL.
  expect(page.url()).not.toContain("001195001234");
  await expectNoAxeViolations(page);
});

test("a record that disagrees (date of birth): the wizard opens prefilled, explaining why the counter must check", async ({ page }) => {
  await page.goto("/dang-ky");
  await page.getByRole("link", { name: "Đăng ký bằng VNeID" }).click();
  await pickAtProvider(page, "048201000777", /ngày sinh khác/);
  await page.waitForURL(/\/dang-ky\/ke-khai\?tu=vneid/);
  await expect(page.getByTestId("vneid-prefill")).toContainText("chưa khớp hoàn toàn");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Lê Minh Khoa");
  await expectNoAxeViolations(page);
});

test("cancelling at VNeID comes back with a clear message and nothing saved", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await page.waitForURL(/\/vneid-thu-nghiem\/interaction\//);
  await page.getByRole("button", { name: "Huỷ, quay lại cổng BHXH" }).click();
  await page.waitForURL(/\/dang-nhap\?vneid=cancelled/);
  await expect(page.getByRole("alert").filter({ hasText: "Bạn đã huỷ đăng nhập tại VNeID" })).toBeVisible();
  await expectNoAxeViolations(page);
});
