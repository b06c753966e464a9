// The states the account forms' server actions return (app/(citizen)/…/actions.ts): the one FormState
// (lib/schemas/form-state.ts) and the step a multi-step form is at; and the strings the forms take.
import type { Messages } from "@/lib/i18n/catalog";
import type { FormState } from "@/lib/schemas/form-state";

/** Strings of the "account" catalog: the pages hand each form the whole namespace, the form names what it uses. */
export type AccountText<K extends keyof Messages<"account">> = Pick<Messages<"account">, K>;

export type SignInState = FormState & {
  step: "credentials" | "otp";
  bhxhCode: string;
  /** The registered phone with all but the last 3 digits hidden. */
  maskedPhone?: string;
};

export type ForgotPasswordState = FormState & {
  step: "identify" | "code" | "password";
  bhxhCode: string;
  phone: string;
};

export type ChangePasswordState = FormState;
