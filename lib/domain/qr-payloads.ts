// Reads the QR codes printed on the chip CCCD and on the BHYT (health-insurance) card into typed values.
// Pure and total: runs in the browser, never throws, and returns either a complete value or one i18n error key.
import { bhxhCodeFromBhytCard, checkCccd, checkCmnd, isValidFullName, normalizeFullName, normalizeIdNumber, type Sex } from "./identifiers";

export type QrKind = "cccd" | "bhyt" | "unknown";

export type QrParseResult<Value, ErrorKey extends string> =
  | { ok: true; value: Value }
  | { ok: false; error: ErrorKey };

export interface CccdQrData {
  /** The 12-digit CCCD / căn cước number. */
  idNumber: string;
  /** The former CMND (9 or 12 digits), when the card carries one. */
  oldIdNumber?: string;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: Sex;
  addressText: string;
  /** YYYY-MM-DD */
  issueDate: string;
}

export interface BhytQrData {
  /** 15 characters (2 letters, benefit level, province, BHXH code) or, on new cards, the 10-digit BHXH code. */
  cardNumber: string;
  /** The 10-digit mã số BHXH: the last 10 characters of the card number. */
  bhxhCode: string;
  fullName: string;
  /** YYYY-MM-DD; absent when the card prints only the year of birth. */
  dateOfBirth?: string;
  birthYear: number;
  sex: Sex;
  addressText?: string;
}

/** "notCccd": not the QR of a CCCD at all; "cccdInvalid": a CCCD QR with a field that cannot be right. */
export type CccdQrError = "qr.notCccd" | "qr.cccdInvalid";
/** "bhytNameUnreadable" is separate because decoding the name is the known weak spot of these cards. */
export type BhytQrError = "qr.notBhyt" | "qr.bhytInvalid" | "qr.bhytNameUnreadable";

const CCCD_FIELD_COUNT = 7;
const BHYT_MIN_FIELD_COUNT = 5;
const MAX_ADDRESS_LENGTH = 500;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export function detectQrKind(text: string): QrKind {
  const fields = splitFields(text);
  if (looksLikeCccd(fields)) return "cccd";
  if (bhytCardOf(splitFields(stripBhytTerminator(text))) !== null) return "bhyt";
  return "unknown";
}

export function parseCccdQr(text: string): QrParseResult<CccdQrData, CccdQrError> {
  const fields = splitFields(text);
  if (!looksLikeCccd(fields)) return { ok: false, error: "qr.notCccd" };
  const invalid = { ok: false, error: "qr.cccdInvalid" } as const;

  const [idNumber, oldId, name, dob, sexText, address, issued] = fields as [string, string, string, string, string, string, string];
  const oldIdNumber = oldId.trim();
  if (oldIdNumber !== "" && checkCmnd(oldIdNumber).length > 0) return invalid;
  const fullName = cleanPersonName(name);
  const dateOfBirth = isoFromCompactDate(dob.trim());
  const sex = sexFromCccd(sexText);
  const addressText = cleanText(address);
  const issueDate = isoFromCompactDate(issued.trim());
  if (fullName === null || dateOfBirth === null || sex === null || issueDate === null) return invalid;
  if (!isAcceptableAddress(addressText)) return invalid;
  if (issueDate < dateOfBirth) return invalid;

  const value: CccdQrData = { idNumber: idNumber.trim(), fullName, dateOfBirth, sex, addressText, issueDate };
  if (oldIdNumber !== "") value.oldIdNumber = oldIdNumber;
  return { ok: true, value };
}

