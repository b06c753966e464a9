// The citizen's declaration on a phone: every step of /dang-ky with real phone-sized photos, the error
// summary, a reload mid-way, sending (with a lost answer and a retry), the confirmation, /tra-cuu, and
// the duplicate rule. Uses DEMO_PARTICIPANTS[0] and [3] only (other e2e files use the others).
import { devices, expect, test, type Page, type Request } from "./support/staff-session";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { formatDateVi } from "@/lib/domain/dates";
import { displayPhone } from "@/lib/domain/identifiers";
import { PHONE_CODE_RESEND_SECONDS } from "@/lib/domain/phone-verification";
import { DEMO_PARTICIPANTS } from "../factories/demo";
import { phonePhotoJpeg, smallJpeg, textFileNamedJpg } from "../fixtures/photo-files";
import { expectNoAxeViolations } from "./support/axe";
import { fillDate, startDeclaration, temporaryFileWriter } from "./support/forms";
import { codeIn, waitForOutboxMessage } from "./support/declarations";

type Person = (typeof DEMO_PARTICIPANTS)[number];
type Photos = { portrait: string; idFront: string; idBack: string; notAnImage: string; tooSmall: string };

const DRAFT_KEY = "bhxh:dang-ky:v1";
let photos: Photos;

test.beforeAll(async () => {
  // Real camera-sized photos (4000×3000, 3.5–4 MB, EXIF orientation and GPS), written once per run.
  const write = temporaryFileWriter("bhxh-e2e-declaration-");
  photos = {
    // Held upright: the sensor image is landscape, EXIF orientation 6 turns it to 3000×4000.
    portrait: write("ui-selfie.jpg", await phonePhotoJpeg({ seed: 11, orientation: 6, gps: true })),
    idFront: write("ui-id-front.jpg", await phonePhotoJpeg({ seed: 12, gps: true })),
    idBack: write("ui-id-back.jpg", await phonePhotoJpeg({ seed: 13 })),
    notAnImage: write("ui-not-a-photo.jpg", textFileNamedJpg()),
    tooSmall: write("ui-tiny.jpg", await smallJpeg(100, 80)),
  };
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const errorSummary = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Có lỗi cần sửa" }) });
const continueButton = (page: Page) => page.getByRole("button", { name: "Tiếp tục" });

/** The start page's "Bắt đầu": the form opens on its first step. */
const start = startDeclaration;

/** "Về bạn", then "Tiếp tục" to "Giấy tờ tùy thân" and its fields (not sent on). */
async function fillPersonal(page: Page, person: Person, idNumber = person.idNumber) {
  await page.getByLabel("Họ và tên").fill(person.fullName);
  await fillDate(page, "Ngày sinh", person.dateOfBirth);
  await page.getByLabel(person.sex === "female" ? "Nữ" : "Nam", { exact: true }).check();
  // Copied from the BHYT card whole (15 characters): its last 10 digits are the BHXH code.
  await page.getByLabel("Mã số BHXH").fill(`HS401${person.bhxhCode}`);
  await page.getByLabel("Mã số BHXH").blur();
  await expect(page.getByLabel("Mã số BHXH")).toHaveValue(person.bhxhCode);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 2/5");
  await expect(heading(page)).toContainText("Giấy tờ tùy thân");
  await page.getByLabel("Căn cước công dân hoặc thẻ căn cước (CCCD)").check();
  await page.getByLabel("Số giấy tờ").fill(idNumber);
  await fillDate(page, "Ngày cấp", person.idIssueDate);
  // A CCCD's issuing authority is a choice.
  await page.getByRole("group", { name: "Nơi cấp" }).getByLabel("Cục Cảnh sát quản lý hành chính về trật tự xã hội").check();
}

/** "Gửi mã", the code from the demo outbox, "Xác nhận": the contact step's phone confirmation. */
async function confirmPhoneInWizard(page: Page, person: Person) {
  const national = displayPhone(person.phone);
  const seen = new Set(((await (await page.request.get(`/api/dev/outbox?to=${national}`)).json()) as { id: string }[]).map((m) => m.id));
  await page.getByRole("button", { name: "Gửi mã" }).click();
  await expect(page.getByText(`Đã gửi mã tới ${national}. Mã có hiệu lực 10 phút.`)).toBeVisible();
  const sms = await waitForOutboxMessage(page.request, national, "phoneVerificationCode", seen);
  await page.getByLabel("Mã xác nhận").fill(codeIn(sms));
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByText(`Đã xác nhận số điện thoại ${national}.`)).toBeVisible();
}

async function fillContact(page: Page, person: Person, confirm = true) {
  await page.getByLabel("Tỉnh/Thành phố").selectOption(person.provinceCode);
  const commune = page.getByLabel("Xã/Phường/Đặc khu");
  await expect(commune.locator(`option[value="${person.communeCode}"]`)).toHaveCount(1);
  await commune.selectOption(person.communeCode);
  await page.getByLabel("Số nhà, đường phố, tổ/thôn/xóm/ấp").fill(person.address.split(",")[0]!);
  await page.getByLabel("Điện thoại di động").fill(displayPhone(person.phone).replace(/^(\d{4})(\d{3})(\d{3})$/, "$1 $2 $3"));
  if (confirm) await confirmPhoneInWizard(page, person);
}

async function attachPhotos(page: Page) {
  await page.locator("#photo-portrait-file").setInputFiles(photos.portrait);
  await page.locator("#photo-idFront-file").setInputFiles(photos.idFront);
  await page.locator("#photo-idBack-file").setInputFiles(photos.idBack);
  await expect(page.getByRole("img", { name: /^Ảnh đã chọn:/ })).toHaveCount(3);
}

async function chooseOffice(page: Page) {
  // The office province follows the address; the office covering commune 00004 (Ba Đình) is 0101.
  await expect(page.getByLabel("Tỉnh/Thành phố nơi bạn đến nộp")).toHaveValue("01");
  const office = page.getByLabel("Cơ quan BHXH tiếp nhận", { exact: true });
  await expect(office.locator('option[value="0101"]')).toHaveCount(1);
  await office.selectOption("0101");
}

/** Fills every step straight through to the review page. */
async function fillEverything(page: Page, person: Person) {
  await start(page);
  await fillPersonal(page, person);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 3/5");
  await fillContact(page, person);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 4/5");
  await attachPhotos(page);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 5/5");
  await chooseOffice(page);
  await continueButton(page).click();
  await expect(heading(page)).toHaveText("Kiểm tra lại thông tin");
  await commitmentCheckbox(page).check();
  await consentCheckbox(page).check();
}

const commitmentCheckbox = (page: Page) => page.getByLabel(/^Tôi cam kết hoàn toàn chịu trách nhiệm/);
const consentCheckbox = (page: Page) => page.getByLabel(/^Tôi đồng ý để cơ quan BHXH thu thập và xử lý dữ liệu cá nhân/);

// Each journey walks every step with axe on each, and processes three camera-sized photos.
test.slow();

const isSubmission = (r: Request) => r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/declarations";

test("a person declares on a phone: every step, a bad CCCD, a reload, real photos, the confirmation and the look-up", async ({ page, browser, baseURL }) => {
  const person = DEMO_PARTICIPANTS[0]!; // Nguyễn Thị Ngọc Hường, born 12/05/1990

  // The start page: what to prepare, a line for organisations, one "Bắt đầu" button.
  await page.goto("/dang-ky");
  await expect(heading(page)).toHaveText("Đăng ký giao dịch điện tử");
  await expect(page.getByText(/^Tổ chức, doanh nghiệp không kê khai tại đây/)).toBeVisible();
  await expectNoAxeViolations(page);
  await start(page);
  await expect(heading(page)).toContainText("Về bạn");
  await expectNoAxeViolations(page);

  // Step 1 with nothing: the error summary, focused, names every field of the step.
  await continueButton(page).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link", { name: "Nhập họ và tên" })).toHaveAttribute("href", "#fullName");
  await expectNoAxeViolations(page);

  // Step 2 with a CCCD whose digits 4–6 say "born 1985": the summary names it and links to the field.
  await fillPersonal(page, person, "001185012345");
  await continueButton(page).click();
  await expect(errorSummary(page)).toBeFocused();
  const cccdMessage = "Chữ số thứ 4–6 của số CCCD không khớp với năm sinh bạn đã nhập. Kiểm tra lại số CCCD và ngày sinh";
  const link = errorSummary(page).getByRole("link", { name: cccdMessage });
  await expect(link).toHaveAttribute("href", "#idNumber");
  await expect(errorSummary(page).getByRole("link")).toHaveCount(1);
  const idNumber = page.getByLabel("Số giấy tờ");
  await expect(idNumber).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#idNumber-error")).toContainText(cccdMessage);
  await expect(idNumber).toHaveAttribute("aria-describedby", /idNumber-error/);
  await expectNoAxeViolations(page);
  await link.click();
  await expect(idNumber).toBeFocused();
  await idNumber.fill(person.idNumber);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 3/5");
  await expect(heading(page)).toContainText("Địa chỉ và thông tin liên hệ");
  await expectNoAxeViolations(page);

  // Step 3: the phone must be confirmed by SMS code before going on (a wrong code says how many tries are left).
  await fillContact(page, person, false);
  await continueButton(page).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link", { name: "Xác nhận số điện thoại bằng mã gửi qua SMS trước khi tiếp tục" })).toHaveAttribute("href", "#phone-verification-action");
  const national = displayPhone(person.phone);
  await page.getByRole("button", { name: "Gửi mã" }).click();
  await expect(page.getByText(`Đã gửi mã tới ${national}. Mã có hiệu lực 10 phút.`)).toBeVisible();
  await expect(page.getByLabel("Mã xác nhận")).toBeFocused();
  await expect(page.getByRole("button", { name: /^Gửi lại mã sau 0:[0-5]\d$/ })).toBeDisabled();
  await expectNoAxeViolations(page);
  const sms = await waitForOutboxMessage(page.request, national, "phoneVerificationCode");
  const code = codeIn(sms);
  await page.getByLabel("Mã xác nhận").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByText("Mã xác nhận không đúng. Bạn còn 4 lần thử")).toBeVisible();
  await page.getByLabel("Mã xác nhận").fill(code);
  await page.getByLabel("Mã xác nhận").press("Enter");
  await expect(page.getByText(`Đã xác nhận số điện thoại ${national}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Then a reload mid-way: everything typed comes back, on the same step, the phone still confirmed.
  // "Gửi email tờ khai" is offered only once there is an address to send it to.
  await expect(page.getByLabel("Gửi email tờ khai")).toHaveCount(0);
  await page.getByLabel(/Địa chỉ thư điện tử/).fill("huong.nguyen@example.com");
  await expect(page.getByLabel("Gửi email tờ khai")).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY)).toContain("huong.nguyen@example.com");
  await page.reload();
  await expect(page.getByText("Đã khôi phục thông tin bạn nhập trước đó.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Xóa và nhập lại" })).toBeVisible();
  await expect(heading(page)).toContainText("Bước 3/5");
  await expect(page.getByLabel("Tỉnh/Thành phố")).toHaveValue(person.provinceCode);
  await expect(page.getByLabel("Xã/Phường/Đặc khu")).toHaveValue(person.communeCode);
  await expect(page.getByLabel("Điện thoại di động")).toHaveValue("0912 345 678");
  await expect(page.getByLabel(/Địa chỉ thư điện tử/)).toHaveValue("huong.nguyen@example.com");
  await expect(page.getByText(`Đã xác nhận số điện thoại ${national}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await continueButton(page).click();

  // Step 4: photos. A text file named .jpg and a tiny image are refused with clear reasons; then three
  // 3.5–4 MB camera photos are downscaled in the browser (the portrait turned upright by its EXIF).
  await expect(heading(page)).toContainText("Bước 4/5");
  // A headless browser has no camera: only "Chọn ảnh có sẵn" is offered (wizard-slow-phone.spec.ts covers a phone with one).
  await expect(page.getByText("Chụp ảnh", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await continueButton(page).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText(["Thêm ảnh chân dung 3x4", "Thêm ảnh mặt trước giấy tờ", "Thêm ảnh mặt sau giấy tờ"]);
  await page.locator("#photo-portrait-file").setInputFiles(photos.notAnImage);
  await expect(page.locator("#photo-portrait-error")).toContainText("Tệp “ui-not-a-photo.jpg” không phải là ảnh");
  await page.locator("#photo-idFront-file").setInputFiles(photos.tooSmall);
  await expect(page.locator("#photo-idFront-error")).toContainText("quá nhỏ (100×80 điểm ảnh)");
  await expectNoAxeViolations(page);
  await attachPhotos(page);
  await expect(page.getByText(/600×800 điểm ảnh/)).toBeVisible();
  await expect(page.getByText(/1600×1200 điểm ảnh/)).toHaveCount(2);
  await expect(page.locator("#photo-portrait-error")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await continueButton(page).click();

  // Step 5: the receiving office (covering the commune, listed first) and the commitment.
  await expect(heading(page)).toContainText("Bước 5/5");
  await chooseOffice(page);
  await expect(page.getByRole("main").getByText(/^Địa chỉ: /)).toBeVisible();
  await expectNoAxeViolations(page);
  await continueButton(page).click();

  // Review: every answer, with "Sửa" back to its step.
  await expect(heading(page)).toHaveText("Kiểm tra lại thông tin");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(person.fullName)).toBeVisible();
  await expect(page.getByText("12/05/1990")).toBeVisible();
  await expect(page.getByText(person.idNumber)).toBeVisible();
  await expect(page.getByRole("img", { name: /^Ảnh đã chọn:/ })).toHaveCount(3);
  await expectNoAxeViolations(page);
  await expect(page.getByText("Cục Cảnh sát quản lý hành chính về trật tự xã hội")).toBeVisible();
  await page.getByRole("button", { name: "Sửa Nơi cấp" }).click();
  await expect(heading(page)).toContainText("Bước 2/5");
  await expect(page.getByLabel("Cục Cảnh sát quản lý hành chính về trật tự xã hội")).toBeFocused();
  // "Khác": the place is typed as it is written on the card.
  await page.getByRole("group", { name: "Nơi cấp" }).getByLabel("Khác", { exact: true }).check();
  await page.getByLabel("Tên cơ quan cấp, như ghi trên giấy tờ").fill("Cục Cảnh sát QLHC về TTXH");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Lưu và quay lại trang kiểm tra" }).click();
  await expect(heading(page)).toHaveText("Kiểm tra lại thông tin");
  await expect(page.getByText("Cục Cảnh sát QLHC về TTXH")).toBeVisible();

  // Send: the three photos travel as well under 1 MB in total (measured on the FormData the page sends:
  // browsers do not report the size of a Blob body to the test).
  await page.evaluate(() => {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      if (body instanceof FormData) {
        let total = 0;
        for (const [, value] of body.entries()) total += typeof value === "string" ? new Blob([value]).size : value.size;
        (window as unknown as { uploadBytes: number }).uploadBytes = total;
      }
      return send.call(this, body);
    };
  });
  // The commitment and the consent sit above "Gửi tờ khai", with what happens next. Without them nothing
  // is sent: the summary names both, the tab's title says there is an error, and the fields carry the messages.
  await expect(page.getByText(/^Sau khi gửi, bạn nhận mã hồ sơ qua tin nhắn SMS/)).toBeVisible();
  const order = await page.evaluate(() => ["Cam kết", "Gửi tờ khai"].map((text) => [...document.querySelectorAll("legend, button")].findIndex((e) => e.textContent?.trim() === text)));
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  let sentWithoutConsent = 0;
  const countSubmissions = (r: Request) => {
    if (isSubmission(r)) sentWithoutConsent += 1;
  };
  page.on("request", countSubmissions);
  await page.getByRole("button", { name: "Gửi tờ khai" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("Đánh dấu vào ô cam kết để gửi tờ khai");
  await expect(errorSummary(page)).toContainText("Đánh dấu vào ô đồng ý xử lý dữ liệu cá nhân để gửi tờ khai");
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(page.getByRole("link", { name: "Đọc Chính sách bảo vệ dữ liệu cá nhân (mở trong thẻ mới)" })).toHaveAttribute("href", "/chinh-sach-bao-ve-du-lieu");
  await expectNoAxeViolations(page);
  await errorSummary(page).getByRole("link", { name: "Đánh dấu vào ô đồng ý xử lý dữ liệu cá nhân để gửi tờ khai" }).click();
  await expect(consentCheckbox(page)).toBeFocused();
  await consentCheckbox(page).check();
  await commitmentCheckbox(page).check();
  page.off("request", countSubmissions);
  expect(sentWithoutConsent).toBe(0);

  const submission = page.waitForRequest(isSubmission);
  const sentAt = new Date();
  await page.getByRole("button", { name: "Gửi tờ khai" }).click();
  const request = await submission;
  expect(request.headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  const uploadBytes = await page.evaluate(() => (window as unknown as { uploadBytes: number }).uploadBytes);
  test.info().annotations.push({ type: "upload bytes (3 camera photos of 3.5–4 MB + JSON)", description: String(uploadBytes) });
  expect(uploadBytes).toBeGreaterThan(50_000);
  expect(uploadBytes).toBeLessThan(1_000_000);

  // Confirmation: the reference in large type, the deadline, the office, what to bring, the PDF.
  await expect(page).toHaveURL(/\/dang-ky\/da-gui\/TK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(heading(page)).toHaveText("Đã gửi tờ khai");
  await expect(heading(page)).toBeFocused();
  const reference = (await page.locator(".panel__reference").textContent())!.trim();
  expect(reference).toMatch(/^TK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(page.url()).toContain(reference);
  const deadlines = [formatDateVi(submissionDeadline(sentAt)), formatDateVi(submissionDeadline(new Date()))];
  await expect(page.locator(".deadline strong")).toHaveText(new RegExp(`^(${deadlines.join("|").replace(/\//g, "\\/")})$`));
  await expect(page.getByText("Tờ khai 01 đã in, ký và ghi rõ họ tên")).toBeVisible();
  await expect(page.getByText("Bản chính giấy tờ tùy thân đã khai")).toBeVisible();
  await expect(page.getByText(/BHXH cơ sở/).first()).toBeVisible();
  // Where the code went (masked), the office's opening hours, and on a touch phone "Tải tờ khai để in" (it cannot print).
  await expect(page.getByText("Đã gửi mã hồ sơ tới 0912 *** 678.")).toBeVisible();
  await expect(page.getByText("Một thư về tờ khai cũng đã được gửi tới h***********@example.com.")).toBeVisible();
  await expect(page.getByText("Giờ làm việc: Thứ Hai đến Thứ Sáu: 07:30–11:30 và 13:30–17:00")).toBeVisible();
  const touch = await page.evaluate(() => matchMedia("(hover: none) and (pointer: coarse)").matches);
  await expect(page.getByRole("link", { name: touch ? "Tải tờ khai để in" : "In tờ khai", exact: true })).toHaveAttribute("href", `/api/v1/declarations/${reference}/pdf`);
  await expect(page.getByRole("link", { name: "Tải tờ khai (PDF)" })).toHaveAttribute("href", `/api/v1/declarations/${reference}/pdf?download=1`);
  await expectNoAxeViolations(page);
  // Sent: the draft is gone, so a new visit starts afresh.
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();

  // Someone else's browser (no access cookie) does not see the confirmation.
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  expect((await strangerPage.goto(`/dang-ky/da-gui/${reference}`))!.status()).toBe(404);
  await stranger.close();

  // The look-up: a wrong pair gets one neutral message; the right pair shows the status timeline.
  await page.getByRole("link", { name: "Tra cứu tình trạng hồ sơ" }).click();
  await expect(heading(page)).toHaveText("Tra cứu hồ sơ");
  await expect(page.getByLabel("Mã hồ sơ")).toHaveValue(reference);
  await expectNoAxeViolations(page);
  await page.getByLabel("Số giấy tờ tùy thân").fill("001190099999");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  const notFound = page.getByRole("alert").filter({ hasText: "Không tìm thấy hồ sơ" });
  await expect(notFound).toHaveText("Không tìm thấy hồ sơ khớp với mã hồ sơ và số giấy tờ đã nhập. Kiểm tra lại cả hai rồi thử lại.");
  await expect(notFound).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel("Mã hồ sơ").fill(reference.toLowerCase().replace(/-/g, " "));
  await page.getByLabel("Số giấy tờ tùy thân").fill(person.idNumber);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("heading", { name: `Hồ sơ ${reference}` })).toBeFocused();
  await expect(page.getByText("Chờ tiếp nhận", { exact: true })).toBeVisible();
  // The answer comes first, above the form, with the office's address.
  const answerTop = (await page.getByRole("heading", { name: `Hồ sơ ${reference}` }).boundingBox())!.y;
  expect(answerTop).toBeLessThan((await page.getByLabel("Mã hồ sơ").boundingBox())!.y);
  await expect(page.locator(".lookup-result")).toContainText("Địa chỉ: ");
  await expect(page.getByRole("listitem").filter({ hasText: "Gửi tờ khai trực tuyến" })).toContainText(formatDateVi(sentAt));
  await expect(page.getByRole("listitem").filter({ hasText: "Hạn nộp tại cơ quan BHXH" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a lost answer is retried safely with the same key, a second declaration for the same ID is refused, and a rejected one is corrected and resent", async ({ page, browser, baseURL, signedInAs }) => {
  const person = DEMO_PARTICIPANTS[3]!; // Phạm Thu Trang
  await fillEverything(page, person);

  // The first send reaches the server, but its answer is lost on the way back.
  const keys: string[] = [];
  await page.route("**/api/v1/declarations", async (route) => {
    keys.push(route.request().headers()["idempotency-key"] ?? "");
    await route.fetch();
    await route.abort("connectionreset");
  }, { times: 1 });
  await page.getByRole("button", { name: "Gửi tờ khai" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Chưa gửi được vì mất kết nối hoặc mạng quá chậm" });
  await expect(notice).toBeVisible();
  await expect(page.getByText("Thông tin và ảnh của bạn vẫn được giữ nguyên", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Thử lại" sends the same key: the server answers with the declaration it already made.
  const retry = page.waitForResponse((r) => isSubmission(r.request()));
  await page.getByRole("button", { name: "Thử lại" }).click();
  const response = await retry;
  expect(response.status()).toBe(201);
  expect(response.headers()["idempotent-replayed"]).toBe("true");
  expect(response.request().headers()["idempotency-key"]).toBe(keys[0]);
  await expect(page).toHaveURL(/\/dang-ky\/da-gui\/TK-/);
  const reference = (await page.locator(".panel__reference").textContent())!.trim();

  // Declaring again with the same ID number: the wizard stops right after the ID step with the generic
  // answer (it names nothing), no way on, and the details go by SMS to the phone on record.
  await start(page);
  await fillPersonal(page, person);
  await continueButton(page).click();
  const stop = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Bạn chưa cần kê khai tiếp" }) });
  await expect(stop).toBeFocused();
  await expect(stop).toContainText("Số giấy tờ hoặc mã số BHXH này đã có hồ sơ đang chờ hoặc đã có tài khoản. Chúng tôi đã gửi hướng dẫn tới số điện thoại đã đăng ký.");
  await expect(stop).not.toContainText(reference);
  await expect(heading(page)).toContainText("Bước 2/5");
  await expect(continueButton(page)).toHaveCount(0);
  const conflictSms = await waitForOutboxMessage(page.request, displayPhone(person.phone), "conflictNotice");
  expect(conflictSms.body).toContain(reference);
  await expectNoAxeViolations(page);
  await stop.getByRole("button", { name: "Sửa số giấy tờ hoặc mã số BHXH" }).click();
  await expect(page.getByLabel("Số giấy tờ")).toBeFocused();
  await expect(continueButton(page)).toBeVisible();

  // The office rejects it (unclear photos). On another phone, the person finds out on /tra-cuu; the
  // reference + ID number show the status but do not open it for correction (others may know both):
  // the link in the refusal SMS does. The photos must be chosen again.
  const officer = await signedInAs("canbo.hn", `/can-bo/ho-so/${reference}`);
  await officer.locator("summary", { hasText: "Từ chối hồ sơ (chọn lý do)" }).click();
  await officer.getByLabel("Ảnh chân dung hoặc ảnh giấy tờ không rõ").check();
  await officer.getByRole("button", { name: "Từ chối hồ sơ", exact: true }).click();
  await officer.waitForLoadState("networkidle");
  await officer.context().close();

  const phone = await browser.newContext({ ...devices["Pixel 7"], baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const citizen = await phone.newPage();
  await citizen.goto(`/dang-ky?sua=${reference}`);
  await expect(citizen).toHaveURL(new RegExp(`/tra-cuu\\?ma=${reference}$`));
  await citizen.getByLabel("Số giấy tờ tùy thân").fill(person.idNumber);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByText("Bị từ chối", { exact: true })).toBeVisible();
  await expect(citizen.getByText("Lý do từ chối: Ảnh chân dung hoặc ảnh giấy tờ không rõ")).toBeVisible();
  await expect(citizen.getByText("Chụp lại ảnh chân dung và ảnh giấy tờ ở nơi đủ sáng, rõ nét, đủ 4 góc.")).toBeVisible();
  await expect(citizen.getByRole("link", { name: "Sửa và gửi lại" })).toHaveCount(0);
  await expect(citizen.getByText(/mở liên kết trong tin nhắn hoặc email thông báo từ chối/)).toBeVisible();
  await expectNoAxeViolations(citizen);

  // "Tải lại tờ khai" on this other phone: the declared phone, confirmed by SMS code, gives this browser the PDF.
  await citizen.getByText("Tải lại tờ khai", { exact: true }).first().click();
  await citizen.getByRole("button", { name: "Xác nhận và tải tờ khai" }).click();
  await expect(citizen.getByText(/Để tải lại tờ khai, hãy xác nhận số điện thoại đã khai/)).toBeVisible();
  const reissue = citizen.locator("details.withdraw-panel").filter({ hasText: "Xác nhận và tải tờ khai" });
  await reissue.getByLabel("Số điện thoại đã khai trong tờ khai").fill(displayPhone(person.phone));
  // The wizard's confirmation of this phone used a code a moment ago: another may be asked for after the resend wait.
  await citizen.waitForTimeout((PHONE_CODE_RESEND_SECONDS + 2) * 1000);
  const seenCodes = new Set(((await (await citizen.request.get(`/api/dev/outbox?to=${displayPhone(person.phone)}`)).json()) as { id: string }[]).map((m) => m.id));
  await reissue.getByRole("button", { name: "Gửi mã" }).click();
  const reissueSms = await waitForOutboxMessage(citizen.request, displayPhone(person.phone), "phoneVerificationCode", seenCodes);
  await reissue.getByLabel("Mã xác nhận").fill(codeIn(reissueSms));
  await reissue.getByRole("button", { name: "Xác nhận", exact: true }).click();
  // The confirmation answers asynchronously: the form carries the token only once it has.
  await expect(reissue.getByText(`Đã xác nhận số điện thoại ${displayPhone(person.phone)}.`)).toBeVisible();
  await citizen.getByRole("button", { name: "Xác nhận và tải tờ khai" }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "Đã xác nhận số điện thoại. Bạn có thể tải tờ khai trên thiết bị này." })).toBeFocused();
  const pdfLink = citizen.getByRole("link", { name: "Tải tờ khai (PDF)" });
  expect((await citizen.request.get((await pdfLink.getAttribute("href"))!)).headers()["content-type"]).toContain("application/pdf");
  await expectNoAxeViolations(citizen);

  const inbox = await citizen.request.get(`/api/dev/outbox?to=${encodeURIComponent(person.phone)}`);
  const messages = (await inbox.json()) as { template: string; channel: string; body: string }[];
  const refusal = messages.find((m) => m.template === "rejection" && m.channel === "sms");
  expect(refusal?.body.length).toBeLessThanOrEqual(160);
  const link = refusal?.body.match(/\/sua\/TK-[A-Z0-9-]+\/[A-Za-z0-9_-]{12}/)?.[0];
  expect(link, refusal?.body).toBeTruthy();
  // A made-up code opens nothing.
  await citizen.goto(link!.replace(/[A-Za-z0-9_-]{12}$/, "AAAAAAAAAAAA"));
  await expect(citizen).toHaveURL(new RegExp(`/tra-cuu\\?ma=${reference}$`));
  await citizen.goto(link!);

  await expect(heading(citizen)).toContainText("Bước 1/5");
  await expect(citizen.getByText(`Tờ khai ${reference} chưa được chấp nhận.`)).toBeVisible();
  await expect(citizen.getByLabel("Họ và tên")).toHaveValue(person.fullName);
  await expect(citizen.getByLabel("Nữ", { exact: true })).toBeChecked();
  await expectNoAxeViolations(citizen);
  await continueButton(citizen).click();
  await expect(citizen.getByLabel("Số giấy tờ")).toHaveValue(person.idNumber);
  await continueButton(citizen).click();
  await expect(citizen.getByLabel("Xã/Phường/Đặc khu")).toHaveValue(person.communeCode);
  await continueButton(citizen).click();
  await expect(citizen.getByText("Khi sửa tờ khai, bạn cần chọn lại cả ba ảnh.")).toBeVisible();
  await attachPhotos(citizen);
  await continueButton(citizen).click();
  await expect(citizen.getByLabel("Cơ quan BHXH tiếp nhận", { exact: true })).toHaveValue("0101");
  await continueButton(citizen).click();
  await expect(heading(citizen)).toHaveText("Kiểm tra lại thông tin");
  await expect(commitmentCheckbox(citizen)).not.toBeChecked();
  await commitmentCheckbox(citizen).check();
  await consentCheckbox(citizen).check();
  const resubmission = citizen.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(`/api/v1/declarations/${reference}/resubmit`));
  await citizen.getByRole("button", { name: "Gửi tờ khai" }).click();
  expect((await resubmission).status()).toBe(200);
  await expect(citizen).toHaveURL(new RegExp(`/dang-ky/da-gui/${reference}$`));
  await expect(citizen.locator(".panel__reference")).toHaveText(reference);
  await expectNoAxeViolations(citizen);

  await citizen.goto(`/tra-cuu?ma=${reference}`);
  await citizen.getByLabel("Số giấy tờ tùy thân").fill(person.idNumber);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByText("Chờ tiếp nhận", { exact: true })).toBeVisible();
  // The whole history: sent, rejected with its reason, corrected and sent again as version 2, then what is to come.
  const history = citizen.locator(".timeline > li");
  await expect(history.nth(0)).toContainText("Gửi tờ khai trực tuyến");
  await expect(history.nth(1)).toContainText("Cơ quan BHXH từ chối");
  await expect(history.nth(1)).toContainText("Lý do: Ảnh chân dung hoặc ảnh giấy tờ không rõ");
  await expect(history.nth(2)).toContainText("Đã sửa và gửi lại (lần 2)");
  await expectNoAxeViolations(citizen);
  await phone.close();
});
