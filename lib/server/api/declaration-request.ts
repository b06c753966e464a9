import "server-only";
// Reading a declaration sent as multipart/form-data: a `declaration` part (JSON, as a text field or a
// file) and the photo parts `portrait`, `idFront`, `idBack`. Route handlers are not bound by the 1 MB
// server-action limit, so the whole body is capped here instead, before anything is parsed.
import type { Locale } from "@/lib/i18n/config";
import { PHOTO_KINDS } from "../images/process-photo";
import type { DeclarationUploads } from "../declarations/results";
import { jsonResponse, problemResponse } from "./http";
import { translate } from "@/lib/i18n/catalog";

/** Three photos of at most 10 MB, the JSON and the multipart framing. A photo over its own limit is refused by the service, naming it. */
export const MAX_DECLARATION_BODY_BYTES = 35 * 1024 * 1024;

export type DeclarationRequest = { ok: true; json: unknown; files: DeclarationUploads } | { ok: false; response: Response };

export async function readDeclarationRequest(request: Request, locale: Locale): Promise<DeclarationRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return { ok: false, response: problemResponse(415, "multipartRequired", locale) };
  const tooLarge = () => ({ ok: false as const, response: problemResponse(413, "bodyTooLarge", locale, { max: MAX_DECLARATION_BODY_BYTES / (1024 * 1024) }) });
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_DECLARATION_BODY_BYTES) return tooLarge();
  const body = await readCapped(request, MAX_DECLARATION_BODY_BYTES);
  if (body === null) return tooLarge();

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, response: problemResponse(415, "multipartRequired", locale) };
  }

  const part = form.get("declaration");
  const text = typeof part === "string" ? part : part ? await part.text() : undefined;
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    const error = { path: "declaration", code: "declarationPartInvalid", message: translate(locale, "declaration.server_declarationPartInvalid") };
    return { ok: false, response: jsonResponse({ errors: [error] }, { status: 422, headers: { "Content-Language": locale } }) };
  }

  const files: DeclarationUploads = {};
  for (const kind of PHOTO_KINDS) {
    const value = form.get(kind);
    if (value && typeof value !== "string" && value.size > 0) {
      files[kind] = { bytes: new Uint8Array(await value.arrayBuffer()), declaredType: value.type || undefined, name: value.name || undefined };
    }
  }
  return { ok: true, json, files };
}

/** The body, or null as soon as it grows past `max` (a missing or lying Content-Length changes nothing). */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
