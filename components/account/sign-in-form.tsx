// The citizen sign-in form: BHXH code + password, then, when another device is signed in, the SMS code
// step with its warning. The server action decides every step; this only shows them.
"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { PasswordField, ShowPasswordToggle, TextField } from "@/components/ui/form-parts";
import { CodeStepFields } from "./code-step-fields";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import type { SignInState } from "./types";

export type SignInText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  signInTitle: string;
  signInLead: string;
  firstSignInHint: string;
  bhxhCodeLabel: string;
  bhxhCodeHint: string;
  passwordLabel: string;
  showPassword: string;
  signInSubmit: string;
  forgotPasswordLink: string;
  noAccountYet: string;
  otherDeviceTitle: string;
  otherDeviceWarning: string;
  otpLabel: string;
  otpHint: string;
  otpValidity: string;
  otpSubmit: string;
  otpResend: string;
  startOver: string;
  lostPhone: string;
};

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  initial: SignInState;
  text: SignInText;
  returnTo?: string;
  /** Messages shown above the form on arrival (signed out by another device…), rendered by the page. */
  children?: React.ReactNode;
};

const ORDER = ["bhxhCode", "password", "otp"];
const hasErrors = (state: SignInState) => Boolean(state.formError) || Object.keys(state.errors ?? {}).length > 0;

export function SignInForm({ action, initial, text, returnTo, children }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [visible, setVisible] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(initial.step);

  // Moving to the code step is a new "page": focus its heading (unless errors take focus).
  useEffect(() => {
    if (state.step !== firstStep.current && !hasErrors(state)) headingRef.current?.focus();
    firstStep.current = state.step;
  }, [state]);

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
        <TextField
          id="bhxhCode"
          label={text.bhxhCodeLabel}
          hint={text.bhxhCodeHint}
          error={state.errors?.bhxhCode}
          errorPrefix={text.errorPrefix}
          defaultValue={state.bhxhCode}
          key={`code-${state.bhxhCode}`}
          inputMode="numeric"
          autoComplete="username"
          spellCheck={false}
          maxLength={14}
          required
          short
        />
        <PasswordField
          id="password"
          label={text.passwordLabel}
          error={state.errors?.password}
          errorPrefix={text.errorPrefix}
          visible={visible}
          autoComplete="current-password"
          required
        />
        <ShowPasswordToggle id="show-passwords" label={text.showPassword} checked={visible} onChange={setVisible} />
        <div className="button-group">
          <button className="button" type="submit" name="intent" value="credentials" disabled={pending}>
            {text.signInSubmit}
          </button>
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
