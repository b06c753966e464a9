import "server-only";
// A request body parsed with one of the shared schemas, every invalid field named once (the schemas'
// messages are "validation.*" or "declaration.*" keys, translated at the edge).
import type { z } from "zod";
import { phoneVerificationParams, PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { fieldIssuesFromZod, type FieldIssue } from "../declarations/results";

export function parseRequest<S extends z.ZodType>(schema: S, json: unknown): { ok: true; value: z.output<S> } | { ok: false; errors: FieldIssue[] } {
  const parsed = schema.safeParse(json ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: fieldIssuesFromZod(parsed.error.issues, "body", { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH }) };
}
