// The printed Tờ khai 01: text, one page, same bytes for the same input, a readable QR, and the look of the golden image.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { renderDeclarationPdf } from "@/lib/server/pdf/declaration-pdf";
import {
  FIXTURE_GENERATED_AT,
  GOLDEN_DPI,
  GOLDEN_PATH,
  PORTRAIT_PATH,
  fixtureDeclaration,
  pdfPageToPng,
  pdfToText,
} from "@/tests/fixtures/declaration-pdf";

const COMMITMENT =
  "Tôi cam kết hoàn toàn chịu trách nhiệm trước pháp luật về tính chính xác, trung thực của nội dung nêu trên và thực hiện giao dịch điện tử trong lĩnh vực bảo hiểm xã hội theo đúng quy định của pháp luật.";

/** pdftotext keeps the layout: collapse every run of whitespace so wrapped values read as one line. */
const flatten = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ");

function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Width and height in points of every page's MediaBox. */
function pageSizes(pdf: Buffer): Array<[number, number]> {
  return [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
}

function expectOneA4Page(pdf: Buffer): void {
  expect(pageCount(pdf)).toBe(1);
  const sizes = pageSizes(pdf);
  expect(sizes).toHaveLength(1);
  expect(sizes[0]![0]).toBeCloseTo(595.28, 1);
  expect(sizes[0]![1]).toBeCloseTo(841.89, 1);
}

/**
 * Embedding a font looks up the components of composite glyphs (A under Ấ, O under Ơ, U under Ư…), and fontkit
 * caches them without their characters: a PDF rendered after this one, in the same process, would lose those
 * letters from its text layer unless the renderer guards against it.
 */
const COMPOSITES = "ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựỳỵỷỹýíìỉĩịúùủũụéèẻẽẹóòỏõọáàảãạ";
const renderCompositesFirst = () =>
  renderDeclarationPdf(
    fixtureDeclaration({
      fullName: `${COMPOSITES} ${COMPOSITES.toLocaleUpperCase("vi")}`,
      address: { street: COMPOSITES, communeName: "Xã Ơ", provinceName: "Tỉnh Ỷ" },
    }),
    { generatedAt: new Date("2030-01-01T00:00:00Z") },
  );

let pdf: Buffer;

beforeAll(async () => {
  await renderCompositesFirst();
  pdf = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT });
}, 30_000);

