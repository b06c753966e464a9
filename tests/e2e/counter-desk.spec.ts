// Issue 11 §2 and §7, measured: at 1366×768 an officer scans a reference into the queue (typed + Enter,
// as a USB scanner does) and approves in at most two clicks without scrolling — the comparison, the
// counter checks and Duyệt in the first screen. A declaration that differs from the master record shows
// the differing characters, needs each field acknowledged (the server refuses otherwise) and suggests
// "Thông tin không khớp" as the rejection reason. The page stacks on a phone without overflowing; the
// supervisor's overview opens with the numbers to act on and a chart with its table, without overflowing
// at 1366 px in English nor at phone width. axe on each state.
// People: the 11th and 12th synthetic master records of the demo seed (prisma/seed.ts, createRng(1945));
// other e2e files use the first two and the named demo participants.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";
import { seededPerson } from "./support/seeded-people";
import { expect, test } from "./support/staff-session";

const clean = seededPerson(10);
const differing = seededPerson(11);

/** The day after a "YYYY-MM-DD" date, with the day of month as the master record does not have it. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function scanIntoQueue(page: Page, reference: string) {
  await expect(page.getByLabel("Tìm hồ sơ")).toBeFocused();
  await page.keyboard.type(reference, { delay: 5 });
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/can-bo/ho-so/${reference}`);
}

/** Whether the element is entirely inside the viewport as it is now. */
async function inFirstScreen(page: Page, name: string) {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

test("at 1366×768 a scanned declaration is approved in two clicks, without scrolling", async ({ request, signedInAs }) => {
  test.setTimeout(180_000);
  const { reference } = await sendDeclaration(request, { person: clean, phone: "0962555010", street: "Số 4 phố Đội Cấn", idempotencyKey: `e2e-desk-${clean.bhxhCode}` });
  const page = await signedInAs("canbo.hn");
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/can-bo");

  let clicks = 0;
  const click = async (target: ReturnType<Page["getByRole"]>) => {
    clicks++;
    await target.click({ noWaitAfter: true });
  };

  await scanIntoQueue(page, reference);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${reference}`);
  // Everything needed to decide is in the first screen: the comparison, the checks, Duyệt and Từ chối.
  const panel = page.getByRole("complementary", { name: "Đối chiếu và quyết định" });
  await expect(panel.getByText(`Tìm thấy hồ sơ gốc có mã số BHXH ${clean.bhxhCode}. Mọi thông tin đều khớp.`)).toBeInViewport();
  await expect(panel.getByRole("checkbox", { name: /Tôi xác nhận đã kiểm tra cả hai việc/ })).toBeInViewport();
  await expect(panel.locator("summary", { hasText: "Từ chối hồ sơ (chọn lý do)" })).toBeInViewport();
  expect(await inFirstScreen(page, "Duyệt hồ sơ")).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The photos are on the left, beside the panel.
  const photo = await page.locator(".bo-photo").first().boundingBox();
  const panelBox = await panel.boundingBox();
  expect(photo!.x + photo!.width).toBeLessThanOrEqual(panelBox!.x);
  await expectNoAxeViolations(page);

  await click(panel.getByRole("checkbox", { name: /Tôi xác nhận đã kiểm tra cả hai việc/ }));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await click(panel.getByRole("button", { name: "Duyệt hồ sơ", exact: true }));
  await expect(page.getByText(`Đã duyệt hồ sơ ${reference}.`)).toBeVisible();
  expect(clicks).toBeLessThanOrEqual(2);
});

test("differences from the master record are marked, each acknowledged, and 'mismatch' is the suggested reason", async ({ request, signedInAs }) => {
  test.setTimeout(180_000);
  const declaredBirth = dayAfter(differing.dateOfBirth);
  const { reference } = await sendDeclaration(request, {
    person: { ...differing, dateOfBirth: declaredBirth },
    phone: "0962555011",
    street: "Số 6 phố Đội Cấn",
    idempotencyKey: `e2e-desk-${differing.bhxhCode}`,
  });
  const page = await signedInAs("canbo.hn", `/can-bo/ho-so/${reference}`);
  await page.setViewportSize({ width: 1366, height: 768 });
  const panel = page.getByRole("complementary", { name: "Đối chiếu và quyết định" });
  await expect(panel.getByText("Có 1 thông tin khác nhau")).toBeVisible();
  const row = panel.getByRole("row", { name: /^Ngày sinh/ });
  await expect(row).toContainText("Khác nhau");
  // The differing characters are marked on both sides, in words for screen readers as well.
  const marks = row.locator("mark.bo-diff");
  expect(await marks.count()).toBeGreaterThanOrEqual(2);
  await expect(marks.first()).toContainText("khác từ đây:");
  const [y, m, d] = declaredBirth.split("-");
  await expect(row.getByRole("cell").first()).toHaveText(new RegExp(`${d}/${m}/${y}`.split("").join("(?:[^0-9/]*)")));

  // Ticking the counter statement alone is not enough: the server names the field left unacknowledged.
  await panel.getByRole("checkbox", { name: /Tôi xác nhận đã kiểm tra cả hai việc/ }).check();
  await panel.getByRole("button", { name: "Duyệt hồ sơ", exact: true }).click();
  await expect(panel.getByRole("alert")).toContainText("Có thông tin khác với cơ sở dữ liệu BHXH chưa được xác nhận từng mục; không thể duyệt.");
  await expectNoAxeViolations(page);

  // Rejecting suggests "the information does not match the records".
  await panel.locator("summary", { hasText: "Từ chối hồ sơ (chọn lý do)" }).click();
  await expect(panel.getByLabel("Thông tin không khớp với cơ sở dữ liệu BHXH")).toBeChecked();
  await expectNoAxeViolations(page);

  // The details say Việt Nam and name the commune with its type.
  await expect(page.getByRole("definition").filter({ hasText: /^Việt Nam$/ })).toBeVisible();
  await expect(page.getByText(/Số 6 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội/)).toBeVisible();

  await panel.getByRole("checkbox", { name: /Tôi xác nhận đã kiểm tra cả hai việc/ }).check();
  await panel.getByRole("checkbox", { name: "Ngày sinh: đã kiểm tra với giấy tờ bản chính, chấp nhận khác biệt" }).check();
  await panel.getByRole("button", { name: "Duyệt hồ sơ", exact: true }).click();
  await expect(page.getByText(`Đã duyệt hồ sơ ${reference}.`)).toBeVisible();
});

/** The page is no wider than the window (nothing scrolls sideways). */
async function expectNoOverflow(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.page, `page width at ${page.url()}`).toBeLessThanOrEqual(widths.window);
}

test("the declaration page stacks on a phone; the overview acts first and fits at 1366 px in English and on a phone", async ({ signedInAs, request }) => {
  test.setTimeout(180_000);
  const person = seededPerson(12);
  const { reference } = await sendDeclaration(request, { person, phone: "0962555012", street: "Số 8 phố Đội Cấn", idempotencyKey: `e2e-desk-${person.bhxhCode}` });
  const officer = await signedInAs("canbo.hn", `/can-bo/ho-so/${reference}`);
  await officer.setViewportSize({ width: 412, height: 915 });
  await officer.reload();
  await expectNoOverflow(officer);
  await expect(officer.getByRole("button", { name: "Duyệt hồ sơ", exact: true })).toBeVisible();
  await expectNoAxeViolations(officer);

  const page = await signedInAs("giamsat.hn", "/can-bo/tong-quan");
  await expect(page.getByRole("heading", { level: 2, name: "Cần xử lý" })).toBeVisible();
  const tiles = page.locator(".bo-tile");
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(0)).toContainText("Đang chờ xử lý");
  await expect(tiles.nth(1)).toContainText("Hết hạn trong 2 ngày tới");
  await expect(tiles.nth(2)).toContainText("Đã quyết định hôm nay");
  await expect(page.getByRole("img", { name: /Biểu đồ cột số hồ sơ mỗi ngày trong 30 ngày qua/ })).toBeVisible();
  await page.locator("summary", { hasText: "Bảng số liệu theo ngày" }).click();
  const table = page.getByRole("table", { name: /^Số hồ sơ mỗi ngày, từ / });
  await expect(table.getByRole("row")).toHaveCount(31);
  await expectNoOverflow(page);
  await expectNoAxeViolations(page);

  // English at 1366 px, then a phone: nothing scrolls sideways.
  await page.context().addCookies([{ name: "lang", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "To do now" })).toBeVisible();
  await expectNoOverflow(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoOverflow(page);
  await expectNoAxeViolations(page);
});
