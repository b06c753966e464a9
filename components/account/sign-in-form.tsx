// The citizen sign-in form: BHXH code + password, then, when another device is signed in, the SMS code
// step with its warning. The server action decides every step; this only shows them.
"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { ShowPasswordToggle } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { CodeStepFields } from "./code-step-fields";
import { BhxhCodeField, IntentButton, SignInPasswordField, useStepHeading } from "./credential-fields";
import type { AccountText, SignInState } from "./types";

export type SignInText = AccountText<
  | "errorSummaryTitle" | "errorPrefix" | "signInTitle" | "signInLead" | "firstSignInHint" | "bhxhCodeLabel" | "bhxhCodeHint" | "passwordLabel" | "showPassword"
  | "signInSubmit" | "forgotPasswordLink" | "noAccountYet" | "otherDeviceTitle" | "otherDeviceWarning" | "otpLabel" | "otpHint" | "otpValidity" | "otpSubmit"
  | "otpResend" | "startOver" | "lostPhone"
>;

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  initial: SignInState;
  text: SignInText;
  returnTo?: string;
  /** Messages shown above the form on arrival (signed out by another device…), rendered by the page. */
  children?: React.ReactNode;
};

const ORDER = ["bhxhCode", "password", "otp"];

export function SignInForm({ action, initial, text, returnTo, children }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [visible, setVisible] = useState(false);
  const headingRef = useStepHeading(state, initial.step);

  const hidden = returnTo ? <input type="hidden" name="tiep" value={returnTo} /> : null;

  if (state.step === "otp") {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {text.otherDeviceTitle}
        </h1>
        <FormErrorSummary state={state} title={text.errorSummaryTitle} order={ORDER} />
        <div className="notice notice--warning">
          <p>{text.otherDeviceWarning.replace("{phone}", state.maskedPhone ?? "")}</p>
        </div>
        <div role="status">{state.notice ? <p className="notice notice--success">{state.notice}</p> : null}</div>
        <form action={formAction} noValidate>
          {hidden}
          <CodeStepFields text={text} error={state.errors?.otp} submitIntent="otp" submitLabel={text.otpSubmit} pending={pending} />
        </form>
        <p className="field__hint">{text.lostPhone}</p>
      </>
    );
  }

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {text.signInTitle}
      </h1>
      {children}
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={ORDER} />
      <p className="lead">{text.signInLead}</p>
      <form action={formAction} noValidate>
        {hidden}
        <BhxhCodeField text={text} error={state.errors?.bhxhCode} value={state.bhxhCode} />
        <SignInPasswordField label={text.passwordLabel} error={state.errors?.password} errorPrefix={text.errorPrefix} visible={visible} />
        <ShowPasswordToggle id="show-passwords" label={text.showPassword} checked={visible} onChange={setVisible} />
        <div className="button-group">
          <IntentButton intent="credentials" pending={pending}>{text.signInSubmit}</IntentButton>
          <Link href="/quen-mat-khau">{text.forgotPasswordLink}</Link>
        </div>
      </form>
      <div className="notice account-first-sign-in">
        <p>{text.firstSignInHint}</p>
      </div>
      <p>
        <Link href="/dang-ky">{text.noAccountYet}</Link>
      </p>
    </>
  );
}
