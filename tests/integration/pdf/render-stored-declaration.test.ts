// Tờ khai 01 of a declaration stored in PostgreSQL with its portrait in the photo store: the looked-up names,
// the same bytes on every download of a version, the empty frame once photos are purged, the email attachment.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import {
  DeclarationNotFoundError,
  declarationPdfAttachment,
  declarationPdfFilename,
  loadDeclarationPdfData,
  renderStoredDeclarationPdf,
} from "@/lib/server/pdf/render-stored-declaration";
import { getStorage } from "@/lib/server/storage";
import { pdfToText } from "@/tests/fixtures/declaration-pdf";
import { createTestDeclaration } from "./declarations";

afterAll(() => prisma.$disconnect());

const flatten = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ");

describe("renderStoredDeclarationPdf", () => {
  it("prints the stored declaration with its office and the full names of its commune and province", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 4101, fullName: "Nguyễn Thị Ngọc Hường" });
    const { bytes, filename } = await renderStoredDeclarationPdf(declaration.id);
    expect(filename).toBe(`to-khai-01-${declaration.reference}.pdf`);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = flatten(await pdfToText(bytes));
    const office = await prisma.office.findUniqueOrThrow({ where: { code: "0101" } });
    for (const fragment of [
      "1. Họ và tên: NGUYỄN THỊ NGỌC HƯỜNG",
      `Kính gửi: ${office.name}`,
      "Số 12 ngõ 34 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội",
      `5. Mã số BHXH: ${declaration.bhxhCode}`,
      `7. Số giấy tờ: ${declaration.idNumber}`,
      `9. Điện thoại di động: 0${declaration.phone!.slice(3)}`,
      "nguoi.khai@example.vn",
      "4. Quốc tịch: Việt Nam",
      declaration.reference,
      // Submitted 05/03/2026 09:15 in Hà Nội; the deadline is ten days later.
      "…………, ngày 05 tháng 03 năm 2026",
      "Hạn nộp tại cơ quan BHXH: 15/03/2026",
    ]) {
      expect(text, fragment).toContain(flatten(fragment));
    }
  });

  it("scales the stored portrait to print size and gives the same bytes on every download of a version", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 4102 });
    const loaded = await loadDeclarationPdfData(declaration.id);
    expect(loaded?.submittedAt).toEqual(declaration.submittedAt);
    const portrait = loaded!.data.portrait!;
    expect(portrait.mediaType).toBe("image/jpeg");
    const { default: sharp } = await import("sharp");
    const metadata = await sharp(portrait.bytes).metadata();
    expect([metadata.width, metadata.height]).toEqual([354, 472]);

    const first = await renderStoredDeclarationPdf(declaration.id);
    const second = await renderStoredDeclarationPdf(declaration.id);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    // generatedAt defaults to the version's submittedAt, which dates the PDF.
    const explicit = await renderStoredDeclarationPdf(declaration.id, { generatedAt: declaration.submittedAt });
    expect(explicit.bytes.equals(first.bytes)).toBe(true);
    expect(first.bytes.length).toBeLessThan(200 * 1024);
  });

  it("still renders, with the empty photo frame, once the photos are purged", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 4103 });
    const withPhoto = await renderStoredDeclarationPdf(declaration.id);
    const file = await prisma.declarationFile.findFirstOrThrow({ where: { declarationId: declaration.id, kind: "portrait" } });

    // The object is gone from the store but the row remains (a purge interrupted between the two).
    await getStorage().delete(file.storageKey);
    const objectGone = await renderStoredDeclarationPdf(declaration.id);
    expect(flatten(await pdfToText(objectGone.bytes))).toContain("Ảnh 3x4");

    // As the purge job leaves it: no file row, filesPurgedAt set.
    await prisma.declarationFile.delete({ where: { id: file.id } });
    await prisma.declaration.update({ where: { id: declaration.id }, data: { filesPurgedAt: new Date() } });
    const purged = await renderStoredDeclarationPdf(declaration.id);
    expect(flatten(await pdfToText(purged.bytes))).toContain("Ảnh 3x4");
    expect(purged.bytes.equals(objectGone.bytes)).toBe(true);
    expect(purged.bytes.length).toBeLessThan(withPhoto.bytes.length);
  });

  it("refuses an unknown declaration", async () => {
    await expect(renderStoredDeclarationPdf("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(DeclarationNotFoundError);
  });
});

describe("declarationPdfAttachment", () => {
  it("is the PDF with its file name and type, as an email driver takes it", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 4104 });
    const attachment = await declarationPdfAttachment(declaration.id);
    expect(attachment.filename).toBe(`to-khai-01-${declaration.reference}.pdf`);
    expect(attachment.contentType).toBe("application/pdf");
    expect(attachment.content.equals((await renderStoredDeclarationPdf(declaration.id)).bytes)).toBe(true);
  });
});

describe("declarationPdfFilename", () => {
  it("keeps only safe characters", () => {
    expect(declarationPdfFilename("TK-7KQ4-M9XD")).toBe("to-khai-01-TK-7KQ4-M9XD.pdf");
    expect(declarationPdfFilename('TK"; x=../a')).toBe("to-khai-01-TKxa.pdf");
  });
});
