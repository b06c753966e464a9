import "server-only";
// Tờ khai 01 of a stored declaration: loads the declaration, its office, its place names and its portrait,
// and renders the PDF. Used by the download route and by the email copy (a notification attachment).
import sharp from "../images/sharp";
import { prisma, type PrismaClient } from "@/lib/server/db/client";
import { getStorage, type FileStorage } from "@/lib/server/storage";
import { renderDeclarationPdf } from "./declaration-pdf";
import type { DeclarationPdfData } from "./types";

export class DeclarationNotFoundError extends Error {
  constructor(declarationId: string) {
    super(`No declaration ${declarationId}`);
    this.name = "DeclarationNotFoundError";
  }
}

export type StoredDeclarationPdf = {
  bytes: Buffer;
  filename: string;
  /** What was rendered: the version, and whether the photos had been purged (the PDF then prints an empty frame). */
  version: number;
  filesPurged: boolean;
};

export type StoredPdfOptions = {
  /** Printed into the PDF's metadata; by default the version's submittedAt, so every download of a version is the same bytes. */
  generatedAt?: Date;
  db?: PrismaClient;
  storage?: FileStorage;
};

/** "to-khai-01-DK26-7K4M-9QX2.pdf"; anything but letters, digits and "-" is dropped (references never have any). */
export function declarationPdfFilename(reference: string): string {
  return `to-khai-01-${reference.replace(/[^A-Za-z0-9-]/g, "")}.pdf`;
}

/**
 * The printed photo frame is 85 × 113 pt; 300 dpi of it is about 354 × 472 px. A stored portrait (up to
 * 600 × 800) is scaled to this size before embedding: the PDF, and every email that carries it, stays small.
 */
const PRINT_PORTRAIT = { width: 354, height: 472 } as const;

/** The stored portrait as a JPEG at print size (cropped to 3:4 from the centre, as the frame would), or null. */
async function portraitForPrint(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: 40_000_000 })
    .resize({ ...PRINT_PORTRAIT, fit: "cover", position: "centre", withoutEnlargement: true })
    .jpeg({ quality: 85, mozjpeg: false })
    .toBuffer();
}

/** A calendar date column (@db.Date, read as UTC midnight) as YYYY-MM-DD. */
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The declaration as the PDF prints it, plus the instant that dates its version; null when there is none. */
export async function loadDeclarationPdfData(
  declarationId: string,
  options: { db?: PrismaClient; storage?: FileStorage } = {},
): Promise<{ data: DeclarationPdfData; submittedAt: Date; version: number; filesPurged: boolean } | null> {
  const db = options.db ?? prisma;
  const declaration = await db.declaration.findUnique({
    where: { id: declarationId },
    include: { office: { select: { name: true } }, files: { where: { kind: "portrait" } } },
  });
  if (!declaration) return null;
  const units = await db.administrativeUnit.findMany({
    where: { code: { in: [declaration.provinceCode, declaration.communeCode] } },
    select: { code: true, fullName: true },
  });
  const unitName = (code: string) => units.find((unit) => unit.code === code)?.fullName ?? "";

  // After the photos are purged there is no file row (or no stored object): the PDF prints the empty frame.
  const portraitFile = declaration.files[0];
  const stored = portraitFile ? await (options.storage ?? getStorage()).get(portraitFile.storageKey) : null;
  const portrait = stored ? { bytes: new Uint8Array(await portraitForPrint(stored)), mediaType: "image/jpeg" as const } : null;

  return {
    submittedAt: declaration.submittedAt,
    version: declaration.version,
    filesPurged: declaration.filesPurgedAt !== null,
    data: {
      reference: declaration.reference,
      officeName: declaration.office.name,
      fullName: declaration.fullName,
      dateOfBirth: isoDate(declaration.dateOfBirth),
      sex: declaration.sex,
      nationality: declaration.nationality,
      bhxhCode: declaration.bhxhCode,
      idType: declaration.idType,
      idNumber: declaration.idNumber,
      idIssueDate: isoDate(declaration.idIssueDate),
      idIssuePlace: declaration.idIssuePlace,
      address: { street: declaration.street, communeName: unitName(declaration.communeCode), provinceName: unitName(declaration.provinceCode) },
      phone: declaration.phone,
      email: declaration.email,
      emailCopy: declaration.emailCopy,
      submittedAt: declaration.submittedAt,
      expiresAt: declaration.expiresAt,
      portrait,
      // The declarant writes where they sign: the line keeps its dotted blank.
      placeName: null,
    },
  };
}

/** Renders Tờ khai 01 of the stored declaration. Throws DeclarationNotFoundError when there is none. */
export async function renderStoredDeclarationPdf(declarationId: string, options: StoredPdfOptions = {}): Promise<StoredDeclarationPdf> {
  const loaded = await loadDeclarationPdfData(declarationId, options);
  if (!loaded) throw new DeclarationNotFoundError(declarationId);
  const bytes = await renderDeclarationPdf(loaded.data, { generatedAt: options.generatedAt ?? loaded.submittedAt });
  return { bytes, filename: declarationPdfFilename(loaded.data.reference), version: loaded.version, filesPurged: loaded.filesPurged };
}

export type DeclarationPdfAttachment = { filename: string; content: Buffer; contentType: "application/pdf" };

/** The PDF as an email attachment (the `{kind: "declarationPdf"}` marker of a notification, built at delivery). */
export async function declarationPdfAttachment(
  declarationId: string,
  options: Omit<StoredPdfOptions, "generatedAt"> = {},
): Promise<DeclarationPdfAttachment> {
  const { bytes, filename } = await renderStoredDeclarationPdf(declarationId, options);
  return { filename, content: bytes, contentType: "application/pdf" };
}
