// Small form pieces of the account pages (sign-in, passwords): an error summary that takes focus and
// links to its fields, and text/password fields with label, hint and inline error tied by
// aria-describedby. Props in; the strings come translated from the server.
"use client";
import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { useErrorTitle } from "@/components/ui/error-title";
import { Field } from "@/components/ui/form-parts";

export type FieldErrors = Partial<Record<string, string>>;

/** Errors of a submitted form: one general message and/or one per field (by the field's id). */
export type FormErrors = { form?: string; fields?: FieldErrors };

export function ErrorSummary({ title, errors }: { title: string; errors: FormErrors | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const items = Object.entries(errors?.fields ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const hasErrors = Boolean(errors?.form) || items.length > 0;
  useErrorTitle(hasErrors);
  // Each new set of errors moves focus to the summary, so screen readers announce it and keyboards start there.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [errors, hasErrors]);
  if (!hasErrors) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors?.form ? <li>{errors.form}</li> : null}
        {items.map(([id, message]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  short?: boolean;
  /** Ids of other elements that describe the field (e.g. the list of password rules). */
  alsoDescribedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function TextField({ id, label, hint, error, errorPrefix, short, alsoDescribedBy, className, ...input }: FieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} alsoDescribedBy={alsoDescribedBy}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          className={`input${short ? " input--short" : ""}${className ? ` ${className}` : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </Field>
  );
}

/** A password field with a "show password" checkbox (typing a long passphrase blind is error-prone). */
export function PasswordField({ showLabel, ...props }: Omit<FieldProps, "type"> & { showLabel: string }) {
  const [visible, setVisible] = useState(false);
  return (
    <>
      <TextField {...props} type={visible ? "text" : "password"} spellCheck={false} autoCapitalize="none" autoCorrect="off" />
      <div className="checkbox account-show-password">
        <input id={`${props.id}-show`} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={`${props.id}-show`}>{showLabel}</label>
      </div>
    </>
  );
}
