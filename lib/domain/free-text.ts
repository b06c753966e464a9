// The rule for text a person types into the declaration (names, street, place of issue…): what is printed
// on the Tờ khai and shown to the officer must be what it looks like. NFC first; then refused: ill-formed
// UTF-16 (lone surrogates), control and format characters (NUL, the bidi overrides and isolates that make
// "fdp.exe" display as "exe.pdf", zero-width characters), stacks of combining marks ("Zalgo" text), and
// anything the PDF font (Noto Serif, as bundled) cannot draw — emoji above all.

export type FreeTextProblem = "invalidCharacters" | "tooManyMarks" | "emoji" | "unsupportedCharacter";

/** Vietnamese needs at most two marks on a letter (ệ = e + circumflex + dot below); NFC composes them anyway. */
export const MAX_COMBINING_MARKS_PER_LETTER = 2;

/** Lone surrogates (a paired one is a single code point for a `u` regex). */
const ILL_FORMED = /[\uD800-\uDFFF]/u;
/** Controls (Cc: NUL, tab, new line…), format characters (Cf: U+202A–202E, U+2066–2069, U+200B–200F, U+FEFF…), private use, unassigned, line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/u;

/**
 * What Noto Serif draws and the form needs: Latin letters (basic, Latin-1, Extended-A and -B, Latin
 * Extended Additional, which holds Vietnamese), digits, the combining diacritics, the space and common
 * punctuation. tests/unit/free-text.test.ts checks every character accepted here against the font itself.
 */
const PRINTABLE = /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F .,;:'"()[\]<>=/\\&#%+!?*@_\-\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00B0\u00BA\u00AA\u00B7]*$/u;

/** NFC, and any kind of space (no-break, thin…) as a plain space: what is stored and printed. */
export function normalizeFreeText(value: string): string {
  return value.normalize("NFC").replace(/\p{Zs}/gu, " ");
}

/** The first problem of `value` (already normalized), or null when it may be stored and printed. */
export function freeTextProblem(value: string): FreeTextProblem | null {
  if (ILL_FORMED.test(value) || INVISIBLE.test(value)) return "invalidCharacters";
  if (EMOJI.test(value)) return "emoji";
  if (maxCombiningMarksPerLetter(value) > MAX_COMBINING_MARKS_PER_LETTER) return "tooManyMarks";
  if (!PRINTABLE.test(value)) return "unsupportedCharacter";
  return null;
}

/** The longest run of combining marks on one base character. */
export function maxCombiningMarksPerLetter(value: string): number {
  let longest = 0;
  for (const run of value.matchAll(/\p{M}+/gu)) longest = Math.max(longest, [...run[0]].length);
  return longest;
}

/** Whether one character (a code point) is in the printable repertoire. */
export function isPrintableCharacter(char: string): boolean {
  return PRINTABLE.test(char) && !INVISIBLE.test(char);
}
