// The password forms' schemas, one for citizens and staff alike: setting a new password (twice) and
// changing one's own (the current one first). Only presence, a size cap and the confirmation are
// checked here; the rules themselves (lib/domain/password-policy.ts) are checked by the services,
// which know the account, and every problem is reported at once.
import { z } from "zod";
import { PASSWORD_INPUT_MAX_LENGTH } from "./form-limits";


// Passwords are never trimmed: spaces may be part of a passphrase.
export const passwordInput = (missingKey: string) => z.string({ error: missingKey }).min(1, missingKey).max(PASSWORD_INPUT_MAX_LENGTH, "account.problem_tooLong");

const confirmed = <T extends { newPassword: string; confirmPassword: string }>(v: T) => v.newPassword === v.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "account.confirmPasswordMismatch" };

export const ZNewPasswordSchema = z
  .object({
    newPassword: passwordInput("account.newPasswordMissing"),
    confirmPassword: passwordInput("account.confirmPasswordMissing"),
  })
  .refine(confirmed, mismatch);

export const ZChangePasswordSchema = z
  .object({
    currentPassword: passwordInput("account.currentPasswordMissing"),
    newPassword: passwordInput("account.newPasswordMissing"),
    confirmPassword: passwordInput("account.confirmPasswordMissing"),
  })
  .refine(confirmed, mismatch);
export type ChangePasswordInput = z.infer<typeof ZChangePasswordSchema>;
