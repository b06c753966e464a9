// Rules for the identifiers a person types into Tờ khai 01: BHXH code, CCCD/CMND/passport, mobile, name.
// Pure functions: no React, Next or Prisma. Rules come from docs/mau-01.md §3.
// The import attribute lets plain Node ESM (the Playwright runner, tsx scripts) load this module too.
import birthProvinceData from "./data/cccd-birth-province-codes.json" with { type: "json" };

export type Sex = "male" | "female";
export type IdType = "cccd" | "cmnd" | "passport";
export const ID_TYPES = ["cccd", "cmnd", "passport"] as const satisfies readonly IdType[];
export const SEXES = ["male", "female"] as const satisfies readonly Sex[];

/** A calendar date: "YYYY-MM-DD", or a Date read in UTC (as Prisma returns `@db.Date` columns). */
export type CalendarDate = Date | string;

/** Removes the spaces, dots and dashes (typographic ones too) people type inside numbers ("001 090.012-345"). */
export function normalizeDigits(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, "");
}

// ---------------------------------------------------------------------------------------------
// BHXH code and BHYT card

/** Mã số BHXH: exactly 10 digits, no public check digit. */
export function isBhxhCode(s: string): boolean {
  return /^\d{10}$/.test(s);
}

/**
 * The BHXH code inside a health-insurance card number: the last 10 characters of the old
 * 15-character card (2 letters, 1 digit, 2-digit province, BHXH code), or the 10-digit new card.
 */
export function bhxhCodeFromBhytCard(cardNumber: string): string | null {
  const card = normalizeDigits(cardNumber).toUpperCase();
  if (isBhxhCode(card)) return card;
  if (/^[A-Z]{2}\d{13}$/.test(card)) return card.slice(5);
  return null;
}

/**
 * What the BHXH code field keeps of what was typed: the 10 digits, or the last 10 of a 15-character BHYT
 * card number (people copy the card, which is the document they carry); anything else as typed, for the
 * field's own rule to judge.
 */
export function normalizeBhxhCodeInput(input: string): string {
  return bhxhCodeFromBhytCard(input) ?? normalizeDigits(input);
}

/** Who issues a CCCD, as the wizard offers it (and the printed Tờ khai shows it); "Khác" lets the person type another. */
export const CCCD_ISSUE_PLACES = ["Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Công an"] as const;

// ---------------------------------------------------------------------------------------------
// CCCD / căn cước

export interface CccdBirthProvince {
  code: string;
  name: string;
}

/** The 63 pre-2025 province codes that open a CCCD number (province where the birth was registered). */
export const cccdBirthProvinces: readonly CccdBirthProvince[] = birthProvinceData.provinces;
export const cccdBirthProvinceCodes: readonly string[] = cccdBirthProvinces.map((p) => p.code);
const birthProvinceCodeSet = new Set(cccdBirthProvinceCodes);

/**
 * Digit 4 of a CCCD: the birth century and the sex (Circular 07/2016/TT-BCA).
 * Digits 4–9 encode the 2100s to the 2300s; nobody alive can hold them yet, so they count as invalid.
 */
const CCCD_CENTURY_DIGITS: Readonly<Record<string, { century: number; sex: Sex }>> = {
  "0": { century: 1900, sex: "male" },
  "1": { century: 1900, sex: "female" },
  "2": { century: 2000, sex: "male" },
  "3": { century: 2000, sex: "female" },
};

/** What can be wrong with a CCCD number, most fundamental first. */
export type CccdProblem = "format" | "province" | "century" | "birthYear" | "sex";
export const CCCD_PROBLEMS = ["format", "province", "century", "birthYear", "sex"] as const satisfies readonly CccdProblem[];

export interface IdentityContext {
  /** "YYYY-MM-DD" or a Date read in UTC. */
  dateOfBirth?: CalendarDate | undefined;
  sex?: Sex | undefined;
}

function birthYearOf(dateOfBirth: CalendarDate): number | null {
  if (typeof dateOfBirth === "string") {
    const match = /^(\d{4})-\d{2}-\d{2}$/.exec(dateOfBirth);
    return match?.[1] ? Number(match[1]) : null;
  }
  const year = dateOfBirth.getUTCFullYear();
  return Number.isNaN(year) ? null : year;
}

/**
 * Checks a CCCD number (pass it already normalised: 12 digits, no spaces) and, when given,
 * its agreement with the date of birth and sex. Returns the problems in order; empty means valid.
 * There is no check digit, so digits 7–12 are not checked.
 */
export function checkCccd(number: string, ctx: IdentityContext = {}): CccdProblem[] {
  if (!/^\d{12}$/.test(number)) return ["format"];
  const problems: CccdProblem[] = [];
  if (!birthProvinceCodeSet.has(number.slice(0, 3))) problems.push("province");
  const centuryDigit = CCCD_CENTURY_DIGITS[number.charAt(3)];
  if (!centuryDigit) {
    problems.push("century");
    return problems;
  }
  if (ctx.dateOfBirth !== undefined) {
    const year = birthYearOf(ctx.dateOfBirth);
    if (year !== null && centuryDigit.century + Number(number.slice(4, 6)) !== year) problems.push("birthYear");
  }
  if (ctx.sex !== undefined && centuryDigit.sex !== ctx.sex) problems.push("sex");
  return problems;
}

