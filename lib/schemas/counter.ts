// The counter's forms (a citizen's account served at a BHXH office), shared by the pages and the
// services. Issue messages are i18n keys "counter.<key>".
import { z } from "zod";
import { CLOSE_REASONS, LOCK_REASONS } from "@/lib/domain/counter";
import { normalizeDigits, normalizeVietnameseMobile } from "@/lib/domain/identifiers";
export const COUNTER_SEARCH_MAX_LENGTH = 600;

const accountId = z.uuid({ error: "counter.errorStale" });
/** A checkbox the officer must tick ("on" when ticked). */
const ticked = (key: string) => z.literal("on", { error: key }).transform(() => true as const);

export const ZCounterSearchSchema = z.object({
  // Long enough for the QR code of a CCCD as a scanner types it (number|old number|name|date|sex|address|date).
  q: z.string({ error: "counter.searchRequired" }).trim().min(1, { error: "counter.searchRequired" }).max(COUNTER_SEARCH_MAX_LENGTH),
});

export const ZStartPhoneChangeSchema = z.object({
  accountId,
  originalIdChecked: ticked("counter.originalIdRequired"),
  newPhone: z
    .string({ error: "counter.newPhoneRequired" })
    .trim()
    .min(1, { error: "counter.newPhoneRequired" })
    .max(20, { error: "counter.newPhoneInvalid" })
    .transform((v, ctx) => {
      const phone = normalizeVietnameseMobile(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "counter.newPhoneInvalid" });
        return z.NEVER;
      }
      return phone;
    }),
});

export const ZConfirmPhoneChangeSchema = z.object({
  accountId,
  challengeId: z.uuid({ error: "counter.errorStale" }),
  code: z
    .string({ error: "counter.codeRequired" })
    .transform((v) => normalizeDigits(v).replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "counter.codeFormat" })),
});

export const ZResetPasswordSchema = z.object({ accountId, originalIdChecked: ticked("counter.originalIdRequired") });

export const ZSignOutAllSchema = z.object({ accountId });

export const ZLockSchema = z.object({
  accountId,
  reasonCode: z.enum(LOCK_REASONS, { error: "counter.lockReasonRequired" }),
});

export const ZUnlockSchema = z.object({ accountId, originalIdChecked: ticked("counter.originalIdRequired") });

export const ZCloseSchema = z.object({
  accountId,
  reasonCode: z.enum(CLOSE_REASONS, { error: "counter.closeReasonRequired" }),
  originalIdChecked: ticked("counter.originalIdRequired"),
  /** The second step: the officer has read the consequences back to the person. */
  confirmed: z.literal("yes", { error: "counter.closeConfirmRequired" }),
});

export type CounterSearchInput = z.output<typeof ZCounterSearchSchema>;
export type StartPhoneChangeInput = z.output<typeof ZStartPhoneChangeSchema>;
export type ConfirmPhoneChangeInput = z.output<typeof ZConfirmPhoneChangeSchema>;
export type LockInput = z.output<typeof ZLockSchema>;
export type CloseInput = z.output<typeof ZCloseSchema>;

/** The first field error's message key per field; a form-level issue goes under "form". */
export function counterFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
