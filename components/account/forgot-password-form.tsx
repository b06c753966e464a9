// Forgotten password in three steps (BHXH code + phone, the SMS code, the new password), each decided by
// the server action. The answers after the first step never say whether the details matched an account.
"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { ShowPasswordToggle, TextField } from "@/components/ui/form-parts";
import { CodeStepFields } from "./code-step-fields";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { NewPasswordFields, type PasswordRulesText } from "./password-rules";
import type { ForgotPasswordState } from "./types";

export type ForgotPasswordText = PasswordRulesText & {
  errorSummaryTitle: string;
  errorPrefix: string;
  showPassword: string;
  forgotTitle: string;
  forgotLead: string;
  bhxhCodeLabel: string;
  bhxhCodeHint: string;
  phoneLabel: string;
  phoneHint: string;
  forgotSubmit: string;
  forgotCodeTitle: string;
  forgotCodeSent: string;
  otpLabel: string;
  otpHint: string;
  otpValidity: string;
  forgotCodeSubmit: string;
  otpResend: string;
  startOver: string;
  forgotNewTitle: string;
  forgotNewLead: string;
  newPasswordLabel: string;
  confirmPasswordLabel: string;
  forgotNewSubmit: string;
  lostPhone: string;
  backToSignIn: string;
};

type Props = {
  action: (state: ForgotPasswordState, formData: FormData) => Promise<ForgotPasswordState>;
  initial: ForgotPasswordState;
  text: ForgotPasswordText;
};

const ORDER = ["bhxhCode", "phone", "otp", "newPassword", "confirmPassword"];

export function ForgotPasswordForm({ action, initial, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [visible, setVisible] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(initial.step);
  useEffect(() => {
    if (state.step !== shownStep.current && !state.formError && Object.keys(state.errors ?? {}).length === 0) headingRef.current?.focus();
    shownStep.current = state.step;
  }, [state]);

  const fields = state.errors ?? {};
  const title = state.step === "identify" ? text.forgotTitle : state.step === "code" ? text.forgotCodeTitle : text.forgotNewTitle;

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={ORDER} />
      <div role="status">{state.notice ? <p className="notice notice--success">{state.notice}</p> : null}</div>

      {state.step === "identify" ? (
        <form action={formAction} noValidate>
          <p className="lead">{text.forgotLead}</p>
          <TextField
            id="bhxhCode"
            label={text.bhxhCodeLabel}
            hint={text.bhxhCodeHint}
            error={fields.bhxhCode}
            errorPrefix={text.errorPrefix}
            defaultValue={state.bhxhCode}
            key={`code-${state.bhxhCode}`}
            inputMode="numeric"
            autoComplete="username"
            maxLength={14}
            short
            required
          />
          <TextField
            id="phone"
            label={text.phoneLabel}
            hint={text.phoneHint}
            error={fields.phone}
            errorPrefix={text.errorPrefix}
            defaultValue={state.phone}
            key={`phone-${state.phone}`}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            short
            required
          />
          <div className="button-group">
            <button className="button" type="submit" name="intent" value="identify" disabled={pending}>
              {text.forgotSubmit}
            </button>
          </div>
        </form>
      ) : null}

      {state.step === "code" ? (
        <form action={formAction} noValidate>
          <div className="notice">
            <p>{text.forgotCodeSent}</p>
          </div>
          <CodeStepFields text={text} error={fields.otp} submitIntent="code" submitLabel={text.forgotCodeSubmit} pending={pending} />
        </form>
      ) : null}

      {state.step === "password" ? (
        <form action={formAction} noValidate>
          <p>{text.forgotNewLead}</p>
          {state.bhxhCode ? <input type="text" name="username" value={state.bhxhCode} autoComplete="username" readOnly hidden /> : null}
          <NewPasswordFields text={text} errors={fields} visible={visible} />
          <ShowPasswordToggle id="show-passwords" label={text.showPassword} checked={visible} onChange={setVisible} />
          <div className="button-group">
            <button className="button" type="submit" name="intent" value="password" disabled={pending}>
              {text.forgotNewSubmit}
            </button>
          </div>
        </form>
      ) : null}

      <div className="notice notice--warning">
        <p>{text.lostPhone}</p>
      </div>
      <p>
        <Link href="/dang-nhap">{text.backToSignIn}</Link>
      </p>
    </>
  );
}
