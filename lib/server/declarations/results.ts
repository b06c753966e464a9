import "server-only";
// The typed answers of the declaration services, shaped as the API's HTTP answers (status + JSON body),
// so route handlers only map them and the web pages read the same codes and messages.
import type { z } from "zod";
import { isMessageKey, translate, type DeclarationServerCode, type MessageKey } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";

/** A photo as received: bytes, and what the client claimed (never trusted, kept for the audit trail only). */
export type Upload = { bytes: Uint8Array; declaredType?: string; name?: string };
export type DeclarationUploads = { portrait?: Upload; idFront?: Upload; idBack?: Upload };

/** One invalid field (path as in the JSON, "address.provinceCode", or the file part, "portrait") and any answer not about fields: lib/schemas/api.ts. */
export type { FieldProblem as FieldError, ProblemBody } from "@/lib/schemas/api";
import type { FieldProblem as FieldError, ProblemBody } from "@/lib/schemas/api";

export type ValidationFailure = { ok: false; status: 422; body: { errors: FieldError[] } };
export type ProblemFailure<S extends number = 404 | 409 | 413 | 415 | 429> = { ok: false; status: S; body: ProblemBody };
export type ServiceFailure = ValidationFailure | ProblemFailure;

export function validationFailure(errors: FieldError[]): ValidationFailure {
  return { ok: false, status: 422, body: { errors } };
}

/** A field error from an i18n key ("validation.cccdSex" → code "cccdSex"). */
export function fieldError(locale: Locale, path: string, messageKey: MessageKey, params?: Record<string, string | number>): FieldError {
  return { path, message: translate(locale, messageKey, params), code: messageKey.slice(messageKey.indexOf(".") + 1).replace(/^server_/, "") };
}

/** One field error per path from zod issues (whose messages are keys); an issue without a known key reads "invalid value". */
export function fieldErrorsFromIssues(issues: z.ZodError["issues"], locale: Locale, rootPath: string, params?: Record<string, string | number>): FieldError[] {
  const errors = new Map<string, FieldError>();
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || rootPath;
    if (!errors.has(path)) errors.set(path, fieldError(locale, path, isMessageKey(issue.message) ? issue.message : "validation.invalidValue", params));
  }
  return [...errors.values()];
}

/** A problem from a "declaration.server_<code>" key. */
export function problem<S extends 404 | 409 | 413 | 415 | 429>(
  locale: Locale,
  status: S,
  code: DeclarationServerCode,
  params?: Record<string, string | number>,
  extra: Omit<ProblemBody, "code" | "message"> = {},
): ProblemFailure<S> {
  return { ok: false, status, body: { code, message: translate(locale, `declaration.server_${code}`, params), ...extra } };
}
