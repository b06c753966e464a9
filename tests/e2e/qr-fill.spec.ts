// Filling the declaration from the QR codes of the CCCD and the BHYT card, on a phone, through the "choose a
// photo" path of the scanner (a headless browser has no camera: the dialog says so, and the photo path is
// what is tested) and through the photo of the CCCD front in the photos step. QR images are made here with
// `qrcode`, one clean and one degraded like a phone photo with `sharp`. The person is built with
// buildPerson(createRng(7070)), not from DEMO_PARTICIPANTS (other e2e files use those).
import { expect, test, type Locator, type Page, type Request } from "./support/test";
import QRCode from "qrcode";
import sharp from "sharp";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { codeIn, waitForOutboxMessage } from "./support/declarations";
import { expectNoAxeViolations } from "./support/axe";
import { startDeclaration, temporaryFileWriter } from "./support/forms";

const person = buildPerson(createRng(7070));
const ADDRESS = "Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội";
const [family = "", , ...given] = person.fullName.split(" ");
/** The same person's name as a BHYT card might carry it wrongly: without the middle name. */
const OTHER_NAME = [family, ...given].join(" ");

const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("");
const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

const CCCD_PAYLOAD = [person.idNumber, "", person.fullName, ddmmyyyy(person.dateOfBirth), person.sex === "female" ? "Nữ" : "Nam", ADDRESS, ddmmyyyy(person.idIssueDate)].join("|");
const bhytPayload = (name: string) =>
  [`DN401${person.bhxhCode}`, hex(name), person.dateOfBirth.split("-").reverse().join("/"), person.sex === "female" ? "2" : "1", "-", "01 - 001", "01/01/2026", "31/12/2026", "$"].join("|");

type Files = { cccdClean: string; cccdPhoto: string; bhyt: string; bhytOtherName: string; noQr: string };
let files: Files;

/** A noisy, warm-grey background like a table under a phone camera. */
function noise(width: number, height: number, seed: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i += 3) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const v = 150 + (state % 80);
    pixels[i] = v;
    pixels[i + 1] = v - 10;
    pixels[i + 2] = v - 30;
  }
  return pixels;
}

test.beforeAll(async () => {
  const write = temporaryFileWriter("bhxh-e2e-qr-");
  const qrPng = (text: string) => QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 4, scale: 6 });
  const cccdClean = await qrPng(CCCD_PAYLOAD);
  // Like a phone photo of the card: turned 8°, slightly blurred, small in a larger noisy frame, JPEG q70.
  const tilted = await sharp(cccdClean).rotate(8, { background: "#ffffff" }).blur(1.2).toBuffer();
  const [width, height] = [1600, 1200];
  const cccdPhoto = await sharp(noise(width, height, 7070), { raw: { width, height, channels: 3 } })
    .composite([{ input: tilted, left: 900, top: 250 }])
    .jpeg({ quality: 70 })
    .toBuffer();
  const noQr = await sharp(noise(width, height, 7071), { raw: { width, height, channels: 3 } }).jpeg({ quality: 70 }).toBuffer();
  files = {
    cccdClean: write("cccd-qr.png", cccdClean),
    cccdPhoto: write("cccd-front-photo.jpg", cccdPhoto),
    bhyt: write("bhyt-qr.png", await qrPng(bhytPayload(person.fullName))),
    bhytOtherName: write("bhyt-qr-other-name.png", await qrPng(bhytPayload(OTHER_NAME))),
    noQr: write("no-qr.jpg", noQr),
  };
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const continueButton = (page: Page) => page.getByRole("button", { name: "Tiếp tục" });
const review = (page: Page) => page.getByRole("region", { name: "Thông tin từ mã QR" });

const toPersonalStep = startDeclaration;

/** Opens a scanner and picks a photo through its "Chọn ảnh" path; returns the dialog. */
async function scanPhoto(page: Page, card: "CCCD" | "thẻ BHYT", file: string): Promise<Locator> {
  await page.getByRole("button", { name: `Quét mã QR trên ${card}` }).click();
  const dialog = page.getByRole("dialog", { name: `Quét mã QR trên ${card}` });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="file"]').setInputFiles(file);
  return dialog;
}

