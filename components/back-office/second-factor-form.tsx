// Two-factor enrolment, second half: the first code from the authenticator app, then the ten recovery
// codes, shown once. Props in; the server action does the rest.
"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, type FormState } from "@/lib/schemas/form-state";
import { AuthenticatorCodeField } from "./sign-in-form";

export type SecondFactorState = FormState & { recoveryCodes?: string[] };

type Text = {
  errorSummaryTitle: string;
  errorPrefix: string;
  code: string;
  codeHint: string;
  submit: string;
  submitting: string;
  enabled: string;
  recoveryCodesTitle: string;
  recoveryCodesNote: string;
  continueLabel: string;
};

export function ConfirmSecondFactorForm({ action, text }: { action: (state: SecondFactorState, formData: FormData) => Promise<SecondFactorState>; text: Text }) {
  const [state, formAction, pending] = useActionState(action, initialFormState as SecondFactorState);
  if (state.recoveryCodes) {
    return (
      <div className="notice notice--success" role="status">
        <p>{text.enabled}</p>
        <h2>{text.recoveryCodesTitle}</h2>
        <p>{text.recoveryCodesNote}</p>
        <ol className="bo-recovery-codes" data-testid="recovery-codes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <span className="bo-secret">{code}</span>
            </li>
          ))}
        </ol>
        <p>
          <a className="button" href="/can-bo">
            {text.continueLabel}
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["code"]} />
      <AuthenticatorCodeField text={text} error={state.errors?.code} recoveryCodeToo={false} />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}
