// Forgotten password in three steps (BHXH code + phone, the SMS code, the new password), each decided by
// the server action. The answers after the first step never say whether the details matched an account.
"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { ShowPasswordToggle, TextField } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { CodeStepFields } from "./code-step-fields";
import { BhxhCodeField, IntentButton, useStepHeading } from "./credential-fields";
import { NewPasswordFields, type NewPasswordFieldsText } from "./password-rules";
import type { AccountText, ForgotPasswordState } from "./types";

export type ForgotPasswordText = NewPasswordFieldsText &
  AccountText<
    | "errorSummaryTitle" | "errorPrefix" | "showPassword" | "forgotTitle" | "forgotLead" | "bhxhCodeLabel" | "bhxhCodeHint" | "phoneLabel" | "phoneHint" | "forgotSubmit"
    | "forgotCodeTitle" | "forgotCodeSent" | "otpLabel" | "otpHint" | "otpValidity" | "forgotCodeSubmit" | "otpResend" | "startOver" | "forgotNewTitle" | "forgotNewLead"
    | "forgotNewSubmit" | "lostPhone" | "backToSignIn"
  >;

type Props = {
  action: (state: ForgotPasswordState, formData: FormData) => Promise<ForgotPasswordState>;
  initial: ForgotPasswordState;
  text: ForgotPasswordText;
};

const ORDER = ["bhxhCode", "phone", "otp", "newPassword", "confirmPassword"];

export function ForgotPasswordForm({ action, initial, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [visible, setVisible] = useState(false);
  const headingRef = useStepHeading(state, initial.step);

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
          <BhxhCodeField text={text} error={fields.bhxhCode} value={state.bhxhCode} />
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
            <IntentButton intent="identify" pending={pending}>{text.forgotSubmit}</IntentButton>
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
            <IntentButton intent="password" pending={pending}>{text.forgotNewSubmit}</IntentButton>
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
