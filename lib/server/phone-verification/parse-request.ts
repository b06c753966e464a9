import "server-only";
// A request body parsed with one of the shared schemas, every invalid field named once (the schemas'
// messages are "validation.*" or "declaration.*" keys, translated at the edge).
import type { z } from "zod";
import { phoneVerificationParams, PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { fieldIssuesFromZod, validationFailure, type ValidationFailure } from "../declarations/results";

/** A JSON API request as the route hands it to a service. */
export type JsonRequest = { json: unknown; ip: string | null; userAgent: string | null };

/** The request's body parsed with `schema`, or the validation failure that names each invalid field. */
export function parseRequest<S extends z.ZodType>(schema: S, request: JsonRequest): { ok: true; value: z.output<S> } | ValidationFailure {
  const parsed = schema.safeParse(request.json ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return validationFailure(fieldIssuesFromZod(parsed.error.issues, "body", { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH }));
}
