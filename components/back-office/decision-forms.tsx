// The two decisions of the declaration page. Approve needs the two counter checks ticked; reject
// needs a reason (and a note for "other"). Both carry the version the officer saw, so a decision
// made meanwhile by someone else is refused instead of applied twice.
"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/form-parts";
import { APPROVAL_CHECKS } from "@/lib/domain/decision-blockers";
import { DoneNotice, ErrorSummary, valueOf } from "./form-parts";
import { initialFormState, type BackOfficeFormState } from "./types";

type Action = (state: BackOfficeFormState, formData: FormData) => Promise<BackOfficeFormState>;
type Common = { reference: string; version: number; reloadHref: string };

type ApproveText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  heading: string;
  checklistLegend: string;
  originalId: string;
  signed: string;
  hint: string;
  submit: string;
  submitting: string;
  reload: string;
};

function StaleHint({ state, href, label }: { state: BackOfficeFormState; href: string; label: string }) {
  if (!state.formError) return null;
  return (
    <p>
      <a href={href}>{label}</a>
    </p>
  );
}

export function ApproveForm({ action, text, reference, version, reloadHref }: Common & { action: Action; text: ApproveText }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const ticked = (name: string) => state.values?.[name] === "on";
  return (
    <form action={formAction} key={state.seq} className="bo-decision bo-decision--approve" noValidate>
      <h3>{text.heading}</h3>
      <ErrorSummary state={state} title={text.errorSummaryTitle} order={[...APPROVAL_CHECKS]} />
      <StaleHint state={state} href={reloadHref} label={text.reload} />
      <DoneNotice state={state} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
      <fieldset className={state.errors?.originalIdChecked || state.errors?.declarationSigned ? "field--error" : undefined}>
        <legend>{text.checklistLegend}</legend>
        {APPROVAL_CHECKS.map((name) => (
          <div key={name}>
            {state.errors?.[name] ? (
              <p id={`${name}-error`} className="field__error">
                <span className="visually-hidden">{text.errorPrefix} </span>
                {state.errors[name]}
              </p>
            ) : null}
            <div className="checkbox">
              <input
                id={name}
                name={name}
                type="checkbox"
                value="on"
                defaultChecked={ticked(name)}
                required
                aria-describedby={state.errors?.[name] ? `${name}-error` : undefined}
              />
              <label htmlFor={name}>{name === "originalIdChecked" ? text.originalId : text.signed}</label>
            </div>
          </div>
        ))}
      </fieldset>
      <p className="field__hint">{text.hint}</p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
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
};

export function RejectForm({
  action,
  text,
  reasons,
  reference,
  version,
  reloadHref,
  noteMaxLength,
}: Common & { action: Action; text: RejectText; reasons: { code: string; label: string }[]; noteMaxLength: number }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [note, setNote] = useState("");
  const reasonError = state.errors?.reasonCode;
  const noteError = state.errors?.note;
  return (
    <form action={formAction} key={state.seq} className="bo-decision bo-decision--reject" noValidate>
      <h3>{text.heading}</h3>
      <ErrorSummary state={state} title={text.errorSummaryTitle} order={["reasonCode", "note"]} />
      <StaleHint state={state} href={reloadHref} label={text.reload} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
      <div className={`field${reasonError ? " field--error" : ""}`}>
        <fieldset aria-describedby={reasonError ? "reasonCode-error" : undefined}>
          <legend>{text.reasonLegend}</legend>
          {reasonError ? (
            <p id="reasonCode-error" className="field__error">
              <span className="visually-hidden">{text.errorPrefix} </span>
              {reasonError}
            </p>
          ) : null}
          {reasons.map((reason, index) => (
            <div className="radio" key={reason.code}>
              <input
                id={index === 0 ? "reasonCode" : `reasonCode-${reason.code}`}
                name="reasonCode"
                type="radio"
                value={reason.code}
                defaultChecked={valueOf(state, "reasonCode") === reason.code}
                required
              />
              <label htmlFor={index === 0 ? "reasonCode" : `reasonCode-${reason.code}`}>{reason.label}</label>
            </div>
          ))}
        </fieldset>
      </div>
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
      <button type="submit" className="button button--warning" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
