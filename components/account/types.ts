// The states the account forms' server actions return (app/(citizen)/…/actions.ts), shared with the forms.
import type { FormErrors } from "./form-parts";

export type SignInState = {
  step: "credentials" | "otp";
  bhxhCode: string;
  errors?: FormErrors;
  /** A confirmation to announce (e.g. a new code was sent). */
  notice?: string;
  /** The registered phone with all but the last 3 digits hidden. */
  maskedPhone?: string;
};

export type ForgotPasswordState = {
  step: "identify" | "code" | "password";
  bhxhCode: string;
  phone: string;
  errors?: FormErrors;
  notice?: string;
};

export type ChangePasswordState = { errors?: FormErrors };
