// The rules of the public registry look-ups (/tra-cuu/co-so-kcb: medical facilities; /tra-cuu/don-vi:
// employers): how a typed name becomes the words searched for, what a tax code is, and the opaque
// keyset cursor of a result page. Pure: the server turns them into one indexed query.
import { searchableText } from "./identifiers";

/** Results per page: read on a phone, and each is a few lines. */
export const REGISTRY_PAGE_SIZE = 20;
/** The shortest name searched for (letters and digits, without diacritics): shorter would match nearly everything. */
export const REGISTRY_NAME_MIN_LENGTH = 3;
export const REGISTRY_NAME_MAX_LENGTH = 100;
/** At most this many words of a name are searched for. */
export const REGISTRY_NAME_MAX_WORDS = 8;
/** A word shorter than this has no trigram: it filters the rows found by the others instead of using the index. */
export const TRIGRAM_WORD_MIN_LENGTH = 3;

/**
 * A name as the registries store it in "nameSearch" (a column PostgreSQL generates with the same rule,
 * decision 0022): lower case, without diacritics (đ → d), every run of anything but a–z and 0–9 one
 * space. "Bệnh viện Đa khoa (Hà Nội)" → "benh vien da khoa ha noi". Built on searchableText, the
 * normalisation of the BHXH-code look-up.
 */
export function registrySearchKey(text: string): string {
  return searchableText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The words a typed name is searched by: each must appear in the stored name (anywhere: "bach mai" finds
 * "Bệnh viện Bạch Mai"), typed with or without diacritics, in any case. Null when fewer than
 * REGISTRY_NAME_MIN_LENGTH letters and digits are left; duplicates are dropped, at most REGISTRY_NAME_MAX_WORDS.
 */
export function registryNameWords(text: string): string[] | null {
  const key = registrySearchKey(text.slice(0, REGISTRY_NAME_MAX_LENGTH));
  if (key.replace(/ /g, "").length < REGISTRY_NAME_MIN_LENGTH) return null;
  return [...new Set(key.split(" "))].slice(0, REGISTRY_NAME_MAX_WORDS);
}

// ---------------------------------------------------------------------------------------------
// Tax codes

/** Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch (as the master-data import accepts them). */
export const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** True when the text is meant as a tax code: only digits, dashes, dots and spaces (a name always has a letter). */
export function looksLikeTaxCode(text: string): boolean {
  return /^[\d\s.-]+$/.test(text.trim()) && /\d/.test(text);
}

/** "0101 234 567 - 001" → "0101234567-001"; null when it is not a tax code. */
export function normalizeTaxCode(text: string): string | null {
  const compact = text.replace(/[\s.]/g, "").replace(/[‐‑–—]/g, "-");
  return TAX_CODE.test(compact) ? compact : null;
}

// ---------------------------------------------------------------------------------------------
// Keyset cursor

/** Where a page ends: the last row's position in the (nameSearch, code) order. */
export type RegistryCursor = { nameSearch: string; code: string };

const CURSOR_VERSION = "1";
export const REGISTRY_CURSOR_MAX_LENGTH = 200;

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromBase64Url = (text: string) => atob(text.replace(/-/g, "+").replace(/_/g, "/"));

/**
 * Opaque to callers (they pass back what they got): base64url of a versioned JSON pair. Its fields are
 * the public name key and the public code of the last row, so it reveals nothing the page did not show.
 */
export function encodeRegistryCursor(cursor: RegistryCursor): string {
  return toBase64Url(JSON.stringify([CURSOR_VERSION, cursor.nameSearch, cursor.code]));
}

/** The cursor, or null when it is not one this portal made (malformed, another version, out of range). */
export function decodeRegistryCursor(text: string): RegistryCursor | null {
  if (text.length === 0 || text.length > REGISTRY_CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== CURSOR_VERSION) return null;
    const [, nameSearch, code] = value as unknown[];
    if (typeof nameSearch !== "string" || !/^[a-z0-9 ]{0,150}$/.test(nameSearch)) return null;
    if (typeof code !== "string" || !/^[A-Z0-9]{1,20}$/.test(code)) return null;
    return { nameSearch, code };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Employers

export const EMPLOYER_PARTICIPATION_STATUSES = ["participating", "notParticipating"] as const;
/**
 * What the public is told about an employer's participation, derived from the participation periods
 * (never a worker's name, number or count): "participating" while at least one period of any scheme
 * under the employer is open (no end month, or one not yet past); "notParticipating" otherwise.
 */
export type EmployerParticipationStatus = (typeof EMPLOYER_PARTICIPATION_STATUSES)[number];

