// "Rút tờ khai" at the counter: a reason from the list and an explicit confirmation that the declarer asked
// for it. Carries the version the officer saw, so a decision made meanwhile is not overridden.
"use client";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, valueOf, type FormState } from "@/lib/schemas/form-state";
import { DoneNotice } from "./form-parts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

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

export function WithdrawForm({
  action,
  text,
  reasons,
  reference,
  version,
  reloadHref,
}: {
  action: Action;
  text: WithdrawText;
  reasons: { code: string; label: string }[];
  reference: string;
  version: number;
  reloadHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const reasonError = state.errors?.withdrawReasonCode;
  const confirmError = state.errors?.confirm;
  return (
    <form action={formAction} key={state.seq} className="bo-decision bo-decision--withdraw" noValidate>
      <h3>{text.heading}</h3>
      <p className="field__hint">{text.intro}</p>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["withdrawReasonCode", "confirm"]} />
      {state.formError ? (
        <p>
          <a href={reloadHref}>{text.reload}</a>
        </p>
      ) : null}
      <DoneNotice state={state} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className={`field${reasonError ? " field--error" : ""}`}>
        <fieldset aria-describedby={reasonError ? "withdrawReasonCode-error" : undefined}>
          <legend>{text.reasonLegend}</legend>
          {reasonError ? (
            <p id="withdrawReasonCode-error" className="field__error">
              <span className="visually-hidden">{text.errorPrefix} </span>
              {reasonError}
            </p>
          ) : null}
          {reasons.map((reason, index) => (
            <div className="radio" key={reason.code}>
              <input
                id={index === 0 ? "withdrawReasonCode" : `withdrawReasonCode-${reason.code}`}
                name="reasonCode"
                type="radio"
                value={reason.code}
                defaultChecked={valueOf(state, "reasonCode") === reason.code}
                required
              />
              <label htmlFor={index === 0 ? "withdrawReasonCode" : `withdrawReasonCode-${reason.code}`}>{reason.label}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <div className={`field${confirmError ? " field--error" : ""}`}>
        {confirmError ? (
          <p id="confirm-error" className="field__error">
            <span className="visually-hidden">{text.errorPrefix} </span>
            {confirmError}
          </p>
        ) : null}
        <div className="checkbox">
          <input id="confirm" name="confirm" type="checkbox" value="yes" required aria-describedby={confirmError ? "confirm-error" : undefined} />
          <label htmlFor="confirm">{text.confirmLabel}</label>
        </div>
      </div>
      <button type="submit" className="button button--warning" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
