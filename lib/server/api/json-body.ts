import "server-only";
// A small JSON request body (phone confirmation, record check): capped before parsing, never thrown on.
const MAX_JSON_BODY_BYTES = 8 * 1024;

/** The parsed body, or undefined when it is missing, too large or not JSON (the schema then names the fields). */
export async function readSmallJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) return undefined;
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
