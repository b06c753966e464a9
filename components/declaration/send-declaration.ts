// Sends the declaration to the public API as multipart/form-data with XMLHttpRequest, which (unlike
// fetch) reports upload progress. Every answer the API documents becomes one typed result.
import type { DeclarationCreatedBody, FieldProblem as ApiFieldProblem } from "@/lib/schemas/api";
import { conflictFrom } from "./record-check";
import type { Photo, PhotoKind } from "./types";

/** The 201 answer as lib/schemas/api.ts declares it (the server's type and the OpenAPI document's too). */
export type CreatedDeclaration = DeclarationCreatedBody;
export type FieldProblem = Omit<ApiFieldProblem, "code"> & { code?: string };
export type Conflict = {
  code: string;
  message: string;
  existingReference?: string;
  maskedPhone?: string;
  links?: { signIn: string; forgotPassword: string };
  /** To the holder of the record's confirmed phone: where to go instead. */
  nextAction?: { kind: "lookUp" | "signIn"; url: string };
};

export type SendResult =
  | { kind: "created"; declaration: CreatedDeclaration }
  | { kind: "invalid"; errors: FieldProblem[] }
  | { kind: "conflict"; conflict: Conflict }
  /** 413, 415 (with the file part concerned), or a 404 on resubmission: the server's own message. */
  | { kind: "refused"; status: number; code: string; message: string; path?: string }
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "network" }
  | { kind: "server"; status: number };

/** No answer within this time counts as a network failure; the idempotency key makes the retry safe. */
const TIMEOUT_MS = 120_000;

export function sendDeclaration(options: {
  url: string;
  declaration: unknown;
  photos: Partial<Record<PhotoKind, Photo>>;
  idempotencyKey: string;
  locale: string;
  onProgress: (fraction: number) => void;
}): Promise<SendResult> {
  const body = new FormData();
  body.append("declaration", JSON.stringify(options.declaration));
  for (const [kind, photo] of Object.entries(options.photos)) {
    if (photo) body.append(kind, photo.blob, photo.reencoded ? `${kind}.jpg` : photo.name || kind);
  }

  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", options.url);
    xhr.timeout = TIMEOUT_MS;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", options.locale);
    xhr.setRequestHeader("Idempotency-Key", options.idempotencyKey);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => resolve({ kind: "network" });
    xhr.ontimeout = () => resolve({ kind: "network" });
    xhr.onabort = () => resolve({ kind: "network" });
    xhr.onload = () => {
      const status = xhr.status;
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // A proxy's HTML error page, say.
      }
      if (status === 200 || status === 201) {
        if (typeof json.reference === "string") return resolve({ kind: "created", declaration: json as unknown as CreatedDeclaration });
        return resolve({ kind: "server", status });
      }
      if (status === 422 && Array.isArray(json.errors)) return resolve({ kind: "invalid", errors: json.errors as FieldProblem[] });
      if (status === 409) return resolve({ kind: "conflict", conflict: conflictFrom(json) });
      if (status === 429) {
        const retryAfter = Number(xhr.getResponseHeader("Retry-After"));
        return resolve({ kind: "rateLimited", retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60 });
      }
      if ((status === 413 || status === 415 || status === 400 || status === 403 || status === 404) && typeof json.message === "string") {
        const path = typeof json.path === "string" ? json.path : undefined;
        return resolve({ kind: "refused", status, code: String(json.code ?? status), message: json.message, ...(path ? { path } : {}) });
      }
      resolve({ kind: "server", status });
    };
    xhr.send(body);
  });
}
