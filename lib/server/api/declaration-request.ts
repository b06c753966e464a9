import "server-only";
// Reading a declaration sent as multipart/form-data: a `declaration` part (JSON, as a text field or a
// file) and the photo parts `portrait`, `idFront`, `idBack`. The cheap refusals come before a single
// byte of the body is read (type, Content-Length, the per-IP limit, the uploads already in flight), then
// the body is streamed through busboy with a limit on every part, so no request can hold more than one
// photo's worth of memory beyond what it is allowed to send.
import { Readable } from "node:stream";
import busboy from "busboy";
import { PHOTO_MAX_INPUT_BYTES } from "@/lib/domain/photo-rules";
import { DECLARATION_JSON_MAX_BYTES, parseBoundedJson } from "@/lib/domain/bounded-json";
import type { Locale } from "@/lib/i18n/config";
import { translate, type DeclarationServerCode } from "@/lib/i18n/catalog";
import { prisma } from "../db/client";
import { PHOTO_KINDS, photoLabel, type PhotoKind } from "../images/process-photo";
import { RATE_LIMITS, type RateLimitRule } from "../rate-limit";
import { requestInfoFrom } from "../request-info";
import type { DeclarationUploads } from "../declarations/results";
import { jsonResponse, problemResponse } from "./http";

/** Three photos of at most 10 MB, the JSON and the multipart framing. */
export const MAX_DECLARATION_BODY_BYTES = 35 * 1024 * 1024;

/**
 * What uploads may take from this process at once (the numbers live here and nowhere else): at most this
 * many bodies being read (beyond, 503 + Retry-After before a byte is read), and at most this many bytes of
 * photos held by all of them together (an upload that would pass it stops with the same 503). Phones send
 * photos of 1–3 MB, so the budget admits a dozen ordinary uploads, but six 34 MB bodies cannot take more
 * than it (tests/bench/upload-memory.bench.ts).
 */
export const MAX_UPLOADS_IN_FLIGHT = 16;
export const UPLOAD_BUFFER_BUDGET_BYTES = 48 * 1024 * 1024;
/** What a 503 for too many uploads in flight tells the client to wait. */
export const UPLOADS_BUSY_RETRY_AFTER_SECONDS = 5;

let uploadsInFlight = 0;
let bufferedBytes = 0;

/** Tests and the benchmark: how many uploads are being read now, and the photo bytes they hold. */
export function currentUploadLoad(): { inFlight: number; bufferedBytes: number } {
  return { inFlight: uploadsInFlight, bufferedBytes };
}

export type DeclarationRequest = { ok: true; json: unknown; files: DeclarationUploads } | { ok: false; response: Response };

/** What the declaration services take from a request read: its parts, the Idempotency-Key, who sent it and in which language. */
export function declarationServiceInput(request: Request, parsed: { json: unknown; files: DeclarationUploads }, locale: Locale) {
  const { ip, userAgent } = requestInfoFrom(request.headers);
  return { json: parsed.json, files: parsed.files, idempotencyKey: request.headers.get("idempotency-key") || null, ip, userAgent, locale };
}

export type ReadDeclarationOptions = {
  /** The per-IP limit checked (not counted: the service counts it) before the body is read; null for none. */
  rateLimit?: RateLimitRule | null;
};

export async function readDeclarationRequest(request: Request, locale: Locale, options: ReadDeclarationOptions = {}): Promise<DeclarationRequest> {
  const refuse = (response: Response) => ({ ok: false as const, response });
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return refuse(problemResponse(415, "multipartRequired", locale));
  const tooLarge = () => refuse(problemResponse(413, "bodyTooLarge", locale, { max: MAX_DECLARATION_BODY_BYTES / (1024 * 1024) }));
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (!(declaredLength <= MAX_DECLARATION_BODY_BYTES)) return tooLarge();

  const rule = options.rateLimit === undefined ? RATE_LIMITS.declarationSubmitPerIp : options.rateLimit;
  if (rule) {
    const retryAfterSeconds = await rateLimitRetryAfter(rule, requestInfoFrom(request.headers).ip ?? "unknown");
    if (retryAfterSeconds > 0) {
      await discardBody(request);
      return refuse(problemResponse(429, "submitRateLimited", locale, { minutes: Math.ceil(retryAfterSeconds / 60) }, { retryAfterSeconds }));
    }
  }

  const busy = () =>
    refuse(problemResponse(503, "uploadsBusy", locale, { seconds: UPLOADS_BUSY_RETRY_AFTER_SECONDS }, {}, { "Retry-After": String(UPLOADS_BUSY_RETRY_AFTER_SECONDS) }));
  if (uploadsInFlight >= MAX_UPLOADS_IN_FLIGHT || bufferedBytes >= UPLOAD_BUFFER_BUDGET_BYTES) {
    await discardBody(request);
    return busy();
  }
  uploadsInFlight++;
  const held = { bytes: 0 };
  try {
    const read = await streamParts(request, contentType, held);
    switch (read.kind) {
      case "ok":
        break;
      case "busy":
        return busy();
      case "bodyTooLarge":
        return tooLarge();
      case "photoTooLarge":
        return refuse(
          problemResponse(413, "photoTooLarge", locale, undefined, {
            path: read.photo,
            message: translate(locale, "declaration.server_photoOverLimit", { label: photoLabel(read.photo, locale), max: PHOTO_MAX_INPUT_BYTES / (1024 * 1024) }),
          }),
        );
      case "declarationTooLarge":
        return refuse(declarationPartInvalid(locale, "declarationPartTooLarge", { maxKilobytes: DECLARATION_JSON_MAX_BYTES / 1024 }));
      case "malformed":
        return refuse(problemResponse(415, "multipartRequired", locale));
    }

    const json = read.declaration === undefined ? undefined : parseBoundedJson(read.declaration);
    if (json === undefined || json === null || typeof json !== "object" || Array.isArray(json)) return refuse(declarationPartInvalid(locale, "declarationPartInvalid"));
    return { ok: true, json, files: read.files };
  } finally {
    uploadsInFlight--;
    bufferedBytes -= held.bytes;
  }
}

