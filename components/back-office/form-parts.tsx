// Pieces of the back office's forms: the success notice (with a one-time secret), the way back after a
// refusal, the choice of a reason. The error summary and fields are components/ui's.
"use client";
import { useEffect, useRef } from "react";
import { FieldError } from "@/components/ui/form-parts";
import type { FormState } from "@/lib/schemas/form-state";

/** A form's server action, as useActionState takes it. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A form about one declaration: its action, the reference, the version the officer saw, and the address that reloads it. */
export type DeclarationFormProps = { action: FormAction; reference: string; version: number; reloadHref: string };

/** A reason the officer chooses (withdrawal, rejection). */
export type Reason = { code: string; label: string };

/** A success notice; with a secret (a temporary password) shown once, in large type. */
export function DoneNotice({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done) ref.current?.focus();
  }, [state.seq, state.done]);
  if (!state.done) return null;
  return (
    <div ref={ref} className="notice notice--success" role="status" tabIndex={-1}>
      <p>{state.done.message}</p>
      {state.done.secret ? (
        <>
          <p>
            {state.done.secretLabel}: <span className="bo-secret">{state.done.secret}</span>
          </p>
          {state.done.secretNote ? <p>{state.done.secretNote}</p> : null}
        </>
      ) : null}
    </div>
  );
}

/** After a refusal (someone decided meanwhile…), the link that reloads the record as it is now. */
export function ReloadHint({ state, href, label }: { state: FormState; href: string; label: string }) {
  if (!state.formError) return null;
  return (
    <p>
      <a href={href}>{label}</a>
    </p>
  );
}

/**
 * A required choice of reason, as radios. The first radio carries the group's id, where the error summary
 * links (two forms of one page give different ids for the same `name`).
 */
export function ReasonRadios({
  id,
  name,
  legend,
  reasons,
  checked,
  error,
  errorPrefix,
}: {
  id: string;
  name: string;
  legend: string;
  reasons: readonly Reason[];
  checked: string;
  error: string | undefined;
  errorPrefix: string;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        <FieldError id={id} error={error} errorPrefix={errorPrefix} />
        {reasons.map((reason, index) => {
          const radioId = index === 0 ? id : `${id}-${reason.code}`;
          return (
            <div className="radio" key={reason.code}>
              <input id={radioId} name={name} type="radio" value={reason.code} defaultChecked={checked === reason.code} required />
              <label htmlFor={radioId}>{reason.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
