// Withdrawing a pending declaration (issue 12): the declarer on /tra-cuu with the SMS code sent to the declared
// phone, and an officer at the counter at the person's request. The assisted declaration (decision 0021): an
// officer keys in Tờ khai 01 for the person at the counter (scans uploaded, the code read back), prints it and
// approves it in the same visit; without a phone, approval waits for a registered number. axe on each screen.
// The assisted declarations use synthetic master records 21 and 22 of the demo seed (prisma/seed.ts,
// createRng(1945)); counter.spec.ts uses the first two.
import path from "node:path";
import { DEMO_STAFF_PASSWORD } from "../factories/demo";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { displayPhone } from "@/lib/domain/identifiers";
import { PHONE_CODE_RESEND_SECONDS } from "@/lib/domain/phone-verification";
import { expectNoAxeViolations } from "./support/axe";
import { approveHere } from "./support/desk";
import { fillDate, temporaryFileWriter } from "./support/forms";
import { codeIn, sendDeclaration, waitForOutboxMessage } from "./support/declarations";
import { idCardJpeg } from "../fixtures/photo-files";
import { expect, test, type Page } from "./support/staff-session";

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
  await readBackCode(page, national);
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

/** The n-th synthetic master record of the demo seed: the seed draws a commune and a house number after each person. */
function syntheticRecord(n: number) {
  const rng = createRng(1945);
  for (let i = 0; i < n; i++) {
    buildPerson(rng);
    rng.next();
    rng.next();
  }
  return buildPerson(rng);
}

/** A mobile number no other spec uses, different on every run. */
function freshPhone(offset: number): string {
  return `0912${String((Date.now() + offset) % 1_000_000).padStart(6, "0")}`;
}

/** The scans the counter uploads: the real portrait of tests/fixtures and ID card images, written once. */
async function scanFiles(): Promise<{ portrait: string; idFront: string; idBack: string }> {
  const write = temporaryFileWriter("bhxh-e2e-assisted-");
  return {
    portrait: path.resolve("tests/fixtures/photos/portrait.jpg"),
    idFront: write("scan-front.jpg", await idCardJpeg("front")),
    idBack: write("scan-back.jpg", await idCardJpeg("back")),
  };
}

/** The officer types the person's details from the original ID and uploads the scans. */
async function keyInPerson(page: Page, person: ReturnType<typeof buildPerson>) {
  await page.getByLabel("Họ và tên").fill(person.fullName);
  await fillDate(page, "Ngày sinh", person.dateOfBirth);
  await page.getByLabel(person.sex === "female" ? "Nữ" : "Nam", { exact: true }).check();
  await page.getByLabel("Mã số BHXH").fill(person.bhxhCode);
  await page.getByLabel("Căn cước công dân hoặc thẻ căn cước (CCCD)").check();
  await page.getByLabel("Số giấy tờ").fill(person.idNumber);
  await fillDate(page, "Ngày cấp", person.idIssueDate);
  await page.getByRole("group", { name: "Nơi cấp" }).getByLabel("Cục Cảnh sát quản lý hành chính về trật tự xã hội").check();
  await page.getByLabel("Tỉnh/Thành phố").selectOption("01");
  const commune = page.getByLabel("Xã/Phường/Đặc khu");
  await expect(commune.locator('option[value="00004"]')).toHaveCount(1);
  await commune.selectOption("00004");
  await page.getByLabel("Số nhà, đường phố, tổ/thôn/xóm/ấp").fill("Số 5 phố Đội Cấn");
  const scans = await scanFiles();
  await page.locator("#photo-portrait-file").setInputFiles(scans.portrait);
  await page.locator("#photo-idFront-file").setInputFiles(scans.idFront);
  await page.locator("#photo-idBack-file").setInputFiles(scans.idBack);
  await expect(page.getByRole("img", { name: /^Ảnh đã chọn:/ })).toHaveCount(3);
  await page.getByLabel(/^Tôi cam kết hoàn toàn chịu trách nhiệm/).check();
  await page.getByLabel(/^Tôi đồng ý để cơ quan BHXH thu thập và xử lý dữ liệu cá nhân/).check();
}

/** "Gửi mã" to `national`, the code from the demo outbox (read back by the person at the counter), "Xác nhận". */
async function readBackCode(page: Page, national: string) {
  const seen = await outboxIds(page, national);
  await page.getByRole("button", { name: "Gửi mã" }).click();
  const sms = await waitForOutboxMessage(page.request, national, "phoneVerificationCode", seen);
  await page.getByLabel("Mã xác nhận").fill(codeIn(sms));
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByText(`Đã xác nhận số điện thoại ${national}.`)).toBeVisible();
}

