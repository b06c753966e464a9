// The one check for every "where to go next" parameter (?next=, ?tiep=, callbackUrl): only a path of
// this site, never another site however it is spelled. Browsers forgive a lot in a Location header
// ("/\evil", "/<TAB>/evil", "//evil", percent-encoded forms of those), so anything that could read as
// a scheme, an authority, a backslash or a control character, raw or encoded, is refused outright.

/** Longer values are refused: a return path is a page of this site, not a payload. */
export const RETURN_PATH_MAX_LENGTH = 1024;

// Characters a path, query or fragment of this site may use, unencoded (no backslash, no space, no controls).
const PLAIN = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/;
const UNSAFE_DECODED = /[\u0000-\u001f\u007f-\u009f\\\s]/;
const BASE = "http://return-path.invalid";

function decodeFully(value: string): string | null {
  let current = value;
  // Double (triple…) encoding: decode until stable; a handful of rounds is enough for anything honest.
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

function isUnderPrefix(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const after = path.charAt(prefix.length);
  return after === "" || after === "/" || after === "?" || after === "#";
}

export type ReturnPathOptions = {
  /** Only paths inside this one (segment-wise: "/can-bo" allows "/can-bo/ho-so", not "/can-bomb"). */
  within?: string;
  /** Paths never returned to (e.g. the sign-in page itself). */
  exclude?: readonly string[];
};

/** The path if it is a safe one of this site (normalised), else null. */
export function parseReturnPath(candidate: unknown, options: ReturnPathOptions = {}): string | null {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > RETURN_PATH_MAX_LENGTH) return null;
  if (!PLAIN.test(candidate)) return null;
  const decoded = decodeFully(candidate);
  if (decoded === null || UNSAFE_DECODED.test(decoded)) return null;
  // A single leading slash, in the raw and in the decoded form: "//host" and "/%2Fhost" are other sites.
  for (const form of [candidate, decoded]) {
    if (!form.startsWith("/") || form.startsWith("//")) return null;
  }
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return null;
  if (options.within && !isUnderPrefix(url.pathname, options.within)) return null;
  if (options.exclude?.some((prefix) => isUnderPrefix(url.pathname, prefix))) return null;
  return path;
}

/** The safe path, or `fallback` when the candidate is missing or unsafe. */
export function safeReturnPath(candidate: unknown, fallback: string, options: ReturnPathOptions = {}): string {
  return parseReturnPath(candidate, options) ?? fallback;
}

/** True for a path safeReturnPath would keep. */
export function isSafeReturnPath(candidate: unknown, options: ReturnPathOptions = {}): boolean {
  return parseReturnPath(candidate, options) !== null;
}