function declarationPartInvalid(locale: Locale, code: DeclarationServerCode, params?: Record<string, number>): Response {
  const error = { path: "declaration", code, message: translate(locale, `declaration.server_${code}`, params) };
  return jsonResponse({ errors: [error] }, { status: 422, headers: { "Content-Language": locale } });
}

type StreamedParts =
  | { kind: "ok"; declaration: string | undefined; files: DeclarationUploads }
  | { kind: "bodyTooLarge" | "declarationTooLarge" | "malformed" | "busy" }
  | { kind: "photoTooLarge"; photo: PhotoKind };

/**
 * Streams the body through busboy. A photo part stops at 10 MB + 1 byte, the JSON part at 64 KB + 1, the
 * whole body at MAX_DECLARATION_BODY_BYTES (a missing or lying Content-Length changes nothing); past any
 * limit, or when the process's photo budget is spent, the request stream is destroyed, so the rest of the
 * body is never read. Unknown parts are drained.
 */
async function streamParts(request: Request, contentType: string, held: { bytes: number }): Promise<StreamedParts> {
  if (!request.body) return { kind: "malformed" };
  const source = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { fileSize: PHOTO_MAX_INPUT_BYTES + 1, files: PHOTO_KINDS.length + 1, fields: 1, parts: PHOTO_KINDS.length + 2, fieldSize: DECLARATION_JSON_MAX_BYTES + 1, fieldNameSize: 64, headerPairs: 16 },
    });
  } catch {
    return { kind: "malformed" };
  }

  return new Promise<StreamedParts>((resolve) => {
    let settled = false;
    const files: DeclarationUploads = {};
    let declaration: string | undefined;
    let received = 0;
    const finish = (result: StreamedParts) => {
      if (settled) return;
      settled = true;
      if (result.kind !== "ok") {
        source.unpipe(parser);
        source.destroy();
        parser.removeAllListeners();
        parser.on("error", () => {});
      }
      resolve(result);
    };

    source.on("data", (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > MAX_DECLARATION_BODY_BYTES) finish({ kind: "bodyTooLarge" });
    });
    source.on("error", () => finish({ kind: "malformed" }));

    parser.on("field", (name, value, info) => {
      if (name !== "declaration" || declaration !== undefined) return;
      if (info.valueTruncated || Buffer.byteLength(value) > DECLARATION_JSON_MAX_BYTES) return finish({ kind: "declarationTooLarge" });
      declaration = value;
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const isPhoto = (PHOTO_KINDS as readonly string[]).includes(name) && files[name as PhotoKind] === undefined;
      const isDeclaration = name === "declaration" && declaration === undefined;
      if (!isPhoto && !isDeclaration) {
        stream.resume();
        return;
      }
      const max = isDeclaration ? DECLARATION_JSON_MAX_BYTES : PHOTO_MAX_INPUT_BYTES;
      stream.on("data", (chunk: Buffer) => {
        if (settled) return;
        size += chunk.byteLength;
        if (size > max) return finish(isDeclaration ? { kind: "declarationTooLarge" } : { kind: "photoTooLarge", photo: name as PhotoKind });
        if (bufferedBytes + chunk.byteLength > UPLOAD_BUFFER_BUDGET_BYTES) return finish({ kind: "busy" });
        bufferedBytes += chunk.byteLength;
        held.bytes += chunk.byteLength;
        chunks.push(chunk);
      });
      stream.on("end", () => {
        if (settled) return;
        const bytes = Buffer.concat(chunks, size);
        if (isDeclaration) declaration = bytes.toString("utf8");
        else if (size > 0) files[name as PhotoKind] = { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), declaredType: info.mimeType || undefined, name: info.filename || undefined };
      });
    });
    parser.on("partsLimit", () => finish({ kind: "malformed" }));
    parser.on("filesLimit", () => finish({ kind: "malformed" }));
    parser.on("fieldsLimit", () => finish({ kind: "malformed" }));
    parser.on("error", () => finish({ kind: "malformed" }));
    parser.on("close", () => finish({ kind: "ok", declaration, files }));
    source.pipe(parser);
  });
}

/** Seconds until `rule` lets `subject` in again (0: allowed now), read without counting a hit. */
async function rateLimitRetryAfter(rule: RateLimitRule, subject: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    SELECT "count", "windowStart" FROM "RateLimitBucket" WHERE "key" = ${`${rule.name}:${subject}`}`;
  const row = rows[0];
  if (!row || row.count < rule.limit) return 0;
  const resetAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
  return resetAt > Date.now() ? Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) : 0;
}

/** Refusing before reading: the body is cancelled, not buffered. */
async function discardBody(request: Request): Promise<void> {
  try {
    await request.body?.cancel();
  } catch {
    // already closed
  }
}
