// What every back-office form handler returns: done, or message keys per field and for the form.
// The app's thin server actions translate the keys for the visitor's language.
import type { StaffAuthorization } from "../auth/staff-access";

export type FormFailure = { ok: false; errors: Record<string, string>; formError: string | null };
export type FormOutcome<T = Record<never, never>> = ({ ok: true } & T) | FormFailure;

export function formFailure(formError: string | null, errors: Record<string, string> = {}): FormFailure {
  return { ok: false, errors, formError };
}

export function authorizationFailure(authz: Exclude<StaffAuthorization, { ok: true }>): FormFailure {
  return formFailure(`officer.authError_${authz.code}`);
}

/** FormData as a plain object for zod: repeated names (checkbox lists) become arrays. */
export function formObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
