import "server-only";
// The declaration as sent (JSON + photos), parsed with the shared schema into field issues (message keys,
// translated at the edge), and fingerprinted so a repeated Idempotency-Key can be told from a reused one.
import { createHash } from "node:crypto";
import { ZDeclarationInputSchema, ZNoPhoneDeclarationInputSchema, type DeclarationInput, type KeyedDeclarationInput } from "@/lib/schemas/declaration";
import { PHOTO_KINDS } from "../images/process-photo";
import { canonicalJson } from "../audit";
import { fieldIssuesFromZod, type DeclarationUploads, type FieldIssue } from "./results";

/** Client-made keys: a UUID fits, so does any 8–200 characters of this alphabet. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

/** Parses with ZDeclarationInputSchema; every invalid field is named once. */
export function parseDeclarationInput(json: unknown): { ok: true; input: DeclarationInput } | { ok: false; errors: FieldIssue[] } {
  const parsed = ZDeclarationInputSchema.safeParse(json);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: fieldIssuesFromZod(parsed.error.issues, "declaration") };
}

/**
 * The same, for a declaration keyed in at the counter: `noPhone: true` (the person has no mobile phone,
 * decision 0021) parses without the phone; anything else is parsed exactly as online.
 */
export function parseAssistedDeclarationInput(json: unknown): { ok: true; input: KeyedDeclarationInput } | { ok: false; errors: FieldIssue[] } {
  if (!isNoPhone(json)) return parseDeclarationInput(json);
  const parsed = ZNoPhoneDeclarationInputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldIssuesFromZod(parsed.error.issues, "declaration") };
  const { noPhone: _noPhone, ...input } = parsed.data;
  return { ok: true, input: { ...input, phone: null } };
}

function isNoPhone(json: unknown): boolean {
  return !!json && typeof json === "object" && (json as Record<string, unknown>).noPhone === true;
}

/**
 * sha256 of the request's content: the declaration as parsed by the shared schema (so "0912 345 678" and
 * "+84912345678" are one request; the raw JSON only when it does not parse, and the upload reader has
 * already capped its size and depth) and each photo's bytes.
 */
export function requestFingerprint(json: unknown, files: DeclarationUploads): string {
  const parsed = (isNoPhone(json) ? ZNoPhoneDeclarationInputSchema : ZDeclarationInputSchema).safeParse(json);
  const photos = Object.fromEntries(
    PHOTO_KINDS.map((kind) => {
      const bytes = files[kind]?.bytes;
      return [kind, bytes && bytes.byteLength > 0 ? createHash("sha256").update(bytes).digest("hex") : null];
    }),
  );
  return createHash("sha256").update(canonicalJson({ declaration: parsed.success ? parsed.data : (json ?? null), photos })).digest("hex");
}
