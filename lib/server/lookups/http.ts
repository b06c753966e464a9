import "server-only";
// What the look-up route handlers share: a small JSON body read with a hard cap, and conditional GETs
// (ETag / If-None-Match → 304) for the answers that hold nothing personal.
import { createHash } from "node:crypto";

/** A look-up query is a few short fields; anything bigger is not one. */
export const MAX_LOOKUP_BODY_BYTES = 4 * 1024;

/** The body as JSON; "tooLarge" past the cap (whatever Content-Length says), "invalid" if it is not JSON. */
export async function readSmallJson(request: Request, max = MAX_LOOKUP_BODY_BYTES): Promise<{ ok: true; json: unknown } | { ok: false; problem: "tooLarge" | "invalid" }> {
  if (Number(request.headers.get("content-length") ?? "0") > max) return { ok: false, problem: "tooLarge" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel();
        return { ok: false, problem: "tooLarge" };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, problem: "invalid" };
  }
}

/** A strong validator of the exact bytes of an answer. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when If-None-Match names `etag` (or is "*"); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
