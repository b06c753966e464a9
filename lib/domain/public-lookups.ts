// The rules of the public look-ups anyone may use without an account (/tra-cuu/ma-so-bhxh,
// /tra-cuu/co-quan-bhxh): what a BHXH-code search may reveal, how a name is masked, what counts as the
// same query for rate limiting, and the offices' standard opening hours. Pure: the server reads the records.
import { normalizeFullName, searchableText } from "./identifiers";

/** A master record as the BHXH-code look-up reads it (found by province, date of birth and unaccented name). */
export type BhxhCodeCandidate = { bhxhCode: string; fullName: string; idNumber: string | null };

export type BhxhCodeQuery = { fullName: string; dateOfBirth: string; provinceCode: string; idNumber?: string | undefined };

/**
 * What the person is told. Never a list: at most one code, with the name masked.
 * - found: exactly one record fits;
 * - needIdNumber: several fit the name, date of birth and province, and no ID number was given;
 * - contactOffice: several still fit with the ID number (a master-record defect only the office can clear);
 * - notFound: none fits (the same answer whatever was wrong).
 */
export type BhxhCodeLookupOutcome =
  | { kind: "found"; bhxhCode: string; maskedName: string }
  | { kind: "needIdNumber" }
  | { kind: "contactOffice" }
  | { kind: "notFound" };

/**
 * The most candidate rows the server reads for one query. A few are enough to tell "one" from
 * "several"; the cap bounds the work so every query costs about the same.
 */
export const BHXH_CODE_CANDIDATE_CAP = 5;

const lowerName = (name: string) => normalizeFullName(name).toLocaleLowerCase("vi");

/** True when the name was typed with Vietnamese diacritics (or đ), i.e. it says more than its unaccented form. */
export function hasDiacritics(name: string): boolean {
  return searchableText(name) !== lowerName(name);
}

/**
 * Decides the answer from the records found by province, date of birth and unaccented name.
 * A name typed with diacritics prefers the records spelled exactly so ("Hường" over "Hương"), but
 * falls back to the unaccented match when none is; an ID number, when given, must be the record's.
 */
export function resolveBhxhCodeLookup(query: Pick<BhxhCodeQuery, "fullName" | "idNumber">, candidates: readonly BhxhCodeCandidate[]): BhxhCodeLookupOutcome {
  let fitting = candidates.filter((c) => searchableText(c.fullName) === searchableText(query.fullName));
  if (hasDiacritics(query.fullName)) {
    const exact = fitting.filter((c) => lowerName(c.fullName) === lowerName(query.fullName));
    if (exact.length > 0) fitting = exact;
  }
  if (query.idNumber) {
    fitting = fitting.filter((c) => c.idNumber === query.idNumber);
    if (fitting.length > 1) return { kind: "contactOffice" };
  } else if (fitting.length > 1) {
    return { kind: "needIdNumber" };
  }
  const [only] = fitting;
  return only ? { kind: "found", bhxhCode: only.bhxhCode, maskedName: maskFullName(only.fullName) } : { kind: "notFound" };
}

/**
 * Each word keeps its first letter, the rest becomes one "*" per letter: "Nguyễn Thị Ngọc Hường" →
 * "N***** T** N*** H****". Enough for the person to recognise the record they asked about, not enough
 * to learn a stranger's name from a code. Hyphenated parts are masked separately.
 */
export function maskFullName(fullName: string): string {
  return normalizeFullName(fullName)
    .split(" ")
    .map((word) =>
      word
        .split("-")
        .map((part) => {
          const letters = [...part];
          return letters.length === 0 ? "" : letters[0] + "*".repeat(letters.length - 1);
        })
        .join("-"),
    )
    .join(" ");
}

/**
 * The query's subject for the per-subject rate limit: the same person asked about however the name is
 * typed (accents, case, spaces) and with or without an ID number. The server hashes it before use.
 */
export function bhxhCodeLookupSubject(query: Pick<BhxhCodeQuery, "fullName" | "dateOfBirth" | "provinceCode">): string {
  return `${query.provinceCode}|${query.dateOfBirth}|${searchableText(query.fullName)}`;
}

// ---------------------------------------------------------------------------------------------
// Opening hours

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type OpeningSession = { from: string; to: string };
export type OpeningHours = { weekdays: readonly Weekday[]; sessions: readonly OpeningSession[] };

/**
 * The receiving hours of a BHXH office's one-stop desk (bộ phận một cửa) when the office has not
 * published others: Monday to Friday, morning and afternoon, as set by the working-time rules of state
 * agencies. One place, so the page, the API and the messages quote the same times.
 */
export const STANDARD_OPENING_HOURS: OpeningHours = {
  weekdays: [1, 2, 3, 4, 5],
  sessions: [
    { from: "07:30", to: "11:30" },
    { from: "13:30", to: "17:00" },
  ],
};
