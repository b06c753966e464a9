"use server";
// The /tra-cuu/ma-so-bhxh form: compose the date from its three boxes, parse with the shared schema,
// call the look-up service (rate limits, equal work and the time floor live there), map the outcome.
import type { BhxhCodeFormField, BhxhCodeFormState, BhxhCodeFormValues } from "@/components/lookups/bhxh-code-types";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { ZBhxhCodeLookupRequestSchema } from "@/lib/schemas/lookups";
import { getLocale } from "@/lib/server/i18n";
import { lookupBhxhCode } from "@/lib/server/lookups/bhxh-code";
import { currentRequestInfo } from "@/lib/server/request-info";

const text = (form: FormData, name: string, max: number) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

/** "" when the three boxes are empty, null when only some are filled, else YYYY-MM-DD (checked by the schema). */
function composeDate(day: string, month: string, year: string): string | null {
  const parts = [day.trim(), month.trim(), year.trim()];
  if (parts.every((p) => p === "")) return "";
  if (parts.some((p) => p === "")) return null;
  return `${parts[2]!.padStart(4, "0")}-${parts[1]!.padStart(2, "0")}-${parts[0]!.padStart(2, "0")}`;
}

const FIELDS: readonly BhxhCodeFormField[] = ["fullName", "dateOfBirth", "provinceCode", "idNumber"];

export async function lookupBhxhCodeAction(_previous: BhxhCodeFormState, form: FormData): Promise<BhxhCodeFormState> {
  const locale = await getLocale();
  const values: BhxhCodeFormValues = {
    fullName: text(form, "fullName", 200),
    dobDay: text(form, "dobDay", 4),
    dobMonth: text(form, "dobMonth", 4),
    dobYear: text(form, "dobYear", 6),
    provinceCode: text(form, "provinceCode", 4),
    idNumber: text(form, "idNumber", 40),
  };
  const dateOfBirth = composeDate(values.dobDay, values.dobMonth, values.dobYear);
  const parsed = ZBhxhCodeLookupRequestSchema.safeParse({ ...values, dateOfBirth: dateOfBirth ?? "0000-00-00" });
  const errors: { field: BhxhCodeFormField; message: string }[] = [];
  for (const issue of parsed.error?.issues ?? []) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (!field || errors.some((e) => e.field === field)) continue;
    errors.push({ field, message: field === "dateOfBirth" && dateOfBirth === null ? translate(locale, "lookups.dateOfBirthIncomplete") : translateIssue(locale, issue.message) });
  }
  if (!parsed.success || errors.length > 0) {
    errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
    return { kind: "invalid", values, errors };
  }

  try {
    const { ip } = await currentRequestInfo();
    const result = await lookupBhxhCode(parsed.data, ip);
    if (!result.ok) return { kind: "rateLimited", values, minutes: Math.max(1, Math.ceil(result.params.retryAfterSeconds / 60)) };
    const { outcome } = result;
    return outcome.kind === "found" ? { kind: "found", values, bhxhCode: outcome.bhxhCode, maskedName: outcome.maskedName } : { kind: outcome.kind, values };
  } catch {
    return { kind: "failed", values };
  }
}
