// The wizard on a cheap phone (issue 11 §5): on a throttled connection (DevTools' "Slow 3G") and a 4× slower
// CPU, a person who taps at once loses nothing — the start page is a plain link, and the form's controls
// stay disabled until its scripts have run (so no GET with personal data, no text that hydration resets).
// Also: every radio, checkbox and link in the form is a target of at least 44×44 px; the camera button only
// where there is a camera; a sideways portrait cropped to 3:4 on the device, with a warning.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page, type Request } from "./support/test";
import { phonePhotoJpeg } from "../fixtures/photo-files";
import { expectNoAxeViolations } from "./support/axe";
import { fillAboutStep } from "./support/forms";

/** Chrome DevTools' "Slow 3G" preset: 2 s round trip, 400 kbit/s each way (500 kbit/s × 0.8). */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1024 * 0.8) / 8, uploadThroughput: (500 * 1024 * 0.8) / 8 };

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return cdp;
}

/** Holds every script of the app until `release()`: the page is exactly as the phone shows it before hydration. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js(\?.*)?$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function expectTarget(target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.width, `${what}: width`).toBeGreaterThanOrEqual(44);
  expect(box!.height, `${what}: height`).toBeGreaterThanOrEqual(44);
}

/** Every radio, checkbox and link inside the wizard's form, measured. */
async function expectFormTargets(page: Page) {
  const form = page.locator("form.wizard");
  const controls = form.locator('input[type="radio"], input[type="checkbox"], a[href]');
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const label = (await control.getAttribute("id")) ?? (await control.textContent()) ?? `#${i}`;
    await expectTarget(control, label);
  }
}

test.slow();

test("tapping at once on Slow 3G: the start link opens the form, whose controls wait for the scripts; nothing is sent or lost", async ({ page }) => {
  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));
  await throttle(page);
  const release = await holdScripts(page);

  // The start page works as soon as its HTML is there: "Bắt đầu" is a link.
  await page.goto("/dang-ky", { waitUntil: "commit" });
  await page.getByRole("link", { name: "Bắt đầu" }).click();
  await expect(page).toHaveURL(/\/dang-ky\/ke-khai$/);
  await expect(heading(page)).toContainText("Bước 1/5", { timeout: 60_000 });

  // Before the scripts: the form is there, but disabled, saying it is loading.
  await expect(page.getByRole("status").filter({ hasText: "Đang tải biểu mẫu" })).toBeVisible();
  const fullName = page.getByLabel("Họ và tên");
  await expect(fullName).toBeDisabled();
  const continueButton = page.getByRole("button", { name: "Tiếp tục" });
  await expect(continueButton).toBeDisabled();
  // The impatient tap: on the button and into the field, then typing. Nothing happens.
  await continueButton.click({ force: true });
  await fullName.click({ force: true });
  await page.keyboard.type("Nguyễn Thị");
  await expect(page).toHaveURL(/\/dang-ky\/ke-khai$/);
  await expect(fullName).toHaveValue("");

  // The scripts arrive (still on Slow 3G, CPU 4× slower): the same page becomes usable, on the same step.
  release();
  await expect(fullName).toBeEnabled({ timeout: 90_000 });
  await expect(page.getByRole("status").filter({ hasText: "Đang tải biểu mẫu" })).toHaveCount(0);
  await fullName.fill("Nguyễn Thị Ngọc Hường");
  await continueButton.click();
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toBeFocused();
  await expect(fullName).toHaveValue("Nguyễn Thị Ngọc Hường");
  await expect(page).toHaveURL(/\/dang-ky\/ke-khai$/);

  // No request ever carried a form field (a GET submission would put them in the URL).
  for (const r of requests) expect(new URL(r.url()).search, r.url()).not.toMatch(/fullName|declarant|dateOfBirth/);
});

test("the form's radios, checkboxes and links are targets of at least 44×44 px; the home page's cards are whole-card links", async ({ page }) => {
  await page.goto("/dang-ky/ke-khai");
  await expect(page.getByLabel("Họ và tên")).toBeEnabled();
  await expectFormTargets(page);

  // Step 2 (the document type radios).
  await fillAboutStep(page);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(heading(page)).toContainText("Bước 2/5");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  // The error summary's links are in the form too.
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toBeFocused();
  await expectFormTargets(page);
  await expectNoAxeViolations(page);

  // Home: the main action is a large button; a tap anywhere on a card follows its link.
  await page.goto("/");
  await expectTarget(page.getByRole("link", { name: "Bắt đầu đăng ký" }), "home main action");
  const card = page.locator(".card").filter({ has: page.getByRole("link", { name: "Tra cứu hồ sơ", exact: true }) });
  const box = (await card.boundingBox())!;
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  await expect(page).toHaveURL(/\/tra-cuu$/);
});

/** Opens the form on its photos step (a draft saved on the device says where the person was). */
async function openPhotosStep(page: Page) {
  await page.addInitScript(() => {
    window.localStorage.setItem("bhxh:dang-ky:v1", JSON.stringify({ values: {}, step: 3, idempotencyKey: null, savedAt: Date.now() }));
  });
  await page.goto("/dang-ky/ke-khai");
  await expect(heading(page)).toContainText("Bước 4/5");
}

test("the camera button only on a device with a camera; a sideways portrait is cropped to 3:4 and the person warned", async ({ page }) => {
  // Headless Chromium has no camera: "Chọn ảnh có sẵn" only.
  await openPhotosStep(page);
  await expect(page.getByText("Chọn ảnh có sẵn", { exact: true })).toHaveCount(3);
  await expect(page.getByText("Chụp ảnh", { exact: true })).toHaveCount(0);

  // A phone with a camera (enumerateDevices lists one, as it does before any permission is asked).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: { enumerateDevices: async () => [{ kind: "videoinput", deviceId: "", groupId: "", label: "" }] } });
  });
  await page.reload();
  await expect(page.getByText("Chụp ảnh", { exact: true })).toHaveCount(3);

  // A 4000×3000 "portrait" (the phone held sideways): cropped on the device to 600×800, shown in the 3:4 frame, with a warning.
  const dir = mkdtempSync(path.join(tmpdir(), "bhxh-e2e-portrait-"));
  const sideways = path.join(dir, "sideways.jpg");
  writeFileSync(sideways, await phonePhotoJpeg({ seed: 31 }));
  await page.locator("#photo-portrait-file").setInputFiles(sideways);
  await expect(page.getByText(/Ảnh chân dung này được chụp ngang/)).toBeVisible();
  await expect(page.getByText(/600×800 điểm ảnh/)).toBeVisible();
  const frame = (await page.getByTestId("portrait-frame").boundingBox())!;
  expect(Math.abs(frame.width / frame.height - 3 / 4)).toBeLessThan(0.02);
  await expectNoAxeViolations(page);
});
