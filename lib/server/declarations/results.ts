import "server-only";
// The typed failures of the declaration (and phone-verification) services: codes and parameters, never
// words or HTTP. The edge (lib/server/api/http.ts, failureAnswer) gives each code its status and writes
// the message in the person's language.
import type { z } from "zod";
import { isMessageKey, type MessageKey } from "@/lib/i18n/catalog";
import type { PhotoErrorCode, PhotoKind } from "../images/process-photo";

/** A photo as received: bytes, and what the client claimed (never trusted, kept for the audit trail only). */
export type Upload = { bytes: Uint8Array; declaredType?: string; name?: string };
export type DeclarationUploads = { portrait?: Upload; idFront?: Upload; idBack?: Upload };

/** One invalid field and any answer not about fields, as the API sends them: lib/schemas/api.ts. */
export type { FieldProblem, ProblemBody } from "@/lib/schemas/api";
import type { ProblemBody } from "@/lib/schemas/api";

export type FailureParams = Record<string, string | number>;

/**
 * One invalid field: its path as in the JSON ("address.provinceCode") or the file part ("portrait"), the
 * message key and its parameters. `photo` names the photo the message is about: the edge adds its label
 * and writes byte sizes as megabytes in the person's language.
 */
export type FieldIssue = { path: string; key: MessageKey; params?: FailureParams; photo?: PhotoKind };

/** What an answer carries beside its code and message (links, the next action, Retry-After…): data, never words. */
export type ProblemDetails = Omit<ProblemBody, "code" | "message">;

export type ValidationFailure = { ok: false; code: "invalid"; fields: FieldIssue[] };

/** Every refusal a service gives that is not about one field (the edge's PROBLEM_STATUS gives each its status). */
export type ServiceProblemCode =
  | PhotoErrorCode
  | "notFound"
  | "notRejected"
  | "replayUnavailable"
  | "recordExists"
  | "pendingDeclarationExists"
  | "accountExists"
  | "phoneBelongsToAnotherAccount"
  | "pendingPerPhoneCap"
  | "submitRateLimited"
  | "conflictCheckRateLimited"
  | "phoneCodeRateLimited"
  | "phoneCodeResendTooSoon"
  | "phoneCodeDailyCap";

/** A refusal not about one field: "declaration.server_<code>" is its message. */
export type ProblemFailure<C extends ServiceProblemCode = ServiceProblemCode> = {
  ok: false;
  code: C;
  params: FailureParams;
  details?: ProblemDetails;
  /** The photo a photo refusal is about (its label is a parameter of the message). */
  photo?: PhotoKind;
};
export type ServiceFailure = ValidationFailure | ProblemFailure;

export function validationFailure(fields: FieldIssue[]): ValidationFailure {
  return { ok: false, code: "invalid", fields };
}

/** A field issue from an i18n key ("validation.cccdSex"). */
export function fieldIssue(path: string, key: MessageKey, params?: FailureParams): FieldIssue {
  return params ? { path, key, params } : { path, key };
}

/** One issue per path from zod issues (whose messages are keys); an issue without a known key reads "invalid value". */
export function fieldIssuesFromZod(issues: z.ZodError["issues"], rootPath: string, params?: FailureParams): FieldIssue[] {
  const fields = new Map<string, FieldIssue>();
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || rootPath;
    if (!fields.has(path)) fields.set(path, fieldIssue(path, isMessageKey(issue.message) ? issue.message : "validation.invalidValue", params));
  }
  return [...fields.values()];
}

/** A refusal with a "declaration.server_<code>" message. */
export function problem<C extends ServiceProblemCode>(code: C, params: FailureParams = {}, details?: ProblemDetails): ProblemFailure<C> {
  return details ? { ok: false, code, params, details } : { ok: false, code, params };
}
