// What a VNeID identity (the claims of a verified ID token) means here: the mapping of the provider's
// claims to our fields, and the decision between "activate the account now" and "go the counter road".
// Pure: the caller verifies the token, looks the master records up by ID number and passes them in.
// docs/decisions/0019-vneid-sign-in.md explains the rules.
import { isIsoDate } from "./dates";
import { normalizeDigits, normalizeFullName, normalizeVietnameseMobile, type Sex } from "./identifiers";
import { compareFields, type FieldComparison, type IdentityFields, type MatchField } from "./participant-match";

/** The levels of Decree 69/2024/NĐ-CP: 1 = registered online (not checked in person), 2 = verified in person with the chip CCCD. */
export type IdentityLevel = 1 | 2;

/** Only level 2 proves, without a counter, that the person online is the holder of the CCCD. */
export const LEVEL_FOR_ONLINE_ACTIVATION: IdentityLevel = 2;

export type VneidIdentity = {
  /** The provider's stable subject for this person. */
  subject: string;
  idNumber: string;
  fullName: string;
  /** yyyy-mm-dd. */
  dateOfBirth: string;
  sex: Sex;
  address: string | null;
  /** E.164, or null when VNeID returned none (or not a Vietnamese mobile). */
  phone: string | null;
  level: IdentityLevel;
};

/** The provider's claim name for each of our fields (configurable: VNEID_CLAIM_*). */
export type ClaimNames = {
  idNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: string;
  address: string;
  phone: string;
  level: string;
};

const SEX_VALUES: Record<string, Sex> = { male: "male", female: "female", nam: "male", "nữ": "female", nu: "female", m: "male", f: "female", "1": "male", "2": "female" };

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  return null;
}

/** An OIDC address claim is an object ({ formatted }); a national provider may send a plain string. */
function addressText(value: unknown): string | null {
  if (value && typeof value === "object" && "formatted" in value) return text((value as { formatted: unknown }).formatted);
  return text(value);
}

/** dd/mm/yyyy (as Vietnamese systems often write it) or yyyy-mm-dd. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : value.slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}

export type ClaimsProblem = "missingClaims" | "unknownLevel";

/** Maps verified claims to an identity; a missing or unreadable required claim is a refusal (never a guess). */
export function identityFromClaims(claims: Record<string, unknown>, names: ClaimNames): { ok: true; identity: VneidIdentity } | { ok: false; code: ClaimsProblem } {
  const subject = text(claims.sub);
  const idNumber = normalizeDigits(text(claims[names.idNumber]) ?? "");
  const fullName = normalizeFullName(text(claims[names.fullName]) ?? "");
  const dateOfBirth = isoDate(text(claims[names.dateOfBirth]));
  const sex = SEX_VALUES[(text(claims[names.sex]) ?? "").toLocaleLowerCase("vi")];
  if (!subject || !/^\d{12}$/.test(idNumber) || !fullName || !dateOfBirth || !sex) return { ok: false, code: "missingClaims" };
  const rawLevel = text(claims[names.level]);
  const level = rawLevel === "2" || rawLevel === "level2" ? 2 : rawLevel === "1" || rawLevel === "level1" ? 1 : null;
  if (level === null) return { ok: false, code: "unknownLevel" };
  const phoneText = text(claims[names.phone]);
  return {
    ok: true,
    identity: { subject, idNumber, fullName, dateOfBirth, sex, address: addressText(claims[names.address]), phone: phoneText ? normalizeVietnameseMobile(phoneText) : null, level },
  };
}

/** The fields that must agree for an online activation (the BHXH code comes from the record itself). */
export const ACTIVATION_MATCH_FIELDS = ["idNumber", "fullName", "dateOfBirth", "sex"] as const satisfies readonly MatchField[];

export type RegistrationDecision =
  | { outcome: "activate"; record: IdentityFields; matchedFields: FieldComparison[] }
  | { outcome: "declare"; reason: "level1" | "noRecord" | "partialMatch" | "severalRecords"; fields?: FieldComparison[] };

/**
 * Level 2 and exactly one master record with this CCCD whose name (with or without diacritics), date of
 * birth and sex agree: activate. Anything less is decided by an officer who sees the person's papers.
 */
export function decideRegistration(identity: VneidIdentity, recordsByIdNumber: readonly IdentityFields[]): RegistrationDecision {
  if (identity.level < LEVEL_FOR_ONLINE_ACTIVATION) return { outcome: "declare", reason: "level1" };
  if (recordsByIdNumber.length === 0) return { outcome: "declare", reason: "noRecord" };
  if (recordsByIdNumber.length > 1) return { outcome: "declare", reason: "severalRecords" };
  const record = recordsByIdNumber[0]!;
  const declared: IdentityFields = { ...identity, bhxhCode: record.bhxhCode };
  const fields = compareFields(declared, record).filter((f) => (ACTIVATION_MATCH_FIELDS as readonly string[]).includes(f.field));
  const agrees = fields.every((f) => f.agreement === "same" || (f.field === "fullName" && f.agreement === "sameWithoutDiacritics"));
  return agrees ? { outcome: "activate", record, matchedFields: fields } : { outcome: "declare", reason: "partialMatch", fields };
}
