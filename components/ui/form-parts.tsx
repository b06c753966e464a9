// Form primitives shared by every feature: a field with label, hint and inline error tied to its control
// by aria-describedby. Props in; the strings come translated from the server. No domain imports.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

/**
 * The frame of one form field. `children` renders the control and receives the value for its
 * aria-describedby (the ids of `alsoDescribedBy`, the hint and the error, or undefined when none).
 */
export function Field({
  id,
  label,
  hint,
  error,
  errorPrefix,
  errorRole,
  alsoDescribedBy,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  /** "alert" where the error appears without a page's error summary to announce it. */
  errorRole?: "alert";
  /** Ids of other elements that describe the field (e.g. the list of password rules). */
  alsoDescribedBy?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = [alsoDescribedBy ?? "", hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} errorPrefix={errorPrefix} role={errorRole} />
      {children(describedBy)}
    </div>
  );
}

/** A field's inline error (`${id}-error`, for the control's aria-describedby), or nothing without one. */
export function FieldError({ id, error, errorPrefix, role }: { id: string; error: string | undefined; errorPrefix: string; role?: "alert" }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field__error" role={role}>
      <span className="visually-hidden">{errorPrefix} </span>
      {error}
    </p>
  );
}

type InputFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  short?: boolean;
  /** Ids of other elements that describe the field (e.g. the list of password rules). */
  alsoDescribedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A text input in its field frame; `name` is the id unless given. */
export function TextField({ id, label, hint, error, errorPrefix, short, alsoDescribedBy, className, ...input }: InputFieldProps) {
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

/** A password input; `visible` comes from the form's one ShowPasswordToggle. */
export function PasswordField({ visible = false, ...props }: Omit<InputFieldProps, "type"> & { visible?: boolean }) {
  return <TextField {...props} type={visible ? "text" : "password"} spellCheck={false} autoCapitalize="none" autoCorrect="off" />;
}

/** One "show passwords" checkbox per form, after its password fields (typing a long passphrase blind is error-prone). */
export function ShowPasswordToggle({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (visible: boolean) => void }) {
  return (
    <div className="checkbox show-password">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The form's submit button, its label saying so while the action runs. */
export function SubmitButton({ pending, text, className = "button" }: { pending: boolean; text: { submit: string; submitting: string }; className?: string }) {
  return (
    <button type="submit" className={className} disabled={pending}>
      {pending ? text.submitting : text.submit}
    </button>
  );
}

/** A date typed as dd/mm/yyyy (the page parses it with lib/domain/dates.ts), with the format as its hint. */
export function DayField({ id, label, hint, defaultValue }: { id: string; label: ReactNode; hint: string; defaultValue: string }) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      errorPrefix=""
      short
      inputMode="numeric"
      autoComplete="off"
      pattern="\d{1,2}/\d{1,2}/\d{4}"
      maxLength={10}
      defaultValue={defaultValue}
    />
  );
}

export type SelectOption = { value: string; label: ReactNode };

/** A select with its options (an empty first choice is one of them). */
export function Select({ options, ...select }: { options: readonly SelectOption[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "children">) {
  return (
    <select {...select}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A Select in its field frame; `name` is the id unless given. */
export function SelectField({
  id,
  label,
  hint,
  error,
  errorPrefix = "",
  ...select
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix?: string;
  options: readonly SelectOption[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      {(describedBy) => <Select id={id} name={id} aria-describedby={describedBy} {...select} />}
    </Field>
  );
}
