// The one state every form's server action returns to its form (back office, account pages), already in
// the visitor's language, and the reading of a failed zod parse as message keys. Browser-importable.
import type { z } from "zod";

export type FormState = {
  /** Changes on every submission: the form remounts with the values sent back, the summary takes focus again. */
  seq: number;
  /** A message about the whole form (throttled, expired…), shown first in the error summary. */
  formError?: string;
  /** Field id → message; the error summary links to each field. */
  errors?: Record<string, string>;
  /** What was submitted (never passwords), to refill the form after an error. */
  values?: Record<string, string | string[]>;
  /** A confirmation to announce without an error (e.g. "a new code was sent"). */
  notice?: string;
  /** Success: a message, and a secret shown once (a temporary password). */
  done?: { message: string; secret?: string; secretLabel?: string; secretNote?: string };
};

export const initialFormState: FormState = { seq: 0 };

/** A message key, with its placeholders' values, or several shown together: what handlers hand to the edge. */
export type MessageRef = string | { key: string; params: Record<string, string | number | MessageRef> } | readonly MessageRef[];

/**
 * The first message key of each field from a failed parse (the schemas set keys as messages). A zod
 * default message (not one of ours) becomes `fallbackKey`.
 */
export function issueKeys(error: z.ZodError, fallbackKey: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    keys[field] ??= /^[a-z]+\.[A-Za-z0-9_]+$/.test(issue.message) ? issue.message : fallbackKey;
  }
  return keys;
}

/** The value sent back for a field (a text input's), or the fallback. */
export const valueOf = (state: FormState, name: string, fallback = ""): string => {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
};
