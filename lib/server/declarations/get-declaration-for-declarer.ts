import "server-only";
// Reading a declaration from the citizen's side: the declarer (with the access token) sees all of it;
// anyone with the reference and the ID number sees its status only. A wrong pair is indistinguishable
// from a reference that does not exist.
import { createHash, timingSafeEqual } from "node:crypto";
import { toIsoDate } from "@/lib/domain/dates";
import type { DeclarationStatus } from "@/lib/domain/declaration-status";
import { normalizeIdNumber, type IdType, type Sex } from "@/lib/domain/identifiers";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { prisma, queryOnPool } from "../db/client";
import { createStatementBatcher } from "../db/statement-batcher";
import { findCommune, findProvince } from "../reference-data";
import { accessTokenMatches } from "./declaration-access";

/** What the look-up shows: status and dates, the office, and a rejection's reason. Nothing else personal. */
export type DeclarationStatusView = {
  reference: string;
  status: DeclarationStatus;
  version: number;
  submittedAt: Date;
  expiresAt: Date;
  office: { code: string; name: string; address: string };
  decidedAt: Date | null;
  rejectionReason: string | null;
  rejectionReasonCode: string | null;
};

export type DeclarationFileMeta = { kind: "portrait" | "idFront" | "idBack"; mediaType: string; bytes: number; width: number; height: number; sha256: string; storageKey: string };

/** The whole declaration, for its declarer: the confirmation page, the correction form, the PDF. */
export type DeclarationForDeclarer = DeclarationStatusView & {
  id: string;
  fullName: string;
  /** Calendar dates, "YYYY-MM-DD" (as the form takes them). */
  dateOfBirth: string;
  sex: Sex;
  nationality: string;
  bhxhCode: string;
  idType: IdType;
  idNumber: string;
  idIssueDate: string;
  idIssuePlace: string;
  address: { provinceCode: string; provinceName: string; communeCode: string; communeName: string; street: string };
  /** E.164 (+84…); displayPhone() for the national form. Null when keyed in at the counter without a phone (decision 0021). */
  phone: string | null;
  email: string | null;
  emailCopy: boolean;
  officeCode: string;
  office: { code: string; name: string; address: string; phone: string | null };
  /** Photos of a closed declaration are purged after the retention period: then this is []. */
  files: DeclarationFileMeta[];
  filesPurgedAt: Date | null;
};

const STATUS_SELECT = {
  reference: true,
  status: true,
  version: true,
  submittedAt: true,
  expiresAt: true,
  decidedAt: true,
  rejectionReason: true,
  rejectionReasonCode: true,
  office: { select: { code: true, name: true, address: true } },
} as const;

function statusView(row: {
  reference: string;
  status: DeclarationStatus;
  version: number;
  submittedAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  rejectionReason: string | null;
  rejectionReasonCode: string | null;
  office: { code: string; name: string; address: string };
}): DeclarationStatusView {
  return {
    reference: row.reference,
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt,
    expiresAt: row.expiresAt,
    office: { code: row.office.code, name: row.office.name, address: row.office.address },
    decidedAt: row.decidedAt,
    rejectionReason: row.rejectionReason,
    rejectionReasonCode: row.rejectionReasonCode,
  };
}

/** The row `find` reads for the canonical reference, if `token` opens it; null for a wrong token, an unknown reference or nonsense. */
async function openWithToken<R extends { accessTokenHash: string }>(
  reference: string,
  token: string | null | undefined,
  find: (canonical: string) => Promise<R | null>,
): Promise<R | null> {
  const canonical = normalizeReferenceInput(reference);
  if (!canonical || !token || token.length > 200) return null;
  const row = await find(canonical);
  return row && accessTokenMatches(token, row.accessTokenHash) ? row : null;
}

