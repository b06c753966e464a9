// Withdrawing a pending declaration (issue 12): the declarer on /tra-cuu with the SMS code sent to the declared
// phone, and an officer at the counter at the person's request. axe on each screen.
import { DEMO_STAFF_PASSWORD } from "../factories/demo";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { displayPhone } from "@/lib/domain/identifiers";
import { PHONE_CODE_RESEND_SECONDS } from "@/lib/domain/phone-verification";
import { expectNoAxeViolations } from "./support/axe";
import { codeIn, sendDeclaration, waitForOutboxMessage } from "./support/declarations";
import { expect, test, type Page } from "./support/test";

function person(seed: number) {
  return buildPerson(createRng(seed));
}

async function outboxIds(page: Page, to: string): Promise<Set<string>> {
  return new Set(((await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { id: string }[]).map((m) => m.id));
}

test("a declarer withdraws a pending declaration from /tra-cuu after confirming the declared phone by SMS code", async ({ page, request }) => {
  test.setTimeout(180_000);
  const declarer = person(Date.now() % 1_000_000);
  const national = displayPhone(declarer.phone);
  const sentAt = Date.now();
  const sent = await sendDeclaration(request, { person: declarer, phone: national, street: "Số 9 phố Kim Mã", idempotencyKey: `e2e-withdraw-${declarer.idNumber}` });

  await page.goto(`/tra-cuu?ma=${sent.reference}`);
  await page.getByLabel("Số giấy tờ tùy thân", { exact: true }).fill(declarer.idNumber);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByText("Rút tờ khai này", { exact: true })).toBeVisible();
  await page.getByText("Rút tờ khai này", { exact: true }).click();
  await expect(page.getByRole("heading", { name: "Rút tờ khai", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Without a confirmation of the declared phone, nothing happens.
  await page.getByRole("button", { name: "Rút tờ khai", exact: true }).click();
  await expect(page.getByText(/hãy xác nhận số điện thoại đã khai/)).toBeVisible();

  // The declaration's own confirmation used a code moments ago: one more may be asked for after the resend wait.
  await page.waitForTimeout(Math.max(0, sentAt + (PHONE_CODE_RESEND_SECONDS + 2) * 1000 - Date.now()));
  // The withdrawal's own field (the closed "Tải lại tờ khai" panel below has one too).
  await page.locator("details.withdraw-panel").filter({ hasText: "Lý do rút" }).getByLabel("Số điện thoại đã khai trong tờ khai").fill(national);
  const seen = await outboxIds(page, national);
  await page.getByRole("button", { name: "Gửi mã" }).click();
  const sms = await waitForOutboxMessage(page.request, national, "phoneVerificationCode", seen);
  await page.getByLabel("Mã xác nhận").fill(codeIn(sms));
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByText(`Đã xác nhận số điện thoại ${national}.`)).toBeVisible();
  await page.getByLabel("Lý do rút").selectOption("mistakeInDeclaration");
  await page.getByRole("button", { name: "Rút tờ khai", exact: true }).click();
  await expect(page.getByText(`Tờ khai ${sent.reference} đã được rút.`)).toBeVisible();
  await expectNoAxeViolations(page);

  const notice = await waitForOutboxMessage(page.request, national, "declarationWithdrawn");
  expect(notice.body).toContain(sent.reference);

  // Looked up again: withdrawn, and no second withdrawal offered.
  await page.goto(`/tra-cuu?ma=${sent.reference}`);
  await page.getByLabel("Số giấy tờ tùy thân", { exact: true }).fill(declarer.idNumber);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByText("Đã rút").first()).toBeVisible();
  await expect(page.getByText("Rút tờ khai này", { exact: true })).toHaveCount(0);

  // The API: the access token without a real phone confirmation is refused (422), whatever the status.
  const again = await request.post(`/api/v1/declarations/${sent.reference}/withdraw`, {
    headers: { Authorization: `Bearer ${sent.accessToken}` },
    data: { phoneVerificationToken: "pv1.x.y" },
  });
  expect(again.status()).toBe(422);
});

test("an officer of the receiving office withdraws a declaration at the person's request", async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const declarer = person((Date.now() + 7) % 1_000_000);
  const sent = await sendDeclaration(request, { person: declarer, phone: displayPhone(declarer.phone), street: "Số 3 phố Liễu Giai", idempotencyKey: `e2e-withdraw-counter-${declarer.idNumber}` });

  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/can-bo/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("canbo.hn");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Đăng nhập dành cho cán bộ BHXH");

  await page.goto(`/can-bo/ho-so/${sent.reference}`);
  await expect(page.getByRole("heading", { name: "Rút tờ khai theo đề nghị của người kê khai" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The confirmation is required.
  await page.getByLabel("Khai sai thông tin, sẽ kê khai lại").check();
  await page.getByRole("button", { name: "Rút tờ khai", exact: true }).click();
  await expect(page.getByRole("link", { name: "Đánh dấu xác nhận rằng người kê khai đề nghị rút tờ khai" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Khai sai thông tin, sẽ kê khai lại").check();
  await page.getByLabel(/Tôi đã kiểm tra giấy tờ tùy thân bản chính/).check();
  await page.getByRole("button", { name: "Rút tờ khai", exact: true }).click();
  await page.waitForURL(/\/can-bo\?xong=rut/);
  await expect(page.getByText(`Đã rút tờ khai ${sent.reference}.`)).toBeVisible();

  await page.goto(`/can-bo/ho-so/${sent.reference}`);
  await expect(page.getByRole("cell", { name: "Rút tờ khai" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rút tờ khai theo đề nghị của người kê khai" })).toHaveCount(0);
  await context.close();
});