const doneHeading = (page: Page) => page.getByRole("heading", { name: /^Đã gửi tờ khai TK-/ });

test("an officer keys in Tờ khai 01 for a person at the counter, the code read back, prints it and approves it in the same visit", async ({ signedInAs }) => {
  test.setTimeout(240_000);
  const person = syntheticRecord(21);
  const national = freshPhone(0);
  const page = await signedInAs("canbo.hn", "/can-bo");
  await page.getByRole("link", { name: "Kê khai hộ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kê khai Tờ khai 01 cho người đến quầy");
  await expectNoAxeViolations(page);

  // Nothing filled: the same messages as online, in one summary, and nothing sent.
  await page.getByRole("button", { name: "Gửi tờ khai" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Có lỗi cần sửa" }) });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Thêm ảnh chân dung 3x4");
  await expectNoAxeViolations(page);

  await keyInPerson(page, person);
  await page.getByRole("textbox", { name: "Điện thoại di động" }).fill(national);
  await readBackCode(page, national);
  // A double click sends one declaration (one idempotency key, the button disabled while sending).
  await page.getByRole("button", { name: "Gửi tờ khai" }).dblclick();
  await expect(doneHeading(page)).toBeVisible({ timeout: 60_000 });
  const reference = /TK-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await doneHeading(page).textContent())!)![0];
  await expectNoAxeViolations(page);

  // The same Tờ khai 01 as online, for the person to sign.
  const print = page.getByRole("link", { name: "In Tờ khai 01 để người kê khai ký (PDF)" });
  await expect(print).toHaveAttribute("href", `/api/v1/declarations/${reference}/pdf`);
  const pdf = await page.request.get(`/api/v1/declarations/${reference}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  // Straight to the officer's own decision page: the person's master record matches; approved.
  await page.getByRole("link", { name: "Kiểm tra và duyệt hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${reference}`);
  await expect(page.getByText(`Tìm thấy hồ sơ gốc có mã số BHXH ${person.bhxhCode}.`, { exact: false })).toBeVisible();
  await approveHere(page, reference);
  const approval = await waitForOutboxMessage(page.request, national, "approval");
  expect(approval.body).toContain(person.bhxhCode);

  await page.context().close();
});

test("without a phone the declaration is kept but cannot be approved until a confirmed number is registered", async ({ signedInAs }) => {
  test.setTimeout(240_000);
  const person = syntheticRecord(22);
  const page = await signedInAs("canbo.hn", "/can-bo/ho-so/moi");
  await keyInPerson(page, person);
  await page.getByLabel("Người kê khai không có số điện thoại di động").check();
  await expect(page.getByRole("button", { name: "Gửi mã" })).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi tờ khai" }).click();
  await expect(doneHeading(page)).toBeVisible({ timeout: 60_000 });
  const reference = /TK-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await doneHeading(page).textContent())!)![0];
  await expect(page.getByText(/Tờ khai không có số điện thoại: chưa thể duyệt/)).toBeVisible();

  await page.getByRole("link", { name: "Kiểm tra và duyệt hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${reference}`);
  await expect(page.getByText(/Tờ khai không có số điện thoại di động đã xác nhận nên chưa thể kích hoạt tài khoản; không thể duyệt/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Duyệt hồ sơ" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The person comes back with a phone: the number is registered with the code they read back, then approval.
  await page.getByRole("link", { name: "Đăng ký số điện thoại cho tờ khai" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Đăng ký số điện thoại cho tờ khai ${reference}`);
  await expectNoAxeViolations(page);
  const national = freshPhone(7);
  await page.getByLabel("Điện thoại di động").fill(national);
  await readBackCode(page, national);
  await page.getByRole("button", { name: "Đăng ký số điện thoại" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${reference}`);
  await approveHere(page, reference);
  await waitForOutboxMessage(page.request, national, "approval");
  await page.context().close();
});


test("an administrator has no counter: no link, the page sends them back, the send route refuses", async ({ signedInAs }) => {
  const page = await signedInAs("quantri", "/can-bo");
  await expect(page.getByRole("link", { name: "Kê khai hộ" })).toHaveCount(0);
  await page.goto("/can-bo/ho-so/moi");
  await page.waitForURL(/\/can-bo\?loi=quyen/);
  const refused = await page.request.post("/can-bo/ho-so/moi/gui", { multipart: { declaration: "{}" }, headers: { "Idempotency-Key": "e2e-assisted-admin-0001" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toBe("Chỉ cán bộ và giám sát viên của một cơ quan BHXH được kê khai hộ tại quầy.");
  await page.context().close();
});
