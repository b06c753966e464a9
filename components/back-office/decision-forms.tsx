// The two decisions of the declaration page. Approve needs the counter checks confirmed (one statement
// naming both, so the counter's road is one tick and Duyệt) and each field that differs from the master
// record acknowledged; reject needs a reason (and a note for "other"). Both carry the version the officer
// saw, so a decision made meanwhile by someone else is refused instead of applied twice.
"use client";
import { useActionState, useState } from "react";
import { Field, FieldError, SubmitButton } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, valueOf, type FormState } from "@/lib/schemas/form-state";
import { DoneNotice, ReasonRadios, ReloadHint, type DeclarationFormProps, type Reason } from "./form-parts";

type ApproveText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  checklistLegend: string;
  checksLabel: string;
  originalId: string;
  signed: string;
  checksRequired: string;
  acknowledgeLegend: string;
  submit: string;
  submitting: string;
  reload: string;
};

/** A field that differs from the master record, with the sentence the officer ticks to acknowledge it. */
export type DifferenceToAcknowledge = { field: string; label: string };

const CHECKS_ID = "counterChecks";

const submitted = (state: FormState, name: string, value: string) => {
  const v = state.values?.[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};

export function ApproveForm({ action, text, reference, version, reloadHref, differences }: DeclarationFormProps & { text: ApproveText; differences: DifferenceToAcknowledge[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // The server names each unticked check; the form has one statement for both, so one message for it.
  const { originalIdChecked, declarationSigned, ...otherErrors } = state.errors ?? {};
  const checksError = originalIdChecked || declarationSigned ? text.checksRequired : undefined;
  const shown: FormState = { ...state, errors: { ...(checksError ? { [CHECKS_ID]: checksError } : {}), ...otherErrors } };
  return (
    <form action={formAction} key={state.seq} className="bo-decision bo-decision--approve" noValidate>
      <FormErrorSummary state={shown} title={text.errorSummaryTitle} order={[CHECKS_ID]} />
      <ReloadHint state={state} href={reloadHref} label={text.reload} />
      <DoneNotice state={state} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
      {differences.length > 0 ? (
        <fieldset className="bo-acknowledge">
          <legend>{text.acknowledgeLegend}</legend>
          {differences.map((d) => (
            <div className="checkbox" key={d.field}>
              <input
                id={`acknowledge-${d.field}`}
                name="acknowledgedFields"
                type="checkbox"
                value={d.field}
                defaultChecked={submitted(state, "acknowledgedFields", d.field)}
                required
              />
              <label htmlFor={`acknowledge-${d.field}`}>{d.label}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset className={checksError ? "field--error" : undefined}>
        <legend>{text.checklistLegend}</legend>
        <FieldError id={CHECKS_ID} error={checksError} errorPrefix={text.errorPrefix} />
        <div className="checkbox">
          <input
            id={CHECKS_ID}
            name={CHECKS_ID}
            type="checkbox"
            value="on"
            defaultChecked={submitted(state, CHECKS_ID, "on")}
            required
            aria-describedby={checksError ? `${CHECKS_ID}-error` : undefined}
          />
          <label htmlFor={CHECKS_ID}>
            {text.checksLabel}
            <ul className="bo-checks">
              <li>{text.originalId}</li>
              <li>{text.signed}</li>
            </ul>
          </label>
        </div>
      </fieldset>
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}

type RejectText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  heading: string;
  reasonLegend: string;
  noteLabel: string;
  noteHint: string;
  submit: string;
  submitting: string;
  reload: string;
  /** The disclosure's summary: the form stays folded until the officer opens it. */
  disclosure: string;
};

export function RejectForm({ action, text, reasons, reference, version, reloadHref, noteMaxLength, defaultReason }: DeclarationFormProps & { text: RejectText; reasons: Reason[]; noteMaxLength: number; defaultReason?: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [note, setNote] = useState("");
  const noteError = state.errors?.note;
  const failed = Boolean(state.formError) || Object.keys(state.errors ?? {}).length > 0;
  return (
    <details className="bo-disclosure" key={state.seq} open={failed || undefined}>
      <summary>{text.disclosure}</summary>
      <form action={formAction} className="bo-decision bo-decision--reject" noValidate>
        <h3 className="visually-hidden">{text.heading}</h3>
        <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["reasonCode", "note"]} />
        <ReloadHint state={state} href={reloadHref} label={text.reload} />
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="version" value={version} />
        <ReasonRadios id="reasonCode" name="reasonCode" legend={text.reasonLegend} reasons={reasons} checked={valueOf(state, "reasonCode", defaultReason)} error={state.errors?.reasonCode} errorPrefix={text.errorPrefix} />
        <Field id="note" label={text.noteLabel} hint={text.noteHint} error={noteError} errorPrefix={text.errorPrefix}>
          {(describedBy) => (
            <textarea
              id="note"
              name="note"
              className="textarea"
              maxLength={noteMaxLength}
              defaultValue={valueOf(state, "note")}
              onChange={(event) => setNote(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={noteError ? true : undefined}
              rows={4}
            />
          )}
        </Field>
        <p className="field__hint" aria-hidden="true">
          {(note || valueOf(state, "note")).length}/{noteMaxLength}
        </p>
        <SubmitButton pending={pending} text={text} className="button button--warning" />
      </form>
    </details>
  );
}