/** The declaration `token` opens, with its office, address names and photo metadata; null for anything else. */
export async function getDeclarationForDeclarer(reference: string, token: string | null | undefined): Promise<DeclarationForDeclarer | null> {
  const row = await openWithToken(reference, token, (canonical) =>
    prisma.declaration.findUnique({
      where: { reference: canonical },
      include: {
        office: { select: { code: true, name: true, address: true, phone: true } },
        files: { select: { kind: true, mediaType: true, bytes: true, width: true, height: true, sha256: true, storageKey: true }, orderBy: { kind: "asc" } },
      },
    }),
  );
  if (!row) return null;
  const [province, commune] = await Promise.all([findProvince(row.provinceCode), findCommune(row.communeCode)]);
  return {
    ...statusView(row),
    id: row.id,
    fullName: row.fullName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    sex: row.sex,
    nationality: row.nationality,
    bhxhCode: row.bhxhCode,
    idType: row.idType,
    idNumber: row.idNumber,
    idIssueDate: toIsoDate(row.idIssueDate),
    idIssuePlace: row.idIssuePlace,
    address: {
      provinceCode: row.provinceCode,
      provinceName: province?.fullName ?? row.provinceCode,
      communeCode: row.communeCode,
      communeName: commune?.fullName ?? row.communeCode,
      street: row.street,
    },
    phone: row.phone,
    email: row.email,
    emailCopy: row.emailCopy,
    officeCode: row.officeCode,
    office: row.office,
    files: row.files,
    filesPurgedAt: row.filesPurgedAt,
  };
}

/** The status for the declarer's token (the API's GET with a bearer token or the cookie). */
export async function getDeclarationStatusForDeclarer(reference: string, token: string | null | undefined): Promise<DeclarationStatusView | null> {
  const row = await openWithToken(reference, token, (canonical) => prisma.declaration.findUnique({ where: { reference: canonical }, select: { ...STATUS_SELECT, accessTokenHash: true } }));
  return row ? statusView(row) : null;
}

/**
 * The look-ups of a burst read their rows together: one statement for every reference asked meanwhile
 * (lib/server/db/statement-batcher.ts), on the pool rather than through Prisma (lib/server/db/client.ts,
 * queryOnPool): the status look-up is the public route a crowd hits on a deadline day (decision 0032).
 */
const findForLookup = createStatementBatcher(async (references: string[]) => {
  const rows = await queryOnPool<LookupRow>(LOOKUP_SQL, [[...new Set(references)]]);
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  return references.map((reference) => {
    const row = byReference.get(reference);
    return row ? { ...row, office: { code: row.officeCode, name: row.officeName, address: row.officeAddress } } : null;
  });
}, 200);

type LookupRow = Omit<Parameters<typeof statusView>[0], "office"> & { idNumber: string; officeCode: string; officeName: string; officeAddress: string };

/** STATUS_SELECT and the ID number, in SQL. */
const LOOKUP_SQL = `
  SELECT d."reference", d."status"::text AS "status", d."version", d."idNumber",
         d."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", d."expiresAt" AT TIME ZONE 'UTC' AS "expiresAt",
         d."decidedAt" AT TIME ZONE 'UTC' AS "decidedAt", d."rejectionReason", d."rejectionReasonCode",
         o."code" AS "officeCode", o."name" AS "officeName", o."address" AS "officeAddress"
  FROM "Declaration" d JOIN "Office" o ON o."code" = d."officeCode"
  WHERE d."reference" = ANY($1::text[])`;

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
// Compared against when the reference does not exist, so both paths do the same work.
const NO_MATCH = digest("\u0000no declaration\u0000");

/**
 * The status of the declaration with this reference AND this ID number (both as a person types them),
 * or null. The caller rate-limits it per IP (RATE_LIMITS.declarationLookupPerIp).
 */
export async function lookupDeclarationStatus(reference: string, idNumber: string): Promise<DeclarationStatusView | null> {
  const canonical = normalizeReferenceInput(reference);
  const presented = digest(normalizeIdNumber(idNumber ?? ""));
  const row = canonical ? await findForLookup(canonical) : null;
  const matches = timingSafeEqual(presented, row ? digest(row.idNumber) : NO_MATCH);
  return row && matches && idNumber.trim() !== "" ? statusView(row) : null;
}
