// Form primitives shared by every feature: a field with label, hint and inline error tied to its control
// by aria-describedby. Props in; the strings come translated from the server. No domain imports.
import type { ReactNode } from "react";

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
  alsoDescribedBy,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
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
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}
