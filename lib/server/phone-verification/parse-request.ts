import "server-only";
// A request body parsed with one of the shared schemas, every invalid field named once in the person's
// language (the schemas' messages are "validation.*" or "declaration.*" keys).
import type { z } from "zod";
import { isMessageKey, translate } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import { phoneVerificationParams, PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import type { FieldError } from "../declarations/results";

export function parseRequest<S extends z.ZodType>(schema: S, json: unknown, locale: Locale): { ok: true; value: z.output<S> } | { ok: false; errors: FieldError[] } {
  const parsed = schema.safeParse(json ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = new Map<string, FieldError>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    if (errors.has(path)) continue;
    const key = isMessageKey(issue.message) ? issue.message : "validation.invalidValue";
    const message = translate(locale, key, { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH });
    errors.set(path, { path, message, code: key.slice(key.indexOf(".") + 1).replace(/^server_/, "") });
  }
  return { ok: false, errors: [...errors.values()] };
}