export function parseBhytQr(text: string): QrParseResult<BhytQrData, BhytQrError> {
  const fields = splitFields(stripBhytTerminator(text));
  const card = bhytCardOf(fields);
  if (card === null) return { ok: false, error: "qr.notBhyt" };
  const invalid = { ok: false, error: "qr.bhytInvalid" } as const;

  const [, nameHex, dob, sexCode, addressHex] = fields as [string, string, string, string, string];
  const decodedName = decodeHexUtf8(nameHex.trim());
  const fullName = decodedName === null ? null : cleanPersonName(decodedName);
  if (fullName === null) return { ok: false, error: "qr.bhytNameUnreadable" };

  const birth = birthFromBhyt(dob.trim());
  const sex = sexCode.trim() === "1" ? "male" : sexCode.trim() === "2" ? "female" : null;
  if (birth === null || sex === null) return invalid;

  let addressText: string | undefined;
  const addressField = addressHex.trim();
  if (addressField !== "-" && addressField !== "") {
    const decoded = decodeHexUtf8(addressField);
    if (decoded === null) return invalid;
    const cleaned = cleanText(decoded);
    if (cleaned !== "" && !isAcceptableAddress(cleaned)) return invalid;
    if (cleaned !== "") addressText = cleaned;
  }

  const value: BhytQrData = { cardNumber: card.cardNumber, bhxhCode: card.bhxhCode, fullName, birthYear: birth.year, sex };
  if (birth.iso !== undefined) value.dateOfBirth = birth.iso;
  if (addressText !== undefined) value.addressText = addressText;
  return { ok: true, value };
}

function splitFields(text: string): string[] {
  if (typeof text !== "string") return []; // callers from untyped code (a scanner callback) must not make us throw
  return text.normalize("NFC").trim().split("|");
}

/** The BHYT payload ends with "$"; scanners sometimes drop it or add a line break after it. */
function stripBhytTerminator(text: string): string {
  if (typeof text !== "string") return "";
  const trimmed = text.trim();
  return trimmed.endsWith("$") ? trimmed.slice(0, -1) : trimmed;
}

function looksLikeCccd(fields: string[]): boolean {
  return fields.length >= CCCD_FIELD_COUNT && !checkCccd((fields[0] ?? "").trim()).includes("format");
}

/** The card number of what looks like a BHYT payload, with the BHXH code inside it; null if it is not one. */
function bhytCardOf(fields: string[]): { cardNumber: string; bhxhCode: string } | null {
  if (fields.length < BHYT_MIN_FIELD_COUNT) return null;
  const cardNumber = normalizeIdNumber(fields[0] ?? "");
  const bhxhCode = bhxhCodeFromBhytCard(cardNumber);
  return bhxhCode === null ? null : { cardNumber, bhxhCode };
}

/** NFC, trimmed, inner runs of whitespace collapsed to one space. */
function cleanText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/gu, " ");
}

function isAcceptableAddress(text: string): boolean {
  return text !== "" && text.length <= MAX_ADDRESS_LENGTH && !/\p{Cc}/u.test(text);
}

function cleanPersonName(text: string): string | null {
  return isValidFullName(text) ? normalizeFullName(text) : null;
}

function sexFromCccd(text: string): Sex | null {
  const word = text.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (word === "nam") return "male";
  if (word === "nữ") return "female";
  return null;
}

/** "ddmmyyyy" → "yyyy-mm-dd", or null unless it is a real calendar date. */
function isoFromCompactDate(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  return match ? isoFromParts(match[1], match[2], match[3]) : null;
}

function birthFromBhyt(text: string): { iso?: string; year: number } | null {
  const full = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (full) {
    const iso = isoFromParts(full[1], full[2], full[3]);
    return iso === null ? null : { iso, year: Number(full[3]) };
  }
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { year } : null;
  }
  return null;
}

function isoFromParts(dd: string | undefined, mm: string | undefined, yyyy: string | undefined): string | null {
  if (dd === undefined || mm === undefined || yyyy === undefined) return null;
  const day = Number(dd);
  const month = Number(mm);
  const year = Number(yyyy);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${yyyy}-${mm}-${dd}`;
}

/** Hex of UTF-8 bytes → text; null for odd length, non-hex digits or bytes that are not valid UTF-8. */
function decodeHexUtf8(hex: string): string | null {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
