// The reference code of a declaration ("mã hồ sơ"), printed in large type and as a QR code on Tờ khai 01,
// read aloud at the counter and typed into the status look-up.

/**
 * 30 symbols: digits and upper-case letters without 0/O, 1/I/L (read alike) and U (avoids
 * accidental words), so a code read from paper or over the phone is hard to mistype.
 */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * 8 random symbols: 30^8 ≈ 6.6 × 10^11 ≈ 39 bits. Enough that codes almost never collide at the
 * scale of a national portal (the unique index catches the rare collision and the caller draws again),
 * and that guessing one is hopeless: the code alone is not a credential (the look-up also asks for
 * the ID number), it only must not be enumerable. Short enough to read out at a counter.
 */
export const REFERENCE_RANDOM_LENGTH = 8;
const PREFIX = "TK";

const CANONICAL = new RegExp(`^${PREFIX}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);
const BODY = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_RANDOM_LENGTH}}$`);

/** A new random code such as "TK-7KQ4-M9XD", from the platform's CSPRNG (Node ≥ 19 and browsers). */
export function generateReferenceCode(): string {
  // Rejection sampling: bytes ≥ 240 (the largest multiple of 30 under 256) are dropped so every symbol is equally likely.
  const limit = 256 - (256 % REFERENCE_ALPHABET.length);
  let body = "";
  while (body.length < REFERENCE_RANDOM_LENGTH) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    for (const byte of bytes) {
      if (byte < limit && body.length < REFERENCE_RANDOM_LENGTH) body += REFERENCE_ALPHABET.charAt(byte % REFERENCE_ALPHABET.length);
    }
  }
  return format(body);
}

function format(body: string): string {
  return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** True for a code in its canonical form, "TK-XXXX-XXXX". */
export function isReferenceCode(s: string): boolean {
  return CANONICAL.test(s);
}

/**
 * What a person typed ("tk 7kq4 m9xd", "7KQ4M9XD", "TK-7KQ4-M9XD") in canonical form, or null.
 * Lower case, spaces, dashes and a missing "TK" are accepted. Look-alike symbols (O, I, L, U, 0, 1)
 * are rejected rather than guessed: none of them is in the alphabet, so any mapping would be a guess.
 */
export function normalizeReferenceInput(s: string): string | null {
  const compact = s.toUpperCase().replace(/[\s\-_.\u2010-\u2015]/g, "");
  const body = compact.length === PREFIX.length + REFERENCE_RANDOM_LENGTH && compact.startsWith(PREFIX) ? compact.slice(PREFIX.length) : compact;
  return BODY.test(body) ? format(body) : null;
}
