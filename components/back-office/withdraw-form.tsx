// "Rút tờ khai" at the counter: a reason from the list and an explicit confirmation that the declarer asked
// for it. Carries the version the officer saw, so a decision made meanwhile is not overridden.
"use client";
import { useActionState } from "react";
import { FieldError, SubmitButton } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, valueOf } from "@/lib/schemas/form-state";
import { DoneNotice, ReasonRadios, ReloadHint, type DeclarationFormProps, type Reason } from "./form-parts";

export type WithdrawText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  heading: string;
  intro: string;
  reasonLegend: string;
  confirmLabel: string;
  submit: string;
  submitting: string;
  reload: string;
};

export function WithdrawForm({ action, text, reasons, reference, version, reloadHref }: DeclarationFormProps & { text: WithdrawText; reasons: Reason[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const confirmError = state.errors?.confirm;
  return (
    <form action={formAction} key={state.seq} className="bo-decision bo-decision--withdraw" noValidate>
      <h3>{text.heading}</h3>
      <p className="field__hint">{text.intro}</p>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["withdrawReasonCode", "confirm"]} />
      <ReloadHint state={state} href={reloadHref} label={text.reload} />
      <DoneNotice state={state} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="expectedVersion" value={version} />
      <ReasonRadios id="withdrawReasonCode" name="reasonCode" legend={text.reasonLegend} reasons={reasons} checked={valueOf(state, "reasonCode")} error={state.errors?.withdrawReasonCode} errorPrefix={text.errorPrefix} />
      <div className={`field${confirmError ? " field--error" : ""}`}>
        <FieldError id="confirm" error={confirmError} errorPrefix={text.errorPrefix} />
        <div className="checkbox">
          <input id="confirm" name="confirm" type="checkbox" value="yes" required aria-describedby={confirmError ? "confirm-error" : undefined} />
          <label htmlFor="confirm">{text.confirmLabel}</label>
        </div>
      </div>
      <SubmitButton pending={pending} text={text} className="button button--warning" />
    </form>
  );
}
