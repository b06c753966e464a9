// The whole mission in one journey: a citizen sends a declaration (public API, real JPEGs), an officer
// approves it in the back office, the SMS with the temporary password reaches the test mailbox, the
// citizen signs in and must change it; a second device signs in with the SMS code and the first one is
// signed out with the reason. axe on every page visited.
import { expect, test, type APIRequestContext, type Page } from "./support/staff-session";
import { DEMO_PARTICIPANTS } from "../factories/demo";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";

const person = DEMO_PARTICIPANTS[4]!; // Hoàng Đức Thắng, reserved for this journey
const NATIONAL_PHONE = `0${person.phone.slice(3)}`;
const NEW_PASSWORD = "hải phòng mùa hoa phượng đỏ";
const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

type MailboxMessage = { id: string; channel: "sms" | "email"; recipient: string; template: string; body: string; createdAt: string };

/** Waits for a message in the test mailbox (newest first) that matches, and returns it. */
async function waitForMessage(request: APIRequestContext, template: string, seen: Set<string> = new Set()): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/outbox?to=${NATIONAL_PHONE}`);
        expect(response.status()).toBe(200);
        const messages = (await response.json()) as MailboxMessage[];
        found = messages.find((m) => m.channel === "sms" && m.template === template && !seen.has(m.id));
        return found !== undefined;
      },
      { timeout: 20_000, message: `an SMS "${template}" to ${NATIONAL_PHONE}` },
    )
    .toBe(true);
  return found!;
}

async function approveInBackOffice(page: Page, reference: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hàng chờ tiếp nhận");
  await expectNoAxeViolations(page);
  // At the counter the officer scans the QR code or types the reference into the search box.
  await page.getByLabel("Tìm hồ sơ").fill(reference);
  await page.getByLabel("Tìm hồ sơ").press("Enter");
  await page.waitForURL(`**/can-bo/ho-so/${reference}`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Đã đối chiếu bản chính giấy tờ tùy thân").check();
  await page.getByLabel("Người kê khai đã ký tờ khai").check();
  await page.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  await expect(page.getByText(`Đã duyệt hồ sơ ${reference}.`)).toBeVisible();
  await expectNoAxeViolations(page);
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel("Mã số BHXH").fill(person.bhxhCode);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

test("a declaration approved by an officer becomes an account used on one device at a time", async ({ page: phone, browser, request, baseURL, signedInAs }) => {
  test.setTimeout(180_000);

  // 1. The citizen sends the declaration.
  const { reference } = await sendDeclaration(request, { person, phone: NATIONAL_PHONE, street: "Số 9 phố Kim Mã", idempotencyKey: `e2e-account-${person.bhxhCode}` });

  // 2. An officer of BHXH cơ sở Ba Đình approves it.
  await approveInBackOffice(await signedInAs("canbo.hn"), reference);

  // 3. The SMS with the user name and the temporary password arrives.
  const approval = await waitForMessage(request, "approval");
  expect(approval.body).toContain(person.bhxhCode);
  const temporaryPassword = /mat khau tam: ([A-Z0-9]{4}(?: [A-Z0-9]{4})*)/.exec(approval.body)?.[1];
  expect(temporaryPassword, approval.body).toBeDefined();

  // 4. First sign-in on the phone (the project's Pixel 7): straight to the password change; the temporary one is refused as the new one.
  await phone.goto("/dang-nhap");
  await expect(phone.getByText("Lần đầu đăng nhập?")).toBeVisible();
  await expectNoAxeViolations(phone);
  await signIn(phone, "not-the-password");
  await expect(phone.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Mã số BHXH hoặc mật khẩu không đúng");
  await expectNoAxeViolations(phone);
  await signIn(phone, temporaryPassword!);
  await phone.waitForURL("**/doi-mat-khau");
  await expect(phone.getByText("Bạn đang dùng mật khẩu tạm thời")).toBeVisible();
  await expectNoAxeViolations(phone);
  // The temporary password typed seconds ago is not asked again (the session's sign-in is the proof).
  await expect(phone.getByLabel("Mật khẩu tạm thời (trong tin nhắn SMS)")).toHaveCount(0);
  await phone.getByLabel("Mật khẩu mới", { exact: true }).fill(temporaryPassword!.replace(/ /g, ""));
  await phone.getByLabel("Nhập lại mật khẩu mới").fill(temporaryPassword!.replace(/ /g, ""));
  await phone.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(phone.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Mật khẩu mới phải khác mật khẩu hiện tại");
  await expectNoAxeViolations(phone);
  // Nothing else is reachable until the password is changed.
  await phone.goto("/tai-khoan");
  await phone.waitForURL("**/doi-mat-khau");

  await phone.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await phone.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await phone.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await phone.waitForURL("**/tai-khoan?thong-bao=da-doi-mat-khau");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Tài khoản của tôi");
  await expect(phone.getByText(`Xin chào, ${person.fullName}.`)).toBeVisible();
  await expect(phone.getByRole("row", { name: new RegExp(reference) })).toContainText("Đã duyệt");
  await expect(phone.locator(".account-sessions__current")).toContainText("Chrome · Android");
  await expectNoAxeViolations(phone);

  // 5. The same account on a computer: warned, the SMS code confirms it.
  const computerContext = await browser.newContext({ baseURL, locale: "vi-VN", userAgent: DESKTOP_UA, viewport: { width: 1280, height: 900 } });
  const computer = await computerContext.newPage();
  await computer.goto("/dang-nhap");
  const otpBefore = new Set((await (await request.get(`/api/dev/outbox?to=${NATIONAL_PHONE}`)).json() as MailboxMessage[]).map((m) => m.id));
  await signIn(computer, NEW_PASSWORD);
  await expect(computer.getByRole("heading", { level: 1 })).toHaveText("Xác nhận đăng nhập trên thiết bị này");
  await expect(computer.getByText("Tài khoản đang đăng nhập trên thiết bị khác")).toBeVisible();
  await expect(computer.getByText("*******999")).toBeVisible();
  await expectNoAxeViolations(computer);
  const otp = await waitForMessage(request, "otp", otpBefore);
  const code = /\b(\d{6})\b/.exec(otp.body)?.[1];
  expect(code, otp.body).toBeDefined();
  await computer.getByLabel("Mã xác thực").fill(code!);
  await computer.getByRole("button", { name: "Xác nhận và đăng nhập" }).click();
  await computer.waitForURL("**/tai-khoan");
  await expect(computer.locator(".account-sessions__current")).toContainText("Edge · Windows");
  await expect(computer.getByText("Đã đăng xuất do đăng nhập trên thiết bị khác")).toBeVisible();
  await expectNoAxeViolations(computer);

  // 6. The phone's next page is the sign-in page, saying why.
  await phone.goto("/tai-khoan");
  await phone.waitForURL("**/dang-nhap?ly-do=thiet-bi-khac*");
  await expect(phone.getByText("Bạn đã bị đăng xuất vì tài khoản vừa đăng nhập trên thiết bị khác")).toBeVisible();
  await expectNoAxeViolations(phone);

  await computerContext.close();
});
