// What an account unlocks (issue 13): a demo person's declaration is approved, she signs in on her phone
// and opens her digital BHYT card (its QR, screenshotted from the page, decodes to her card), her
// participation history (filter, PDF statement), her benefits and her medical visits; each view appears
// in "Lịch sử truy cập". Someone else's visit is a 404; an anonymous visitor and an officer get nothing.
// axe on every page. Uses DEMO_PARTICIPANTS[5] only (other e2e files use the others).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./support/staff-session";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { parseBhytQr } from "../../lib/domain/qr-payloads";
import { DEMO_PARTICIPANTS } from "../factories/demo";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";
import { approveHere, openFromQueue } from "./support/desk";

const person = DEMO_PARTICIPANTS[5]!; // Đặng Thu Hà, her card expires within 30 days
const NATIONAL_PHONE = `0${person.phone.slice(3)}`;
const NEW_PASSWORD = "sông hồng mùa nước đỏ phù sa";

type MailboxMessage = { id: string; channel: "sms" | "email"; template: string; body: string };

async function approvalSms(request: APIRequestContext): Promise<string> {
  let body = "";
  await expect
    .poll(
      async () => {
        const messages = (await (await request.get(`/api/dev/outbox?to=${NATIONAL_PHONE}`)).json()) as MailboxMessage[];
        body = messages.find((m) => m.channel === "sms" && m.template === "approval")?.body ?? "";
        return body !== "";
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return /mat khau tam: ([A-Z0-9]{4}(?: [A-Z0-9]{4})*)/.exec(body)![1]!;
}

test("a signed-in holder sees her card, participation, benefits and visits; nobody else does", async ({ page, request, signedInAs }) => {
  test.setTimeout(180_000);

  // Nobody signed in: the pages send to the sign-in page, the statement is a 404.
  await page.goto("/tai-khoan/the-bhyt");
  await page.waitForURL("**/dang-nhap?tiep=%2Ftai-khoan%2Fthe-bhyt");
  expect((await request.get("/tai-khoan/qua-trinh-tham-gia/ban-in", { maxRedirects: 0 })).status()).toBe(404);

  // The account: declared, approved at the counter, first password changed.
  const { reference } = await sendDeclaration(request, { person, phone: NATIONAL_PHONE, street: "Số 27 phố Văn Cao", idempotencyKey: `e2e-records-${person.bhxhCode}` });
  const officer = await signedInAs("canbo.hn");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Hàng chờ tiếp nhận");
  await openFromQueue(officer, reference);
  await approveHere(officer, reference);
  // An officer's session does not open a citizen's records.
  await officer.goto("/tai-khoan/the-bhyt");
  await officer.waitForURL("**/dang-nhap?tiep=*");
  expect((await officer.request.get("/tai-khoan/qua-trinh-tham-gia/ban-in", { maxRedirects: 0 })).status()).toBe(404);
  await officer.context().close();

  const temporaryPassword = await approvalSms(request);
  await page.goto("/dang-nhap?tiep=%2Ftai-khoan");
  await page.getByLabel("Mã số BHXH").fill(person.bhxhCode);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(temporaryPassword);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL("**/doi-mat-khau");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL("**/tai-khoan?thong-bao=da-doi-mat-khau");
  await expect(page.getByText("Chưa có lần xem nào.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The card: its face, the expiry notice, and a QR a reader decodes to her card.
  await page.getByRole("link", { name: "Thẻ BHYT điện tử" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thẻ BHYT điện tử");
  await expect(page.locator(".bhyt-card__number")).toContainText(person.bhxhCode);
  await expect(page.locator(".bhyt-card")).toContainText(person.fullName);
  await expect(page.getByRole("status")).toContainText("Thẻ sẽ hết hạn sau");
  await expectNoAxeViolations(page);
  const qr = page.getByRole("img", { name: /Mã QR của thẻ BHYT số/ });
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(250); // CSS px on the phone: about 6–7 cm
  const wasm = readFileSync(path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm"));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  const decoded = await readBarcodes(new Uint8Array(await qr.screenshot()), { formats: ["QRCode"] });
  const card = parseBhytQr(decoded[0]?.text ?? "");
  expect(card).toMatchObject({ ok: true, value: { bhxhCode: person.bhxhCode, fullName: person.fullName, dateOfBirth: person.dateOfBirth } });

  // Participation: totals, the filter (a plain GET form), the PDF statement.
  await page.goto("/tai-khoan");
  await page.getByRole("link", { name: "Quá trình tham gia BHXH, BHYT, BHTN" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quá trình tham gia");
  await expect(page.getByRole("table", { name: "Tổng thời gian theo loại bảo hiểm" })).toContainText("BHXH bắt buộc");
  await expectNoAxeViolations(page);
  await page.getByLabel("Xem theo loại bảo hiểm").selectOption("health");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await page.waitForURL("**/qua-trinh-tham-gia?loai=health");
  const tags = await page.locator(".records-list .tag").allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  expect(new Set(tags)).toEqual(new Set(["Bảo hiểm y tế"]));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bản in quá trình tham gia (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^QT-\d{8}-[0-9A-F]{8}\.pdf$/);

  // Benefits and visits.
  await page.goto("/tai-khoan/huong-che-do");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các chế độ đã hưởng");
  await expect(page.locator("main")).toContainText("₫");
  await expectNoAxeViolations(page);
  await page.goto("/tai-khoan/lich-su-kcb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lịch sử khám, chữa bệnh BHYT");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Xem chi tiết lần khám ngày/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chi tiết lần khám, chữa bệnh");
  await expect(page.getByRole("table", { name: "Chi phí khám, chữa bệnh" })).toContainText("Quỹ BHYT chi trả");
  await expectNoAxeViolations(page);

  // Visit 1 belongs to another demo person (seeded first): not found, as if it did not exist.
  const other = await page.goto("/tai-khoan/lich-su-kcb/1");
  expect(other?.status()).toBe(404);

  // Every view is in her "Lịch sử truy cập", with the device.
  await page.goto("/tai-khoan");
  const views = page.getByRole("list", { name: "Lịch sử truy cập" });
  await expect(views).toContainText("Thẻ BHYT");
  await expect(views).toContainText("Bản in quá trình tham gia");
  await expect(views).toContainText("Chrome · Android");
  await expectNoAxeViolations(page);
});
