import "server-only";
// How a form's server action is built (after Dub's safe-action), here for staff and in ./citizen-action.ts
// for citizens: the
// audience is checked first, on the server; then the form is parsed with its shared zod schema; then
// the body calls one service and maps its codes to message keys. What comes back is message keys,
// never sentences: `toFormState` (./form-state.ts) translates them at the edge.
import type { z } from "zod";
import { issueKeys, type MessageRef } from "@/lib/schemas/form-state";
import { authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import type { StaffRole } from "../db/client";
import type { RequestInfo } from "../request-info";

export type FormFailure = { ok: false; errors: Record<string, MessageRef>; formError: MessageRef | null };
export type FormOutcome<T = Record<never, never>> = ({ ok: true } & T) | FormFailure;

/** The summary's title stands in for "the fields below are wrong" (the summary does not repeat it). */
const FIELDS_WRONG = "officer.errorSummaryTitle";

export function formFailure(formError: MessageRef | null, errors: Record<string, MessageRef> = {}): FormFailure {
  return { ok: false, errors, formError };
}

/** Field errors only: the summary lists them under its title. */
export const fieldFailure = (errors: Record<string, MessageRef>): FormFailure => formFailure(FIELDS_WRONG, errors);

/** FormData as a plain object for zod: repeated names (checkbox lists) become arrays. */
export function formObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

/** Parses a form with its schema; a failure carries the first message key of each field. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  input: FormData | Record<string, unknown>,
  options: { arrays?: readonly string[]; fallbackKey?: string } = {},
): { ok: true; data: z.output<S> } | FormFailure {
  const parsed = schema.safeParse(input instanceof FormData ? formObject(input, options.arrays) : input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return fieldFailure(issueKeys(parsed.error, options.fallbackKey ?? "officer.errorInvalid"));
}

/** Errors filed under the ids the page gives the fields (two forms of one page cannot share an id). */
const renameFields = (failure: FormFailure, ids: Readonly<Record<string, string>>): FormFailure => ({
  ...failure,
  errors: Object.fromEntries(Object.entries(failure.errors).map(([field, ref]) => [ids[field] ?? field, ref])),
});

export type StaffActionContext<B> = { principal: StaffPrincipal; info: RequestInfo; bound: B };

/**
 * A back-office form handler: `roles` are checked first ("self": any signed-in staff member, even one
 * who must change the temporary password — for that very form), then `schema`, then `fn`. The principal
 * and request come in as arguments, so the handler runs the same in a server action and in a test.
 * `bound` carries what the page binds to the action (the record's id).
 */
export function staffAction<S extends z.ZodType, T, B = undefined>(
  roles: readonly StaffRole[] | "self",
  schema: S,
  fn: (input: z.output<S>, context: StaffActionContext<B>) => Promise<FormOutcome<T>>,
  options: { arrays?: readonly string[]; fieldIds?: Readonly<Record<string, string>> } = {},
) {
  return async (principal: StaffPrincipal | null, input: FormData | Record<string, unknown>, info: RequestInfo, ...rest: B extends undefined ? [] : [bound: B]): Promise<FormOutcome<T>> => {
    const bound = rest[0] as B;
    if (roles === "self") {
      if (!principal) return formFailure("officer.authError_signedOut");
    } else {
      const authz = authorizeStaff(principal, roles);
      if (!authz.ok) return formFailure(`officer.authError_${authz.code}`);
    }
    const parsed = parseForm(schema, input, options);
    if (!parsed.ok) return options.fieldIds ? renameFields(parsed, options.fieldIds) : parsed;
    return fn(parsed.data, { principal: principal as StaffPrincipal, info, bound });
  };
}
