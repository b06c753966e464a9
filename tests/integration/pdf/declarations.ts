// Declarations for the PDF tests (tests/factories/declarations.ts, seeded): office 0101 (Phường Ba Đình, Hà Nội),
// a fixed submission time, and a portrait stored at the size the photo pipeline keeps (600 × 800).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { submissionDeadline } from "@/lib/domain/deadlines";
import type { Declaration, PrismaClient } from "@/lib/server/db/client";
import { deriveDeclarationAccessToken, hashDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { getStorage } from "@/lib/server/storage";
import { PORTRAIT_PATH } from "@/tests/fixtures/declaration-pdf";
import { createDeclaration } from "@/tests/factories/declarations";
import { createRng } from "@/tests/factories/random";

/** A portrait as the photo pipeline stores it: a 600 × 800 JPEG. */
export async function storedPortraitJpeg(): Promise<Buffer> {
  return sharp(readFileSync(PORTRAIT_PATH)).resize(600, 800).jpeg({ quality: 82 }).toBuffer();
}

export type TestDeclarationOptions = {
  seed: number;
  officeCode?: string;
  withPortrait?: boolean;
  fullName?: string;
  email?: string | null;
  emailCopy?: boolean;
  submittedAt?: Date;
};

/** The declaration, with the declarer's access token as the submission hands it out (only its hash is stored). */
export async function createTestDeclaration(db: PrismaClient, options: TestDeclarationOptions): Promise<Declaration & { accessToken: string }> {
  const submittedAt = options.submittedAt ?? new Date("2026-03-05T02:15:00.000Z");
  const created = await createDeclaration(db, {
    rng: createRng(options.seed),
    person: options.fullName ? { fullName: options.fullName } : {},
    street: "Số 12 ngõ 34 phố Đội Cấn",
    email: options.email === undefined ? "nguoi.khai@example.vn" : options.email,
    emailCopy: options.emailCopy ?? true,
    officeCode: options.officeCode ?? "0101",
    submittedAt,
    commitmentAt: submittedAt,
    expiresAt: submissionDeadline(submittedAt),
  });
  const accessToken = deriveDeclarationAccessToken(created.id);
  const declaration = await db.declaration.update({
    where: { id: created.id },
    data: { accessTokenHash: hashDeclarationAccessToken(accessToken) },
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
  return { ...declaration, accessToken };
}
