// Declarations for the PDF tests, written with Prisma directly (the submission service is another issue's):
// a valid person from the shared factories, office 0101 (covers Phường Ba Đình, Hà Nội), a stored portrait.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { generateReferenceCode } from "@/lib/domain/reference-code";
import type { Declaration, PrismaClient } from "@/lib/server/db/client";
import { getStorage } from "@/lib/server/storage";
import { PORTRAIT_PATH } from "@/tests/fixtures/declaration-pdf";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";

/** A portrait as the photo pipeline stores it: a 600 × 800 JPEG. */
export async function storedPortraitJpeg(): Promise<Buffer> {
  return sharp(readFileSync(PORTRAIT_PATH)).resize(600, 800).jpeg({ quality: 82 }).toBuffer();
}

export type TestDeclarationOptions = {
  seed: number;
  /** What the declaration-access module stores for the declarer's token. */
  accessTokenHash?: string;
  officeCode?: string;
  withPortrait?: boolean;
  fullName?: string;
  email?: string | null;
  emailCopy?: boolean;
  submittedAt?: Date;
};

export async function createTestDeclaration(db: PrismaClient, options: TestDeclarationOptions): Promise<Declaration> {
  const person = buildPerson(createRng(options.seed), options.fullName ? { fullName: options.fullName } : {});
  const submittedAt = options.submittedAt ?? new Date("2026-03-05T02:15:00.000Z");
  const declaration = await db.declaration.create({
    data: {
      reference: generateReferenceCode(),
      accessTokenHash: options.accessTokenHash ?? "0".repeat(64),
      fullName: person.fullName,
      fullNameSearch: person.fullNameSearch,
      dateOfBirth: new Date(`${person.dateOfBirth}T00:00:00Z`),
      sex: person.sex,
      nationality: "VN",
      bhxhCode: person.bhxhCode,
      idType: "cccd",
      idNumber: person.idNumber,
      idIssueDate: new Date(`${person.idIssueDate}T00:00:00Z`),
      idIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 12 ngõ 34 phố Đội Cấn",
      phone: person.phone,
      email: options.email === undefined ? "nguoi.khai@example.vn" : options.email,
      emailCopy: options.emailCopy ?? true,
      officeCode: options.officeCode ?? "0101",
      commitmentAt: submittedAt,
      submittedAt,
      expiresAt: submissionDeadline(submittedAt),
    },
  });
  if (options.withPortrait ?? true) {
    const bytes = await storedPortraitJpeg();
    const metadata = await sharp(bytes).metadata();
    const storageKey = `declarations/${declaration.id}/portrait-${randomUUID()}.jpg`;
    await getStorage().put(storageKey, bytes, "image/jpeg");
    await db.declarationFile.create({
      data: {
        declarationId: declaration.id,
        kind: "portrait",
        storageKey,
        mediaType: "image/jpeg",
        bytes: bytes.length,
        width: metadata.width!,
        height: metadata.height!,
        sha256: "0".repeat(64),
      },
    });
  }
  return declaration;
}