/**
 * The first 6 digits of a valid CCCD for this person: province code, century/sex digit, year.
 * Used by test factories and seed data; throws on an unknown province or an unsupported century.
 */
export function cccdPrefixFor(provinceCode: string, dateOfBirth: CalendarDate, sex: Sex): string {
  if (!birthProvinceCodeSet.has(provinceCode)) throw new Error(`Unknown CCCD birth province code: ${provinceCode}`);
  const year = birthYearOf(dateOfBirth);
  const entry = Object.entries(CCCD_CENTURY_DIGITS).find(
    ([, v]) => year !== null && v.sex === sex && v.century === Math.floor(year / 100) * 100,
  );
  if (!entry || year === null) throw new Error(`No CCCD century digit for a birth year of ${String(year)}`);
  return `${provinceCode}${entry[0]}${String(year % 100).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// CMND, passport, and the dispatch by document type

export type IdFormatProblem = "format";
export type IdProblem = CccdProblem;

/** CMND (old ID card): 9 or 12 digits. */
export function checkCmnd(number: string): IdFormatProblem[] {
  return /^(\d{9}|\d{12})$/.test(number) ? [] : ["format"];
}

/** Passport: usually 1 letter + 7 digits (Vietnamese); other countries' 8–9 letters and digits accepted. Upper case only. */
export function checkPassport(number: string): IdFormatProblem[] {
  return /^([A-Z]\d{7}|[A-Z0-9]{8,9})$/.test(number) ? [] : ["format"];
}

/**
 * The stored form of an ID number: without spaces, dots or dashes, upper-cased.
 * The same for every document type (digits are unchanged by upper-casing), so a form can apply it
 * before it knows the type.
 */
export function normalizeIdNumber(input: string): string {
  return normalizeDigits(input).toUpperCase();
}

/** Checks a normalised ID number for its document type. Empty means valid. */
export function checkIdNumber(idType: IdType, number: string, ctx: IdentityContext = {}): IdProblem[] {
  switch (idType) {
    case "cccd":
      return checkCccd(number, ctx);
    case "cmnd":
      return checkCmnd(number);
    case "passport":
      return checkPassport(number);
  }
}

// ---------------------------------------------------------------------------------------------
// Mobile phone

const VN_MOBILE = /^(0|\+84|84)((?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7})$/;

/** A Vietnamese mobile number typed as 0…, +84… or 84…, with spaces, dots, dashes or brackets, as E.164; null if it is not one. */
export function normalizeVietnameseMobile(input: string): string | null {
  const compact = normalizeDigits(input).replace(/[()]/g, "");
  const match = VN_MOBILE.exec(compact);
  return match ? `+84${match[2]}` : null;
}

/** The national form people read and type: +84912345678 → 0912345678. Other numbers come back unchanged. */
export function displayPhone(e164: string): string {
  return e164.startsWith("+84") ? `0${e164.slice(3)}` : e164;
}

/** The national form with only the last 3 digits visible: +84912345678 → *******678. */
export function maskPhone(e164: string): string {
  const national = displayPhone(e164);
  return "*".repeat(Math.max(0, national.length - 3)) + national.slice(-3);
}

/** A phone as told back to the person who typed it, recognisable but not readable over a shoulder: "0912 *** 678". */
export function maskPhoneMiddle(e164: string): string {
  const national = displayPhone(e164);
  if (national.length < 8) return maskPhone(e164);
  return `${national.slice(0, 4)} *** ${national.slice(-3)}`;
}

// ---------------------------------------------------------------------------------------------
// Names

export const FULL_NAME_MIN_LENGTH = 2;
export const FULL_NAME_MAX_LENGTH = 100;

/** NFC, trimmed, runs of whitespace collapsed to one space: the form a name is stored in. */
export function normalizeFullName(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ");
}

// Vietnamese letters are Latin-script letters (ă, â, đ, ê, ô, ơ, ư with every tone mark); combining
// marks are allowed in case the input was not composed. A name starts and ends with a letter.
const FULL_NAME = /^\p{Script=Latin}(?:[\p{Script=Latin}\p{M} '’-]*[\p{Script=Latin}\p{M}])?$/u;

/** A full name as stored (see normalizeFullName): letters, spaces, apostrophes and hyphens; 2–100 characters. */
export function isValidFullName(s: string): boolean {
  const name = normalizeFullName(s);
  const length = [...name].length;
  return length >= FULL_NAME_MIN_LENGTH && length <= FULL_NAME_MAX_LENGTH && FULL_NAME.test(name);
}

/** Lower case, without diacritics (đ → d), single spaces: for diacritic-insensitive search. */
export function searchableText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}
