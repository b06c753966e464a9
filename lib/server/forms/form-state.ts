import "server-only";
// Turns a form handler's outcome (message keys) into the FormState its form shows, in the visitor's
// language, keeping what was typed (never passwords) so the form can be corrected.
import type { FormState, MessageRef } from "@/lib/schemas/form-state";
import { translateIssue } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import { getLocale } from "../i18n";
import type { FormFailure, FormOutcome } from "./form-action";

const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword", "otp", "code"];

/** A message ref in the visitor's language; several are one sentence each. */
export function translateRef(locale: Locale, ref: MessageRef): string {
  if (typeof ref === "string") return translateIssue(locale, ref);
  if (isList(ref)) return ref.map((part) => sentence(translateRef(locale, part))).join(" ");
  const params = Object.fromEntries(Object.entries(ref.params).map(([name, value]) => [name, typeof value === "number" ? value : translateRef(locale, value)]));
  return translateIssue(locale, ref.key, params);
}

const isList = (ref: MessageRef): ref is readonly MessageRef[] => Array.isArray(ref);
const sentence = (text: string) => (/[.!?。！？]$/.test(text) ? text : `${text}.`);

/** What was typed, for refilling the form: every field but secrets and Next's own. */
export function typedValues(formData: FormData | null): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData?.keys() ?? [])) {
    if (SECRET_FIELDS.includes(key) || key.startsWith("$ACTION")) continue;
    const all = formData!.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("Codes") ? all : (all[0] ?? "");
  }
  return values;
}

export async function failureState(failure: FormFailure, formData: FormData | null, previous: Pick<FormState, "seq">): Promise<FormState> {
  const locale = await getLocale();
  return {
    seq: previous.seq + 1,
    formError: failure.formError ? translateRef(locale, failure.formError) : undefined,
    errors: Object.fromEntries(Object.entries(failure.errors).map(([field, ref]) => [field, translateRef(locale, ref)])),
    values: typedValues(formData),
  };
}

/** The state after a submission: the failure translated, or what `onDone` makes of the success. */
export async function toFormState<T>(
  previous: Pick<FormState, "seq">,
  formData: FormData | null,
  outcome: FormOutcome<T>,
  onDone: (done: { ok: true } & T) => Omit<FormState, "seq"> | Promise<Omit<FormState, "seq">>,
): Promise<FormState> {
  if (!outcome.ok) return failureState(outcome, formData, previous);
  return { ...(await onDone(outcome)), seq: previous.seq + 1 };
}
