// A required choice of one among a few, as radio buttons in a fieldset. The fieldset has the group's id
// (an error summary links to it, hence tabIndex -1); each option's id is the prefix and its value.
import type { ReactNode } from "react";

export function RadioGroup({
  id,
  idPrefix,
  name,
  legend,
  options,
  error,
  errorPrefix,
}: {
  id: string;
  idPrefix: string;
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  error?: string;
  errorPrefix: string;
}) {
  return (
    <fieldset className={error ? "field--error" : undefined} id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <div className="radio" key={o.value}>
          <input id={`${idPrefix}-${o.value}`} type="radio" name={name} value={o.value} required />
          <label htmlFor={`${idPrefix}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
