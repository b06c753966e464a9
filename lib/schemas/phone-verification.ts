// Request shapes of phone confirmation and of the early "does this ID number already have a record?"
// check, shared by the wizard and the API. Field rules come from the declaration schema, not retyped.
import { z } from "zod";
import { normalizePhoneCode } from "@/lib/domain/phone-verification";
import { contactFields, personalFields } from "./declaration";

/** Issue message keys of these schemas (declaration.* keys: the wizard and the API translate them). */
export const PHONE_VERIFICATION_MESSAGE_KEYS = {
  codeInvalid: "declaration.server_phoneCodeInvalid",
  tokenInvalid: "declaration.server_phoneVerificationRequired",
} as const;

/** A verification token as the API and the wizard carry it; its signature is checked by the server. */
export const ZPhoneVerificationTokenSchema = z.string({ error: PHONE_VERIFICATION_MESSAGE_KEYS.tokenInvalid }).max(1000, { error: PHONE_VERIFICATION_MESSAGE_KEYS.tokenInvalid });

/** POST /api/v1/phone-verifications */
export const ZPhoneVerificationRequestSchema = z.object({ phone: contactFields.phone }, { error: "validation.invalidValue" });

/** POST /api/v1/phone-verifications/confirm */
export const ZPhoneVerificationConfirmSchema = z.object(
  {
    phone: contactFields.phone,
    code: z
      .string({ error: PHONE_VERIFICATION_MESSAGE_KEYS.codeInvalid })
      .refine((v) => normalizePhoneCode(v) !== null, { error: PHONE_VERIFICATION_MESSAGE_KEYS.codeInvalid })
      .transform((v) => normalizePhoneCode(v) ?? v),
  },
  { error: "validation.invalidValue" },
);

/** POST /api/v1/declarations/record-check: the early check after the wizard's ID step. */
export const ZRecordCheckSchema = z.object(
  {
    idNumber: personalFields.idNumber,
    bhxhCode: personalFields.bhxhCode,
    phoneVerificationToken: ZPhoneVerificationTokenSchema.optional(),
  },
  { error: "validation.invalidValue" },
);

export type PhoneVerificationRequest = z.output<typeof ZPhoneVerificationRequestSchema>;
export type PhoneVerificationConfirm = z.output<typeof ZPhoneVerificationConfirmSchema>;
export type RecordCheckRequest = z.output<typeof ZRecordCheckSchema>;
