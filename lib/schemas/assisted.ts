// The form that registers a confirmed phone on a declaration keyed in without one (decision 0021). Issue
// messages are i18n keys, never sentences.
import { z } from "zod";

export const ZRegisterDeclarationPhoneFormSchema = z.object({
  reference: z.string({ error: "officer.errorStale" }).trim().min(1, { error: "officer.errorStale" }).max(20),
  expectedVersion: z.coerce.number({ error: "officer.errorStale" }).int().min(1),
  /** From POST /api/v1/phone-verifications/confirm: the code the person read back. */
  phoneVerificationToken: z.string({ error: "officer.assistedPhoneConfirmFirst" }).min(1, { error: "officer.assistedPhoneConfirmFirst" }).max(1000),
});
