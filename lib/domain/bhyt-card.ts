// The BHYT (health-insurance) card: its 15-character number, whether it is valid today, and the text
// of the QR code printed on it — the same format parseBhytQr (qr-payloads.ts) reads.
import { isBhxhCode } from "./identifiers";

/** Days before the end of validity from which the card page warns that it expires soon. */
export const CARD_EXPIRY_WARNING_DAYS = 30;

/** Share of covered costs BHYT pays, by the benefit-level digit of the card number (Luật BHYT, Điều 22). */
export const BENEFIT_LEVEL_PERCENT: Record<number, number> = { 1: 100, 2: 100, 3: 95, 4: 80, 5: 100 };

export type BhytCardNumberParts = {
  /** Mã đối tượng, 2 letters (DN, HC, HT, GD, HS, TE…). */
  beneficiaryGroup: string;
  /** Mức hưởng, 1–5. */
  benefitLevel: number;
  /** The 2-digit province code on the card. */
  provinceCode: string;
  bhxhCode: string;
};

const CARD_NUMBER = /^([A-Z]{2})([1-5])(\d{2})(\d{10})$/;

export function buildBhytCardNumber(parts: BhytCardNumberParts): string {
  const number = `${parts.beneficiaryGroup}${parts.benefitLevel}${parts.provinceCode}${parts.bhxhCode}`;
  if (parseBhytCardNumber(number) === null) throw new RangeError(`not a BHYT card number: ${number}`);
  return number;
}

export function parseBhytCardNumber(cardNumber: string): BhytCardNumberParts | null {
  const match = CARD_NUMBER.exec(cardNumber);
  if (!match || !isBhxhCode(match[4]!)) return null;
  return { beneficiaryGroup: match[1]!, benefitLevel: Number(match[2]), provinceCode: match[3]!, bhxhCode: match[4]! };
}

export type CardValidity =
  | { state: "valid" }
  | { state: "expiringSoon"; daysLeft: number }
  | { state: "expired" }
  | { state: "notYetValid" };

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/**
 * Validity on `today` (all "YYYY-MM-DD", Vietnam's calendar). The last day printed is still valid;
 * "expiringSoon" from CARD_EXPIRY_WARNING_DAYS days before it. A card without an end date never expires.
 */
export function cardValidity(validFrom: string, validTo: string | null, today: string): CardValidity {
  const now = dayNumber(today);
  if (now < dayNumber(validFrom)) return { state: "notYetValid" };
  if (validTo === null) return { state: "valid" };
  const daysLeft = dayNumber(validTo) - now;
  if (daysLeft < 0) return { state: "expired" };
  if (daysLeft <= CARD_EXPIRY_WARNING_DAYS) return { state: "expiringSoon", daysLeft };
  return { state: "valid" };
}

export type BhytQrInput = {
  cardNumber: string;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: "male" | "female";
  address: string;
  /** 5 digits: province + facility, printed "01 - 001". */
  facilityCode: string;
  validFrom: string;
  validTo: string | null;
  issuedOn: string;
  fiveYearsFrom: string | null;
};

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const hexUtf8 = (text: string) => Array.from(new TextEncoder().encode(text.normalize("NFC")), (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * The card's QR text, field by field as printed on the cards issued since 2021: number | name (UTF-8 hex) |
 * date of birth | sex (1 male, 2 female) | address (hex) | facility "PP - CCC" | valid from | valid to |
 * issued | BHXH code | "-" | "4" | 5-year date | "$". Real cards add a checksum of BHXH's own before "$";
 * it is not reproduced here (docs/decisions/0014).
 */
export function bhytQrPayload(card: BhytQrInput): string {
  const facility = `${card.facilityCode.slice(0, 2)} - ${card.facilityCode.slice(2)}`;
  const bhxhCode = card.cardNumber.slice(-10);
  return [
    card.cardNumber,
    hexUtf8(card.fullName),
    ddmmyyyy(card.dateOfBirth),
    card.sex === "male" ? "1" : "2",
    hexUtf8(card.address),
    facility,
    ddmmyyyy(card.validFrom),
    card.validTo === null ? "-" : ddmmyyyy(card.validTo),
    ddmmyyyy(card.issuedOn),
    bhxhCode,
    "-",
    "4",
    card.fiveYearsFrom === null ? "-" : ddmmyyyy(card.fiveYearsFrom),
    "$",
  ].join("|");
}
