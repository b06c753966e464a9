// JSON from strangers, refused before JSON.parse when it is too large or nested too deep: a 5,000-deep
// array is valid JSON, but every recursive walk after it (fingerprint, schema, logging) would pay for it.

/** The declaration part: about 1 KB in practice; 64 KB leaves room and bounds the work. */
export const DECLARATION_JSON_MAX_BYTES = 64 * 1024;
/** The declaration is two levels deep (address inside it); 16 is generous and still cheap. */
export const JSON_MAX_DEPTH = 16;

/** The nesting depth of `text` read as JSON (brackets outside strings), stopping once past `limit`. */
export function jsonDepthExceeds(text: string, limit: number = JSON_MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The parsed value, or undefined when `text` is not JSON, longer than `maxBytes` (UTF-8) or deeper than `maxDepth`. */
export function parseBoundedJson(text: string, maxBytes: number = DECLARATION_JSON_MAX_BYTES, maxDepth: number = JSON_MAX_DEPTH): unknown {
  // A UTF-8 byte count without allocating: at most 3 bytes per UTF-16 code unit.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && new TextEncoder().encode(text).byteLength > maxBytes)) return undefined;
  if (jsonDepthExceeds(text, maxDepth)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
