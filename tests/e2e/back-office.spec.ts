// The back office at the counter: two citizens send declarations through the public API (real JPEGs);
// an officer of BHXH cơ sở Ba Đình signs in, "scans" the first reference (typed into the focused search
// box + Enter, as a USB scanner does), sees the photos and the match panel, approves; finds the second by
// an unaccented name and rejects it with a reason, which the citizen then reads on /tra-cuu. An officer of
// another office gets nothing (page, photo route, search); the supervisor sees the figures but not the
// administration; the admin creates a staff account. axe on every page visited.
// Uses DEMO_PARTICIPANTS[1] and [2] only (other e2e files use the others).
import { expect, test, type APIRequestContext, type Browser, type Page } from "./support/staff-session";
import sharp from "sharp";
import { Secret, TOTP } from "otpauth";
import { DEMO_PARTICIPANTS, DEMO_STAFF_PASSWORD } from "../factories/demo";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";

type Person = (typeof DEMO_PARTICIPANTS)[number];
const hung = DEMO_PARTICIPANTS[1]!; // Trần Văn Hùng
const khoa = DEMO_PARTICIPANTS[2]!; // Lê Minh Khoa

/** A real JPEG with some texture (a flat colour compresses to almost nothing and looks like no photo). */
async function jpeg(width: number, height: number, seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 7 + seed * 40) % 256;
      pixels[i + 1] = (y * 5 + seed * 90) % 256;
      pixels[i + 2] = ((x ^ y) + seed * 20) % 256;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

