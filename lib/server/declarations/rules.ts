import "server-only";
// The database rules a declaration must pass, written once for the first submission and the resubmission:
// the address and office exist (and belong together), one pending declaration per ID number, no second
// account for a BHXH code, and a phone number serving one BHXH code only.
import { formatDateVi } from "@/lib/domain/dates";
import { displayPhone, maskPhone } from "@/lib/domain/identifiers";
import type { Locale } from "@/lib/i18n/config";
import type { DeclarationInput } from "@/lib/schemas/declaration";
import type { Tx } from "../db/client";
import { PORTAL_PATHS } from "../notifications/links";
import { findActiveOffice, findCommune, findProvince } from "../reference-data";
import { fieldError, problem, type FieldError, type ProblemFailure } from "./results";

/** Where a person who already has an account goes (the forgotten-password page belongs to the accounts work). */
export const ACCOUNT_LINKS = { signIn: PORTAL_PATHS.signIn, forgotPassword: "/quen-mat-khau" } as const;

/** Province, commune (in that province) and an active office, from the cached reference data. */
export async function checkReferenceFields(input: Pick<DeclarationInput, "address" | "officeCode">, locale: Locale): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const { provinceCode, communeCode } = input.address;
  const [province, commune, office] = await Promise.all([findProvince(provinceCode), findCommune(communeCode), findActiveOffice(input.officeCode)]);
  if (!province) errors.push(fieldError(locale, "address.provinceCode", "validation.provinceInvalid"));
  if (!commune) errors.push(fieldError(locale, "address.communeCode", "validation.communeInvalid"));
  else if (province && commune.provinceCode !== province.code) errors.push(fieldError(locale, "address.communeCode", "declaration.server_communeNotInProvince"));
  if (!office) errors.push(fieldError(locale, "officeCode", "declaration.server_officeUnavailable"));
  return errors;
}

/** A namespace for pg_advisory_xact_lock(int, int), so ID-number locks never meet other advisory locks. */
const ID_NUMBER_LOCK_NAMESPACE = 72_707_010;

/** Serialises, until the transaction ends, every submission and resubmission carrying this ID number. */
export async function lockIdNumber(tx: Tx, idNumber: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ID_NUMBER_LOCK_NAMESPACE}::int4, hashtext(${idNumber}))`;
}

type Db = Pick<Tx, "account" | "declaration">;

/**
 * The first duplicate rule the person breaks, as a 409, or null. Run once without a lock (to answer
 * before any photo work) and again inside the transaction under lockIdNumber (the answer that counts).
 */
export async function findConflict(
  db: Db,
  person: { idNumber: string; bhxhCode: string; phone: string; excludeDeclarationId?: string },
  locale: Locale,
  now: Date,
): Promise<ProblemFailure<409> | null> {
  const [account, pending, phoneOwner] = await Promise.all([
    db.account.findFirst({ where: { bhxhCode: person.bhxhCode, status: { in: ["active", "locked"] } }, select: { phone: true } }),
    db.declaration.findFirst({
      where: {
        idNumber: person.idNumber,
        status: "submitted",
        expiresAt: { gte: now },
        ...(person.excludeDeclarationId ? { id: { not: person.excludeDeclarationId } } : {}),
      },
      select: { reference: true, expiresAt: true, office: { select: { name: true } } },
      orderBy: { submittedAt: "desc" },
    }),
    db.account.findFirst({ where: { phone: person.phone, bhxhCode: { not: person.bhxhCode }, status: { not: "closed" } }, select: { id: true } }),
  ]);
  if (account) {
    const maskedPhone = maskPhone(account.phone);
    return problem(locale, 409, "accountExists", { bhxhCode: person.bhxhCode, maskedPhone }, { maskedPhone, links: { ...ACCOUNT_LINKS } });
  }
  if (pending) {
    return problem(
      locale,
      409,
      "pendingDeclarationExists",
      { reference: pending.reference, office: pending.office.name, deadline: formatDateVi(pending.expiresAt) },
      { existingReference: pending.reference },
    );
  }
  if (phoneOwner) return problem(locale, 409, "phoneBelongsToAnotherAccount", { phone: displayPhone(person.phone) });
  return null;
}
