// Declarations written straight into the database (as the declaration service would leave them),
// for the back office's tests and benchmarks: a valid person, an office, optional real photo files.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import sharp from "sharp";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { generateReferenceCode } from "@/lib/domain/reference-code";
import type { Declaration, Prisma, PrismaClient } from "@/lib/server/db/client";
import { buildPerson, type PersonFixture } from "./people";
import { createRng, type Rng } from "./random";

let defaultRng: Rng | undefined;

export type DeclarationOverrides = Partial<Omit<Prisma.DeclarationUncheckedCreateInput, "dateOfBirth" | "idIssueDate">> & {
  person?: Partial<PersonFixture>;
  dateOfBirth?: string;
  idIssueDate?: string;
  /** Write three real JPEGs through the app's storage and their DeclarationFile rows. */
  withPhotos?: boolean;
  rng?: Rng;
};

/** A submitted declaration of a synthetic person to office 0101 (Ba Đình, Hà Nội) unless overridden. */
export async function createDeclaration(prisma: PrismaClient, overrides: DeclarationOverrides = {}): Promise<Declaration> {
  const { person: personOverrides, withPhotos, rng: givenRng, ...fields } = overrides;
  const rng = givenRng ?? (defaultRng ??= createRng(Date.now() % 1_000_000));
  const person = buildPerson(rng, personOverrides);
  const submittedAt = (fields.submittedAt as Date | undefined) ?? new Date();
  const declaration = await prisma.declaration.create({
    data: {
      reference: generateReferenceCode(),
      accessTokenHash: createHash("sha256").update(randomBytes(16)).digest("hex"),
      fullName: person.fullName,
      fullNameSearch: person.fullNameSearch,
      sex: person.sex,
      bhxhCode: person.bhxhCode,
      idType: "cccd",
      idNumber: person.idNumber,
      idIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
      provinceCode: "01",
      communeCode: "00004",
      street: `Số ${rng.int(1, 200)} phố Đội Cấn`,
      phone: person.phone,
      officeCode: "0101",
      commitmentAt: submittedAt,
      expiresAt: submissionDeadline(submittedAt),
      ...fields,
      submittedAt,
      dateOfBirth: new Date(`${overrides.dateOfBirth ?? person.dateOfBirth}T00:00:00Z`),
      idIssueDate: new Date(`${overrides.idIssueDate ?? person.idIssueDate}T00:00:00Z`),
    },
  });
  if (withPhotos) await attachPhotos(prisma, declaration.id);
  return declaration;
}

/** A BHXH master record agreeing with the declaration (what lets an officer approve it). */
export async function createMatchingParticipant(prisma: PrismaClient, declaration: Declaration, overrides: Partial<Prisma.ParticipantCreateInput> = {}) {
  return prisma.participant.create({
    data: {
      bhxhCode: declaration.bhxhCode,
      fullName: declaration.fullName,
      fullNameSearch: declaration.fullNameSearch,
      dateOfBirth: declaration.dateOfBirth,
      sex: declaration.sex,
      idNumber: declaration.idNumber,
      address: declaration.street,
      phone: declaration.phone,
      ...overrides,
    },
  });
}

const KINDS = [
  { kind: "portrait", width: 300, height: 400, colour: { r: 200, g: 170, b: 150 } },
  { kind: "idFront", width: 856, height: 540, colour: { r: 120, g: 160, b: 210 } },
  { kind: "idBack", width: 856, height: 540, colour: { r: 110, g: 190, b: 140 } },
] as const;

/** Three small real JPEGs, stored under server-style keys with their DeclarationFile rows. */
export async function attachPhotos(prisma: PrismaClient, declarationId: string): Promise<void> {
  const { getStorage } = await import("@/lib/server/storage");
  for (const { kind, width, height, colour } of KINDS) {
    const bytes = new Uint8Array(await sharp({ create: { width, height, channels: 3, background: colour } }).jpeg({ quality: 80 }).toBuffer());
    const storageKey = `declarations/${declarationId}/${kind}-${randomUUID()}.jpg`;
    await getStorage().put(storageKey, bytes, "image/jpeg");
    await prisma.declarationFile.create({
      data: { declarationId, kind, storageKey, mediaType: "image/jpeg", bytes: bytes.byteLength, width, height, sha256: createHash("sha256").update(bytes).digest("hex") },
    });
  }
}
