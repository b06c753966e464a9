// The counter's comparison of a declaration with the BHXH master records (Participant), field by field.
// Pure: the records are looked up by the caller (by BHXH code and by ID number) and passed in.
import { toIsoDate } from "./dates";
import { normalizeFullName, searchableText, type CalendarDate, type Sex } from "./identifiers";

export type IdentityFields = {
  fullName: string;
  dateOfBirth: CalendarDate;
  sex: Sex;
  idNumber: string | null;
  bhxhCode: string;
};

export const MATCH_FIELDS = ["fullName", "dateOfBirth", "sex", "idNumber", "bhxhCode"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** same: identical; sameWithoutDiacritics: only accents or case differ (names); missing: the record has no value. */
export type FieldAgreement = "same" | "sameWithoutDiacritics" | "different" | "missing";

export type FieldComparison = { field: MatchField; declared: string; recorded: string | null; agreement: FieldAgreement };

export type ParticipantMatch =
  /** The declared BHXH code has a record, and no other record claims the declared ID number. Approvable. */
  | { state: "matched"; record: IdentityFields; fields: FieldComparison[]; differences: number; foundByIdNumber: boolean }
  /** Neither the BHXH code nor the ID number is in the master records. */
  | { state: "noRecord" }
  /** The ID number belongs to a record, but the declared BHXH code has none: the code is probably mistyped. */
  | { state: "idNumberOnly"; record: IdentityFields; fields: FieldComparison[]; differences: number }
  /** The BHXH code and the ID number lead to different people (or the ID number to several). */
  | { state: "conflict"; records: IdentityFields[] };

function compare(field: MatchField, declared: IdentityFields, record: IdentityFields): FieldComparison {
  const d = field === "dateOfBirth" ? toIsoDate(declared.dateOfBirth) : declared[field];
  const r = field === "dateOfBirth" ? toIsoDate(record.dateOfBirth) : record[field];
  if (r === null || r === "") return { field, declared: d ?? "", recorded: null, agreement: "missing" };
  if (field === "fullName") {
    const a = normalizeFullName(d ?? "").toLocaleLowerCase("vi");
    const b = normalizeFullName(r).toLocaleLowerCase("vi");
    if (a === b) return { field, declared: d ?? "", recorded: r, agreement: "same" };
    return { field, declared: d ?? "", recorded: r, agreement: searchableText(a) === searchableText(b) ? "sameWithoutDiacritics" : "different" };
  }
  return { field, declared: d ?? "", recorded: r, agreement: d === r ? "same" : "different" };
}

export function compareFields(declared: IdentityFields, record: IdentityFields): FieldComparison[] {
  return MATCH_FIELDS.map((field) => compare(field, declared, record));
}

/**
 * Decides what the counter sees. `byBhxhCode` is the record whose code is the declared one (or null);
 * `byIdNumber` every record holding the declared ID number.
 */
export function matchParticipant(declared: IdentityFields, byBhxhCode: IdentityFields | null, byIdNumber: readonly IdentityFields[]): ParticipantMatch {
  const others = byIdNumber.filter((r) => r.bhxhCode !== byBhxhCode?.bhxhCode);
  if (byBhxhCode) {
    if (others.length > 0) return { state: "conflict", records: [byBhxhCode, ...others] };
    const fields = compareFields(declared, byBhxhCode);
    return { state: "matched", record: byBhxhCode, fields, differences: countDifferences(fields), foundByIdNumber: byIdNumber.length > 0 };
  }
  if (others.length === 0) return { state: "noRecord" };
  if (others.length > 1) return { state: "conflict", records: others };
  const record = others[0]!;
  const fields = compareFields(declared, record);
  return { state: "idNumberOnly", record, fields, differences: countDifferences(fields) };
}

function countDifferences(fields: FieldComparison[]): number {
  return fields.filter((f) => f.agreement === "different").length;
}
