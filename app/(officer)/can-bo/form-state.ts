import "server-only";
// Turns a form handler's outcome (message keys) into what the back office's forms show, in the
// visitor's language, keeping what was typed (never passwords) so the form can be corrected.
import type { BackOfficeFormState } from "@/components/back-office/types";
import { translateIssue } from "@/lib/i18n/catalog";
import type { FormFailure } from "@/lib/server/back-office/form-result";
import { getLocale } from "@/lib/server/i18n";

const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword"];

export async function failureState(failure: FormFailure, formData: FormData, previous: BackOfficeFormState): Promise<BackOfficeFormState> {
  const locale = await getLocale();
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (SECRET_FIELDS.includes(key) || key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("Codes") ? all : (all[0] ?? "");
  }
  return {
    seq: previous.seq + 1,
    formError: failure.formError ? translateIssue(locale, failure.formError) : undefined,
    errors: Object.fromEntries(Object.entries(failure.errors).map(([field, key]) => [field, translateIssue(locale, key)])),
    values,
  };
}

export async function doneState(previous: BackOfficeFormState, done: NonNullable<BackOfficeFormState["done"]>): Promise<BackOfficeFormState> {
  return { seq: previous.seq + 1, done };
}
