// The zod schemas of the citizen account forms (sign-in, code, password change and reset), parsed by the
// server actions. Issue messages are i18n keys "account.<key>", never sentences. The password rules
// themselves live in lib/domain/password-policy.ts and are checked by the services, which know the account.
import { z } from "zod";
import { isBhxhCode, normalizeDigits, normalizeVietnameseMobile } from "@/lib/domain/identifiers";

const bhxhCode = z
  .string()
  .transform((value) => normalizeDigits(value))
  .pipe(z.string().min(1, "account.bhxhCodeMissing").refine(isBhxhCode, "account.bhxhCodeFormat"));

const otp = z
  .string()
  .transform((value) => normalizeDigits(value))
  .pipe(z.string().min(1, "account.otpMissing").regex(/^\d{6}$/, "account.otpFormat"));

// Passwords are never trimmed: spaces may be part of a passphrase.
const password = (missing: string) => z.string().min(1, missing).max(1024, "account.problem_tooLong");

export const ZCitizenSignInSchema = z.object({ bhxhCode, password: password("account.passwordMissing") });
export type CitizenSignInInput = z.infer<typeof ZCitizenSignInSchema>;

export const ZOtpSchema = z.object({ otp });

export const ZChangePasswordSchema = z
  .object({
    currentPassword: password("account.currentPasswordMissing"),
    newPassword: password("account.newPasswordMissing"),
    confirmPassword: password("account.confirmPasswordMissing"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "account.confirmPasswordMismatch" });

export const ZForgotPasswordSchema = z.object({
  bhxhCode,
  phone: z
    .string()
    .trim()
    .min(1, "account.phoneMissing")
    .refine((value) => normalizeVietnameseMobile(value) !== null, "account.phoneFormat"),
});

export const ZNewPasswordSchema = z
  .object({
    newPassword: password("account.newPasswordMissing"),
    confirmPassword: password("account.confirmPasswordMissing"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "account.confirmPasswordMismatch" });

/** The first message key of each field, from a failed parse. */
export function fieldMessageKeys(error: z.ZodError): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    keys[field] ??= issue.message;
  }
  return keys;
}
