// The zod schemas of the citizen account forms (sign-in, code, forgotten password), parsed by the server
// actions; the password-setting forms' are in ./password.ts (shared with staff). Issue messages are i18n
// keys "account.<key>", never sentences.
import { z } from "zod";
import { isBhxhCode, normalizeDigits, normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { passwordInput } from "./password";

const bhxhCode = z
  .string()
  .transform((value) => normalizeDigits(value))
  .pipe(z.string().min(1, "account.bhxhCodeMissing").refine(isBhxhCode, "account.bhxhCodeFormat"));

const otp = z
  .string()
  .transform((value) => normalizeDigits(value))
  .pipe(z.string().min(1, "account.otpMissing").regex(/^\d{6}$/, "account.otpFormat"));

export const ZCitizenSignInSchema = z.object({ bhxhCode, password: passwordInput("account.passwordMissing") });
export type CitizenSignInInput = z.infer<typeof ZCitizenSignInSchema>;

export const ZOtpSchema = z.object({ otp });

export const ZForgotPasswordSchema = z.object({
  bhxhCode,
  phone: z
    .string()
    .trim()
    .min(1, "account.phoneMissing")
    .refine((value) => normalizeVietnameseMobile(value) !== null, "account.phoneFormat"),
});

