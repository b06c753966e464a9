import "server-only";
// A request body parsed with one of the shared schemas, every invalid field named once in the person's
// language (the schemas' messages are "validation.*" or "declaration.*" keys).
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { phoneVerificationParams, PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { fieldErrorsFromIssues, type FieldError } from "../declarations/results";

export function parseRequest<S extends z.ZodType>(schema: S, json: unknown, locale: Locale): { ok: true; value: z.output<S> } | { ok: false; errors: FieldError[] } {
  const parsed = schema.safeParse(json ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, locale, "body", { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH }) };
}
