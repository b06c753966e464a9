// The free-text rule of lib/domain/free-text.ts as a zod check: every text field of the declaration runs
// it after its own cleaning, so the browser and the server refuse the same characters with the same message.
import type { z } from "zod";
import "./zod-config";
import { freeTextProblem, normalizeFreeText, type FreeTextProblem } from "@/lib/domain/free-text";

export const FREE_TEXT_MESSAGE_KEYS: Record<FreeTextProblem, string> = {
  invalidCharacters: "validation.textInvalidCharacters",
  tooManyMarks: "validation.textTooManyMarks",
  emoji: "validation.textEmoji",
  unsupportedCharacter: "validation.textUnsupportedCharacter",
};

/** The message key for `value`'s problem, or undefined: for rule lists that report one issue per field. */
export function freeTextMessageKey(value: string): string | undefined {
  const problem = freeTextProblem(value);
  return problem ? FREE_TEXT_MESSAGE_KEYS[problem] : undefined;
}

/** NFC and plain spaces, then the caller's own cleaning (trim…). */
export function prepareFreeText(prepare: (s: string) => string = (s) => s.trim()): (s: string) => string {
  return (s) => prepare(normalizeFreeText(s));
}

/** As a zod refinement on an already-cleaned string (for schemas outside the declaration, e.g. a refusal note). */
export function refineFreeText(value: string, ctx: z.RefinementCtx): void {
  const key = freeTextMessageKey(value);
  if (key) ctx.addIssue({ code: "custom", message: key });
}

/**
 * The rule as a list in the shape of lib/schemas/declaration.ts's field rules: one entry per problem, in
 * the order freeTextProblem finds them, so only the one that applies fails.
 */
export const freeTextRules: readonly (readonly [ok: (value: string) => boolean, messageKey: string])[] = (
  Object.entries(FREE_TEXT_MESSAGE_KEYS) as [FreeTextProblem, string][]
).map(([problem, key]) => [(value: string) => freeTextProblem(value) !== problem, key] as const);