async function sendCounterDeclaration(request: APIRequestContext, person: Person, seed: number): Promise<string> {
  const [portrait, idFront, idBack] = await Promise.all([jpeg(600, 800, seed), jpeg(1000, 630, seed + 1), jpeg(1000, 630, seed + 2)]);
  const sent = await sendDeclaration(request, {
    person,
    phone: `0${person.phone.slice(3)}`,
    street: "Số 7 phố Đội Cấn",
    idempotencyKey: `e2e-back-office-${person.bhxhCode}`,
    photos: { portrait, idFront, idBack },
  });
  return sent.reference;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function signInAs(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/can-bo/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(heading(page)).not.toHaveText("Đăng nhập dành cho cán bộ BHXH");
  return page;
}

test("an officer finds, checks and decides declarations at the counter; other offices and roles get nothing", async ({ browser, request, baseURL, signedInAs }) => {
  test.setTimeout(240_000);
  const [hungRef, khoaRef] = [await sendCounterDeclaration(request, hung, 1), await sendCounterDeclaration(request, khoa, 4)];

  // --- Sign-in: a generic error, then the queue with the search box focused for the scanner.
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/can-bo");
  await page.waitForURL("**/can-bo/dang-nhap?next=%2Fcan-bo");
  await expect(heading(page)).toHaveText("Đăng nhập dành cho cán bộ BHXH");
  await expectNoAxeViolations(page);
  await page.getByLabel("Tên đăng nhập").fill("canbo.hn");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const error = page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng" });
  await expect(error).toBeFocused();
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("canbo.hn");
  await expectNoAxeViolations(page);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(heading(page)).toHaveText("Hàng chờ tiếp nhận");
  const search = page.getByLabel("Tìm hồ sơ");
  await expect(search).toBeFocused();
  await expect(page.getByRole("link", { name: /^Chờ tiếp nhận \(\d+\)$/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: hungRef })).toBeVisible();
  await expectNoAxeViolations(page);

  // --- The scanner types the reference and Enter into the focused box: the declaration opens.
  await page.keyboard.type(hungRef.replace(/-/g, "").toLowerCase(), { delay: 5 });
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/can-bo/ho-so/${hungRef}`);
  await expect(heading(page)).toHaveText(`Hồ sơ ${hungRef}`);
  // The three photos, large, from the staff-only route, with zoom and rotate.
  const photos = page.locator(".bo-photo img");
  await expect(photos).toHaveCount(3);
  for (const img of await photos.all()) {
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  }
  const photoSrc = (await photos.first().getAttribute("src"))!;
  expect(photoSrc).toMatch(/^\/can-bo\/anh\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Phóng to: Ảnh chân dung 3x4" }).click();
  await page.getByRole("button", { name: "Xoay 90°: Ảnh chân dung 3x4" }).click();
  await expect(page.locator(".bo-photo").first()).toContainText("150% · 90°");
  // The match panel: one master record, every field agreeing, said in words and not by colour alone.
  const match = page.getByRole("region", { name: `Hồ sơ gốc mã số BHXH ${hung.bhxhCode}` });
  await expect(page.getByText(`Tìm thấy hồ sơ gốc có mã số BHXH ${hung.bhxhCode}. Mọi thông tin đều khớp.`)).toBeVisible();
  for (const field of ["Họ và tên", "Ngày sinh", "Giới tính", "Số giấy tờ", "Mã số BHXH"]) {
    await expect(match.getByRole("row", { name: new RegExp(`^${field}`) })).toContainText("Khớp");
  }
  await expect(page.getByRole("link", { name: "In tờ khai" })).toHaveAttribute("href", `/api/v1/declarations/${hungRef}/pdf`);
  await expect(page.getByRole("row").filter({ hasText: "Mở hồ sơ" }).first()).toContainText("Vũ Văn Nam");
  await expectNoAxeViolations(page);

  // The printed form opens for the office's staff.
  const pdf = await page.request.get(`/api/v1/declarations/${hungRef}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  // Approving needs both counter checks.
  await page.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Có lỗi cần sửa" }) });
  await expect(summary).toBeFocused();
  // One statement names both counter checks (issue 11 §2), and one message asks for it.
  await expect(summary).toContainText("Đánh dấu xác nhận đã đối chiếu bản chính giấy tờ tùy thân và người kê khai đã ký tờ khai");
  await expectNoAxeViolations(page);
  await page.getByLabel("Đã đối chiếu bản chính giấy tờ tùy thân").check();
  await page.getByLabel("Người kê khai đã ký tờ khai").check();
  await page.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  await expect(page.getByText(`Đã duyệt hồ sơ ${hungRef}.`)).toBeVisible();
  await expect(page.getByLabel("Tìm hồ sơ")).toBeFocused();
  await expectNoAxeViolations(page);

  // --- The second person is found by name typed without diacritics, and rejected with a reason.
  await page.getByLabel("Tìm hồ sơ").fill("le minh khoa");
  await page.getByLabel("Tìm hồ sơ").press("Enter");
  await expect(page.getByRole("heading", { name: "Kết quả tìm “le minh khoa”" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: khoaRef });
  await expect(row).toContainText("Lê Minh Khoa");
  await expectNoAxeViolations(page);
  await row.getByRole("link", { name: khoaRef }).click();
  await expect(heading(page)).toHaveText(`Hồ sơ ${khoaRef}`);
  await page.locator("summary", { hasText: "Từ chối hồ sơ (chọn lý do)" }).click();
  await page.getByLabel("Ảnh chân dung hoặc ảnh giấy tờ không rõ").check();
  await page.getByLabel("Ghi chú gửi người kê khai").fill("Ảnh mặt trước CCCD bị lóa, vui lòng chụp lại.");
  await page.getByRole("button", { name: "Từ chối hồ sơ", exact: true }).click();
  await expect(page.getByText(`Đã từ chối hồ sơ ${khoaRef}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Deciding again from a stale page is refused with a clear message, never applied twice.
  await page.goto(`/can-bo/ho-so/${hungRef}`);
  await expect(page.getByText("Hồ sơ đã được xử lý; không thể quyết định lại.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Duyệt hồ sơ" })).toHaveCount(0);

  // --- The citizen reads the reason on /tra-cuu.
  const citizen = await browser.newContext({ baseURL });
  const lookup = await citizen.newPage();
  await lookup.goto("/tra-cuu");
  await lookup.getByLabel("Mã hồ sơ").fill(khoaRef);
  await lookup.getByLabel("Số giấy tờ tùy thân").fill(khoa.idNumber);
  await lookup.getByRole("button", { name: "Tra cứu" }).click();
  await expect(lookup.getByText("Lý do từ chối: Ảnh chân dung hoặc ảnh giấy tờ không rõ: Ảnh mặt trước CCCD bị lóa, vui lòng chụp lại.")).toBeVisible();
  await expectNoAxeViolations(lookup);
  await citizen.close();

  // --- An officer of another office: not found by page, by photo route, or by search — even with the exact reference.
  const hcm = await signedInAs("canbo.hcm");
  await expect(heading(hcm)).toHaveText("Hàng chờ tiếp nhận");
  expect((await hcm.goto(`/can-bo/ho-so/${hungRef}`))!.status()).toBe(404);
  expect((await hcm.request.get(photoSrc)).status()).toBe(404);
  expect((await hcm.request.get(`/api/v1/declarations/${khoaRef}/pdf`)).status()).toBe(404);
  await hcm.goto(`/can-bo?q=${encodeURIComponent(khoaRef)}`);
  await expect(hcm.getByText(`Không tìm thấy hồ sơ nào khớp với “${khoaRef}” tại cơ quan của bạn.`)).toBeVisible();
  await hcm.context().close();
  // Signed out, the photo route answers 404 too.
  expect((await request.get(photoSrc)).status()).toBe(404);

  // --- The supervisor sees today's figures and who decided what, but not the administration.
  const supervisor = await signedInAs("giamsat.hn");
  await supervisor.getByRole("link", { name: "Tổng quan" }).click();
  await expect(heading(supervisor)).toHaveText("Tổng quan cơ quan");
  const today = supervisor.getByRole("region", { name: "Hôm nay" });
  await expect(today.getByRole("row", { name: /^Đã duyệt/ })).not.toContainText(/\b0\b/);
  await expect(today.getByRole("row", { name: /^Vũ Văn Nam/ })).toBeVisible();
  await expect(supervisor.getByRole("row").filter({ hasText: khoaRef })).toContainText("Ảnh chân dung hoặc ảnh giấy tờ không rõ");
  await expectNoAxeViolations(supervisor);
  await expect(supervisor.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
  await supervisor.goto("/can-bo/quan-tri");
  await supervisor.waitForURL("**/can-bo?loi=quyen");
  await expect(supervisor.getByText("Bạn không có quyền mở trang đó.")).toBeVisible();
  await supervisor.context().close();

  // --- The admin creates a staff account; the temporary password is shown once.
  const admin = await signedInAs("quantri");
  await admin.getByRole("link", { name: "Quản trị" }).click();
  await expect(heading(admin)).toHaveText("Quản trị");
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "Thêm cán bộ" }).click();
  await expectNoAxeViolations(admin);
  const username = `canbo.e2e${Date.now() % 100000}`;
  await admin.getByLabel("Tên đăng nhập").fill(username);
  await admin.getByLabel("Họ và tên").fill("Đặng Thu Hà");
  await admin.getByLabel("Vai trò").selectOption("officer");
  await admin.getByLabel("Cơ quan BHXH").selectOption("0101");
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  const created = admin.getByRole("status").filter({ hasText: "Đã tạo tài khoản" });
  await expect(created).toContainText("Mật khẩu tạm thời");
  const temporaryPassword = (await created.locator(".bo-secret").textContent())!;
  // Shown in groups of 4, upper-case letters and digits without look-alikes (accepted as shown).
  expect(temporaryPassword).toMatch(/^[A-HJ-KM-NP-Z2-9]{4} [A-HJ-KM-NP-Z2-9]{4} [A-HJ-KM-NP-Z2-9]{4}$/);
  await expectNoAxeViolations(admin);

  // The new officer signs in with it and must set a new password before anything else.
  const newcomerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto("/can-bo/dang-nhap");
  await newcomer.getByLabel("Tên đăng nhập").fill(username);
  await newcomer.getByLabel("Mật khẩu", { exact: true }).fill(temporaryPassword);
  await newcomer.getByRole("button", { name: "Đăng nhập" }).click();
  await newcomer.waitForURL("**/can-bo/doi-mat-khau");
  await expect(newcomer.getByText("Bạn đang dùng mật khẩu tạm thời.")).toBeVisible();
  await expectNoAxeViolations(newcomer);
  await newcomer.goto("/can-bo");
  await newcomer.waitForURL("**/can-bo/doi-mat-khau");
  await newcomer.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("quầy số ba phố đội cấn");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("quầy số ba phố đội cấn");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await newcomer.waitForURL("**/can-bo?xong=mat-khau");
  await expect(newcomer.getByText("Đã đổi mật khẩu.")).toBeVisible();

  // The admin disables the account: the officer's open session stops working at the next request.
  await admin.goto("/can-bo/quan-tri");
  await admin.getByRole("link", { name: `Sửa ${username}` }).click();
  await expect(heading(admin)).toHaveText(`Cán bộ ${username}`);
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Khoá tài khoản" }).click();
  await expect(admin.getByText("Đã khoá tài khoản; mọi phiên đăng nhập của cán bộ đã kết thúc.")).toBeVisible();
  await newcomer.goto("/can-bo");
  await newcomer.waitForURL("**/can-bo/dang-nhap?next=%2Fcan-bo");
  expect((await newcomer.request.get(photoSrc)).status()).toBe(404);
  await newcomerContext.close();

  await admin.goto("/can-bo/quan-tri/co-quan/0101");
  await expect(heading(admin)).toHaveText("Sửa cơ quan 0101");
  await expect(admin.getByRole("checkbox", { name: "Ba Đình" })).toBeChecked();
  await expectNoAxeViolations(admin);
  await admin.context().close();

  // --- Signing out ends the session: the queue asks for sign-in again, and a copy of the session
  // cookie taken before signing out opens nothing (the session is revoked on the server).
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL("**/can-bo/dang-nhap?da-dang-xuat=1");
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible();
  await page.goto("/can-bo");
  await page.waitForURL("**/can-bo/dang-nhap?next=%2Fcan-bo");
  await context.close();
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/can-bo");
  await stolen.waitForURL("**/can-bo/dang-nhap?next=%2Fcan-bo");
  await thief.close();
});

/** The code an authenticator app would show for this secret, in the next 30-second step (never the one used before). */
async function nextTotpCode(secret: string): Promise<string> {
  const wait = 30_000 - (Date.now() % 30_000) + 500;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
}

test("a supervisor sets up two-step verification with a QR code, then signs in with the app's code", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const page = await signInAs(browser, baseURL, "giamsat.hcm");
  await page.getByRole("link", { name: "Bảo mật" }).click();
  await expect(heading(page)).toHaveText("Xác thực hai bước");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Thiết lập xác thực hai bước" }).click();
  await expect(page.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);

  // A wrong code first: a clear error, nothing turned on.
  await page.getByLabel("Mã xác thực").fill("12345");
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nhập đủ 6 chữ số" })).toBeFocused();
  await expectNoAxeViolations(page);
  const enrolCode = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
  await page.getByLabel("Mã xác thực").fill(enrolCode);
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  await expect(page.getByText("Đã bật xác thực hai bước.")).toBeVisible();
  const recoveryCodes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(recoveryCodes).toHaveCount(10);
  await expect(recoveryCodes.first()).toHaveText(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await expectNoAxeViolations(page);

  // Sign out, then in again: the password, then the code from the app.
  await page.goto("/can-bo");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL("**/can-bo/dang-nhap?da-dang-xuat=1");
  await page.getByLabel("Tên đăng nhập").fill("giamsat.hcm");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(heading(page)).toHaveText("Nhập mã xác thực");
  await expect(page.getByLabel("Mã xác thực")).toBeFocused();
  await expectNoAxeViolations(page);
  // The code used to enrol is spent: it is refused even within its 30 seconds.
  await page.getByLabel("Mã xác thực").fill(enrolCode);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Mã không đúng hoặc đã được dùng" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel("Mã xác thực").fill(await nextTotpCode(secret));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(heading(page)).toHaveText("Hàng chờ tiếp nhận");
  await page.context().close();
});