describe("renderDeclarationPdf", () => {
  it("uses a real JPEG portrait", async () => {
    const metadata = await sharp(readFileSync(PORTRAIT_PATH)).metadata();
    expect(metadata.format).toBe("jpeg");
    expect(metadata.width! / metadata.height!).toBeCloseTo(3 / 4, 2);
  });

  it("prints every field, the office, the reference, the deadline and the commitment, diacritics intact", async () => {
    // `pdf` was rendered after another declaration (see beforeAll): its text layer must still be whole.
    const text = flatten(await pdfToText(pdf));
    const expected = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Mẫu số 01",
      "TỜ KHAI",
      "Đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội",
      "(dành cho cá nhân)",
      "Kính gửi: BHXH tỉnh Quảng Ninh – BHXH cơ sở Hạ Long",
      "1. Họ và tên: NGUYỄN THỊ NGỌC HƯỜNG",
      "2. Ngày sinh: 17/08/1991",
      "3. Giới tính: Nữ",
      "4. Quốc tịch: Việt Nam",
      "5. Mã số BHXH: 2212345678",
      "6. Loại giấy tờ: Căn cước công dân",
      "7. Số giấy tờ: 022191004567",
      "Ngày cấp: 12/06/2021",
      "Nơi cấp: Cục Cảnh sát quản lý hành chính về trật tự xã hội",
      "8. Địa chỉ liên hệ: Số 7 ngõ 15 phố Trần Hưng Đạo, Phường Quảng Yên, Tỉnh Quảng Ninh",
      "9. Điện thoại di động: 0912345678",
      "10. Địa chỉ thư điện tử: ngoc.huong@example.vn",
      "Gửi email tờ khai",
      COMMITMENT,
      "Thành phố Hạ Long, ngày 05 tháng 03 năm 2026",
      "NGƯỜI KÊ KHAI",
      "(Ký, ghi rõ họ tên)",
      "Phần dành cho cơ quan BHXH",
      "Ngày tiếp nhận:",
      "Cán bộ tiếp nhận",
      "DK26-7K4M-9QX2",
      "Hạn nộp tại cơ quan BHXH: 15/03/2026",
    ];
    for (const fragment of expected) expect(text, fragment).toContain(flatten(fragment));
  });

  it("is one A4 page, even with very long answers", async () => {
    expectOneA4Page(pdf);
    const long = await renderDeclarationPdf(
      fixtureDeclaration({
        reference: "DK26-7K4M-9QX2-ABCD",
        officeName:
          "BHXH Thành phố Hồ Chí Minh – BHXH cơ sở Phường Bến Thành, Phường Sài Gòn, Phường Tân Định và Phường Cầu Ông Lãnh",
        fullName: "Tôn Nữ Thị Hoàng Phương Quỳnh Nguyễn Huỳnh Ngọc Diễm Hương Trần Lê",
        idType: "passport",
        idNumber: "C12345678",
        idIssuePlace: "Cục Quản lý xuất nhập cảnh, Bộ Công an, số 44-46 phố Trần Phú, quận Ba Đình, thành phố Hà Nội",
        address: {
          street: "Số 123/45/6 hẻm 789 đường Nguyễn Thị Minh Khai, tổ dân phố 12, khu phố 3, ấp Phước Lộc",
          communeName: "Phường Bàn Cờ",
          provinceName: "Thành phố Hồ Chí Minh",
        },
        email: "ton.nu.thi.hoang.phuong.quynh.nguyen.huynh@mot-ten-mien-rat-dai.example.com.vn",
        placeName: "Thành phố Hồ Chí Minh",
      }),
      { generatedAt: FIXTURE_GENERATED_AT },
    );
    expectOneA4Page(long);
    const text = flatten(await pdfToText(long));
    // Rendered after another PDF in the same process: its text layer must still be whole (see clearGlyphCaches).
    expect(text).toContain("1. Họ và tên: TÔN NỮ THỊ HOÀNG PHƯƠNG QUỲNH NGUYỄN HUỲNH NGỌC DIỄM HƯƠNG TRẦN LÊ");
    expect(text).toContain(
      "Số 123/45/6 hẻm 789 đường Nguyễn Thị Minh Khai, tổ dân phố 12, khu phố 3, ấp Phước Lộc, Phường Bàn Cờ, Thành phố Hồ Chí Minh",
    );
    expect(text).toContain("ton.nu.thi.hoang.phuong.quynh.nguyen.huynh@mot-ten-mien-rat-dai.example.com.vn");
    expect(text).toContain("Hạn nộp tại cơ quan BHXH: 15/03/2026");
    expect(text).toContain("Hộ chiếu");
  });

  it("takes a second A4 page, never a taller one, when the answers are as long as the form allows", async () => {
    // The schema's limits: a 100-character name, a 200-character place of issue and street, a 254-character e-mail.
    const longest = fixtureDeclaration({
      fullName: "Tôn Nữ Thị Hoàng Phương Quỳnh ".repeat(4).slice(0, 100).trim(),
      officeName: "BHXH Thành phố Hồ Chí Minh – BHXH cơ sở Phường Bến Thành, Phường Sài Gòn, Phường Tân Định và Phường Cầu Ông Lãnh",
      idIssuePlace: "Cục Quản lý xuất nhập cảnh, Bộ Công an, số 44-46 phố Trần Phú, phường Ba Đình ".repeat(3).slice(0, 200),
      address: {
        street: "Số 123/45/6 hẻm 789 đường Nguyễn Thị Minh Khai, tổ dân phố 12, khu phố 3 ".repeat(3).slice(0, 200),
        communeName: "Phường Bàn Cờ",
        provinceName: "Thành phố Hồ Chí Minh",
      },
      email: `${"a".repeat(64)}@${"mot-ten-mien-rat-dai.".repeat(9)}`.slice(0, 250) + ".vn",
    });
    const rendered = await renderDeclarationPdf(longest, { generatedAt: FIXTURE_GENERATED_AT });
    expect(pageCount(rendered)).toBe(2);
    for (const [width, height] of pageSizes(rendered)) {
      expect(width).toBeCloseTo(595.28, 1);
      expect(height).toBeCloseTo(841.89, 1);
    }
    const text = flatten(await pdfToText(rendered));
    expect(text).toContain("DK26-7K4M-9QX2");
    expect(text).toContain("Hạn nộp tại cơ quan BHXH: 15/03/2026");
    expect((await renderDeclarationPdf(longest, { generatedAt: FIXTURE_GENERATED_AT })).equals(rendered)).toBe(true);
  });

  it("gives the same bytes for the same data and generatedAt, whatever was rendered before", async () => {
    await renderCompositesFirst();
    const again = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT });
    expect(again.equals(pdf)).toBe(true);
    const later = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: new Date("2026-03-06T00:00:00Z") });
    expect(later.equals(pdf)).toBe(false);
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/ModDate");
    expect(raw).not.toContain("/ModificationDate");
  });

  it("gives the same bytes however many other declarations were rendered before (shaping memo, glyph cache)", async () => {
    const people = ["Đặng Thị Ánh Tuyết", "Bùi Quang Ưng", "Hồ Ngọc Ỷ", "Ông Ích Khiêm", "Lương Thế Vinh"];
    for (const [i, fullName] of people.entries()) {
      await renderDeclarationPdf(
        fixtureDeclaration({ fullName, reference: `DK26-${i}AAA-BBBB`, address: { street: `Số ${i} ngõ Ổ Chợ Dừa`, communeName: "Phường Ô Chợ Dừa", provinceName: "Thành phố Hà Nội" } }),
        { generatedAt: FIXTURE_GENERATED_AT },
      );
    }
    const again = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT });
    expect(again.equals(pdf)).toBe(true);
  });

  it("renders concurrent requests one at a time, each with the bytes it gets alone", async () => {
    const other = fixtureDeclaration({ fullName: "Ông Ích Khiêm", reference: "DK26-AAAA-BBBB", portrait: null });
    const [first, second, third] = await Promise.all([
      renderDeclarationPdf(other, { generatedAt: FIXTURE_GENERATED_AT }),
      renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT }),
      renderDeclarationPdf(other, { generatedAt: FIXTURE_GENERATED_AT }),
    ]);
    expect(second!.equals(pdf)).toBe(true);
    expect(first!.equals(third!)).toBe(true);
  });

  it("normalises text to NFC: decomposed input prints exactly like composed input", async () => {
    const data = fixtureDeclaration();
    const decomposed = fixtureDeclaration({
      fullName: data.fullName.normalize("NFD"),
      officeName: data.officeName.normalize("NFD"),
      idIssuePlace: data.idIssuePlace.normalize("NFD"),
      placeName: data.placeName!.normalize("NFD"),
      address: {
        street: data.address.street.normalize("NFD"),
        communeName: data.address.communeName.normalize("NFD"),
        provinceName: data.address.provinceName.normalize("NFD"),
      },
    });
    const rendered = await renderDeclarationPdf(decomposed, { generatedAt: FIXTURE_GENERATED_AT });
    expect(rendered.equals(pdf)).toBe(true);
  });

  it("prints the deadline as a date in Vietnam time, and an empty photo frame without a portrait", async () => {
    const rendered = await renderDeclarationPdf(
      // 17:30 UTC on the 15th is 00:30 on the 16th in Hà Nội.
      fixtureDeclaration({ expiresAt: new Date("2026-03-15T17:30:00Z"), portrait: null, placeName: null, email: null }),
      { generatedAt: FIXTURE_GENERATED_AT },
    );
    const text = flatten(await pdfToText(rendered));
    expect(text).toContain("Hạn nộp tại cơ quan BHXH: 16/03/2026");
    expect(text).toContain("Ảnh 3x4");
    expect(text).toContain("…………, ngày 05 tháng 03 năm 2026");
  });

  it("carries a QR code of the reference that reads back from the printed page", async () => {
    const wasmPath = path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm");
    const wasm = readFileSync(wasmPath);
    await prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
      fireImmediately: true,
    });
    const png = await pdfPageToPng(pdf, { dpi: 150 });
    const results = await readBarcodes(new Uint8Array(png), { formats: ["QRCode"], tryHarder: true });
    expect(results.map((result) => result.text)).toEqual(["DK26-7K4M-9QX2"]);
  }, 30_000);

  it("looks like the golden image (scripts/update-pdf-golden.ts makes it)", async () => {
    const png = await pdfPageToPng(pdf, { dpi: GOLDEN_DPI, gray: true });
    const [actual, golden] = await Promise.all(
      [png, readFileSync(GOLDEN_PATH)].map((image) => sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true })),
    );
    expect(actual!.info.width).toBe(golden!.info.width);
    expect(actual!.info.height).toBe(golden!.info.height);
    let total = 0;
    for (let i = 0; i < actual!.data.length; i += 1) total += Math.abs(actual!.data[i]! - golden!.data[i]!);
    // 0 on the machine that made the golden; anti-aliasing of another poppler stays well under the bound, while a
    // missing portrait (0.78%), another QR (0.5%) or a shifted block goes over it. Text is checked by pdftotext above.
    const meanDifference = total / actual!.data.length / 255;
    expect(meanDifference).toBeLessThan(0.0025);
  });

  it("renders the same bytes in a process started as the npm scripts and the worker start (tsx + the server-only preload)", async () => {
    // The worker attaches this PDF to emails: react-pdf must get the ordinary React build there too.
    const code = `
      const { renderDeclarationPdf } = await import(${JSON.stringify(path.join(process.cwd(), "lib/server/pdf/declaration-pdf.tsx"))});
      const { fixtureDeclaration, FIXTURE_GENERATED_AT } = await import(${JSON.stringify(path.join(process.cwd(), "tests/fixtures/declaration-pdf.ts"))});
      const pdf = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT });
      process.stdout.write(pdf.toString("base64"));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--import", "./scripts/preload/allow-server-only.mjs", "--input-type=module", "--eval", code],
      { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 },
    );
    expect(Buffer.from(stdout, "base64").equals(pdf)).toBe(true);
  }, 60_000);
});