async function expectDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split("-");
  await expect(page.locator(`#${id}-day`)).toHaveValue(day!);
  await expect(page.locator(`#${id}-month`)).toHaveValue(month!);
  await expect(page.locator(`#${id}-year`)).toHaveValue(year!);
}

/** "Về bạn" as the CCCD's QR filled it (the document's own fields are on the next step: expectIdFilledFromCccd). */
async function expectFilledFromCccd(page: Page) {
  await expect(page.locator("#fullName")).toHaveValue(person.fullName);
  await expectDate(page, "dateOfBirth", person.dateOfBirth);
  await expect(page.locator(`#sex-${person.sex}`)).toBeChecked();
}

async function expectIdFilledFromCccd(page: Page) {
  await expect(page.locator("#idType-cccd")).toBeChecked();
  await expect(page.locator("#idNumber")).toHaveValue(person.idNumber);
  await expectDate(page, "idIssueDate", person.idIssueDate);
}

/** From "Về bạn" (filled but for the BHXH code) through "Giấy tờ tùy thân" (filled but for the place of issue) to the contact step. */
async function throughIdStep(page: Page, checkFilled = true) {
  await page.locator("#bhxhCode").fill(person.bhxhCode);
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 2/5");
  if (checkFilled) await expectIdFilledFromCccd(page);
  await page.getByLabel("Cục Cảnh sát quản lý hành chính về trật tự xã hội").check();
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 3/5");
}

