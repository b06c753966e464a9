// What the officer typed (or the scanner sent) into the queue's one search box, read as every
// identifier it could be: a reference code, an ID number, a BHXH code, a mobile, or a name typed
// with or without diacritics. Pure: the server turns the candidates into one indexed query.
import { normalizeDigits, normalizeIdNumber, normalizeVietnameseMobile, searchableText } from "./identifiers";
import { normalizeReferenceInput } from "./reference-code";

export type QueueSearchTerms = {
  /** Canonical "TK-XXXX-XXXX". */
  reference?: string;
  /** Normalised as stored: no separators, upper case. */
  idNumber?: string;
  bhxhCode?: string;
  /** E.164. */
  phone?: string;
  /** Unaccented lower-case words, each to be found in Declaration.fullNameSearch. */
  nameWords?: string[];
};

export const QUEUE_SEARCH_MAX_LENGTH = 100;

/** The interpretations of `input`; an empty object when there is nothing to search for. */
export function parseQueueSearch(input: string): QueueSearchTerms {
  const text = input.trim().slice(0, QUEUE_SEARCH_MAX_LENGTH);
  if (text === "") return {};
  const terms: QueueSearchTerms = {};
  const reference = normalizeReferenceInput(text);
  if (reference) terms.reference = reference;
  const phone = normalizeVietnameseMobile(text);
  if (phone) terms.phone = phone;
  const compact = normalizeDigits(text).replace(/[()]/g, "");
  if (/^\d{10}$/.test(compact)) terms.bhxhCode = compact;
  const id = normalizeIdNumber(text);
  // CCCD (12), CMND (9 or 12), passport (a letter and 7 digits, or 8–9 letters and digits with a digit).
  if (/^(\d{9}|\d{12})$/.test(id) || (/^[A-Z0-9]{8,9}$/.test(id) && /\d/.test(id))) terms.idNumber = id;
  // Names have no digits; a word of letters can also be a reference code typed without "TK".
  if (!/\d/.test(text)) {
    const words = searchableText(text)
      .split(" ")
      .map((w) => w.replace(/[^a-z'’-]/g, ""))
      .filter((w) => w.length > 0);
    if (words.length > 0) terms.nameWords = [...new Set(words)].slice(0, 6);
  }
  return terms;
}

export function hasSearchTerms(terms: QueueSearchTerms): boolean {
  return Object.keys(terms).length > 0;
}