/** Every request the page makes: the QR is read on the device, so none may carry the person's details. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

function expectNothingSent(requests: Request[]) {
  for (const request of requests) {
    expect(request.method(), request.url()).toBe("GET");
    const url = decodeURIComponent(request.url());
    expect(url).not.toContain(person.idNumber);
    expect(url).not.toContain(person.fullName);
  }
  // The decoder came from the portal itself (no CDN).
  expect(requests.some((r) => new URL(r.url()).pathname === "/vendor/zxing_reader.wasm")).toBe(true);
  expect(requests.every((r) => new URL(r.url()).hostname === "127.0.0.1")).toBe(true);
}

test.slow();

test("a phone photo of a CCCD QR fills the personal details and the address, marked and editable, with nothing sent", async ({ page }) => {
  const requests = recordRequests(page);
  await toPersonalStep(page);

  await page.getByRole("button", { name: "Quét mã QR trên CCCD" }).click();
  const dialog = page.getByRole("dialog", { name: "Quét mã QR trên CCCD" });
  await expect(dialog).toBeVisible();
  // No camera in a headless browser: the dialog says so and offers the photo instead.
  await expect(dialog.getByText(/Không mở được máy ảnh trên thiết bị này|Trang chưa được phép dùng máy ảnh/)).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.locator('input[type="file"]').setInputFiles(files.cccdPhoto);
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expectFilledFromCccd(page);
  await expect(review(page).getByRole("heading", { name: "Thông tin từ mã QR" })).toBeFocused();
  // Marked: name, date of birth, sex, ID type, number, issue date, province, commune, street.
  await expect(review(page).getByText("Đã điền từ mã QR", { exact: true })).toHaveCount(9);
  await expect(review(page)).toContainText("Phường Ba Đình");
  await expect(review(page)).toContainText("Thành phố Hà Nội");
  await expectNoAxeViolations(page);

  // Still editable.
  await page.locator("#fullName").fill(`${person.fullName} A`);
  await expect(review(page).getByText("Đã điền từ mã QR", { exact: true })).toHaveCount(8);
  await page.locator("#fullName").fill(person.fullName);
  expectNothingSent(requests);

  await throughIdStep(page);
  await expect(page.locator("#address-provinceCode")).toHaveValue("01");
  await expect(page.locator("#address-communeCode")).toHaveValue("00004");
  await expect(page.locator("#address-street")).toHaveValue("Số 12 ngõ 34");
});

test("typed values are not overwritten without confirmation; the BHYT QR fills the BHXH code; differing names are offered", async ({ page }) => {
  await toPersonalStep(page);
  await page.locator("#fullName").fill("Trần Văn Hùng");

  const cccd = await scanPhoto(page, "CCCD", files.cccdClean);
  await expect(cccd).toBeHidden();
  await expect(page.locator("#fullName")).toHaveValue("Trần Văn Hùng");
  await expectDate(page, "dateOfBirth", person.dateOfBirth); // empty fields still fill
  await expect(review(page)).toContainText("Mã QR có thông tin khác với thông tin bạn đã nhập");
  const nameGroup = review(page).getByRole("group", { name: "Họ và tên" });
  await expect(nameGroup).toContainText("Bạn đã nhập: Trần Văn Hùng");
  await expect(nameGroup).toContainText(`Trên mã QR: ${person.fullName}`);
  await expectNoAxeViolations(page);

  await nameGroup.getByRole("button", { name: "Giữ giá trị đã nhập" }).click();
  await expect(nameGroup).toBeHidden();
  await expect(page.locator("#fullName")).toHaveValue("Trần Văn Hùng");

  // The BHYT card: its BHXH code fills; the declined name is not asked about again.
  await expect(page.locator("#bhxhCode")).toHaveValue("");
  await scanPhoto(page, "thẻ BHYT", files.bhyt);
  await expect(page.locator("#bhxhCode")).toHaveValue(person.bhxhCode);
  await expect(page.locator("#fullName")).toHaveValue("Trần Văn Hùng");
  await expect(review(page).getByRole("group", { name: "Họ và tên" })).toHaveCount(0);

  // A BHYT card whose name differs from the CCCD's: both are shown and the person chooses.
  await scanPhoto(page, "thẻ BHYT", files.bhytOtherName);
  const choice = review(page).getByRole("group", { name: "Họ tên trên CCCD và thẻ BHYT khác nhau. Chọn họ tên đúng:" });
  await expect(choice.getByLabel(`Theo CCCD: ${person.fullName}`)).toBeVisible();
  await expect(choice.getByLabel(`Theo thẻ BHYT: ${OTHER_NAME}`)).toBeVisible();
  await expect(choice.getByLabel("Giữ họ tên đã nhập: Trần Văn Hùng")).toBeChecked();
  await expectNoAxeViolations(page);
  await choice.getByLabel(`Theo CCCD: ${person.fullName}`).check();
  await expect(page.locator("#fullName")).toHaveValue(person.fullName);
});

test("a photo without a QR code says so; Esc closes the scanner and gives focus back", async ({ page }) => {
  await toPersonalStep(page);
  const dialog = await scanPhoto(page, "CCCD", files.noQr);
  await expect(dialog.getByRole("alert")).toHaveText("Không tìm thấy mã QR trong ảnh.");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Quét mã QR trên CCCD" })).toBeFocused();
  await expect(page.locator("#fullName")).toHaveValue("");
  await expect(review(page)).toHaveCount(0);
});

test("the photo of the CCCD front in the photos step offers to fill from its QR code", async ({ page }) => {
  await toPersonalStep(page);
  await scanPhoto(page, "CCCD", files.cccdClean);
  await expectFilledFromCccd(page);
  // The person then changes the name by hand.
  await page.locator("#fullName").fill("Trần Văn Hùng");
  await throughIdStep(page);
  await page.locator("#phone").fill("0912 000 707");
  // The phone is confirmed with the code the demo outbox received.
  await page.getByRole("button", { name: "Gửi mã" }).click();
  const sms = await waitForOutboxMessage(page.request, "0912000707", "phoneVerificationCode");
  await page.getByLabel("Mã xác nhận").fill(codeIn(sms));
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByText("Đã xác nhận số điện thoại 0912000707.")).toBeVisible();
  await continueButton(page).click();
  await expect(heading(page)).toContainText("Bước 4/5");

  await page.locator("#photo-portrait-file").setInputFiles(files.noQr);
  await page.locator("#photo-idFront-file").setInputFiles(files.cccdPhoto);
  await expect(page.getByText("Điền thông tin từ mã QR trên ảnh CCCD?")).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Điền thông tin", exact: true }).click();
  const nameGroup = review(page).getByRole("group", { name: "Họ và tên" });
  await expect(nameGroup).toContainText("Bạn đã nhập: Trần Văn Hùng");
  await nameGroup.getByRole("button", { name: "Dùng giá trị từ mã QR" }).click();
  await expect(nameGroup).toBeHidden();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Quay lại" }).click();
  await page.getByRole("button", { name: "Quay lại" }).click();
  await page.getByRole("button", { name: "Quay lại" }).click();
  await expect(heading(page)).toContainText("Bước 1/5");
  await expect(page.locator("#fullName")).toHaveValue(person.fullName);
});
