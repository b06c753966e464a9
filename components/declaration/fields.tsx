// Form field primitives of the declaration forms, GOV.UK style: label, hint, inline error tied to the
// control with aria-describedby, aria-invalid. Props in, no state beyond what a control needs.
"use client";
import { useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, FieldError } from "@/components/ui/form-parts";

/** What a native control needs from react-hook-form's register(), or from plain React state. */
export type Registration = {
  name: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => unknown;
  onBlur: (event: React.FocusEvent<HTMLInputElement>) => unknown;
  ref?: (instance: HTMLInputElement | null) => void;
};

/** The DOM id of the control of a form path ("address.communeCode" → "address-communeCode"). */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="field__hint">
      {hint}
    </div>
  ) : null;
}

/** What every field of the declaration forms has: the form path it edits, its label or legend, hint and error. */
type FieldProps = { path: string; hint?: ReactNode; error: string | undefined; errorPrefix: string };

type TextFieldProps = FieldProps & { label: ReactNode; registration: UseFormRegisterReturn; short?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "onChange" | "onBlur">;

export function TextField({ path, label, hint, error, errorPrefix, registration, short, className, ...input }: TextFieldProps) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      {(described) => (
        <input
          id={id}
          className={`input${short ? " input--short" : ""}${className ? ` ${className}` : ""}`}
          type="text"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...input}
          {...registration}
        />
      )}
    </Field>
  );
}

/** A registered field, or a Controller's field (with its value) for a select whose options arrive later. */
type SelectRegistration = UseFormRegisterReturn | { name: string; value: string; onChange: (event: React.ChangeEvent<HTMLSelectElement>) => void; onBlur: () => void; ref: React.Ref<HTMLSelectElement> };

export type SelectFieldProps = FieldProps & { label: ReactNode; registration: SelectRegistration; children: ReactNode; after?: ReactNode } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "id" | "name" | "onChange" | "onBlur"
  >;

export function SelectField({ path, label, hint, error, errorPrefix, registration, children, after, ...select }: SelectFieldProps) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      {(described) => (
        <>
          <select id={id} className="select" aria-invalid={error ? true : undefined} aria-describedby={described} {...select} {...registration}>
            {children}
          </select>
          {after}
        </>
      )}
    </Field>
  );
}

type RadioGroupProps = FieldProps & {
  legend: ReactNode;
  registration: Registration;
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
  inline?: boolean;
  /** For radios driven by state rather than registered: the value checked now. */
  checkedValue?: string;
};

/** The id of the first radio, where an error summary link lands. */
export function radioId(path: string, value: string): string {
  return `${fieldId(path)}-${value}`;
}

export function RadioGroup({ path, legend, hint, error, errorPrefix, registration, options, inline, checkedValue }: RadioGroupProps) {
  const id = fieldId(path);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="field__label">{legend}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} errorPrefix={errorPrefix} />
        <div className={inline ? "radios--inline" : undefined}>
          {options.map((option) => {
            const optionId = radioId(path, option.value);
            return (
              <div className="radio" key={option.value}>
                <input
                  id={optionId}
                  type="radio"
                  value={option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  {...(checkedValue === undefined ? {} : { checked: checkedValue === option.value })}
                  {...registration}
                />
                <div>
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.hint ? (
                    <div id={`${optionId}-hint`} className="field__hint">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

type DateFieldProps = FieldProps & {
  legend: ReactNode;
  labels: { day: string; month: string; year: string };
  /** "YYYY-MM-DD" when complete; partial input is kept as "Y-M-D" with empty parts. */
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** "bday" for a date of birth (autofill), nothing otherwise. */
  autoCompleteSection?: "bday";
};

type DateParts = { day: string; month: string; year: string };

function splitDate(value: string): DateParts {
  const [year = "", month = "", day = ""] = value ? value.split("-") : [];
  return { day, month, year };
}

function joinDate({ day, month, year }: DateParts): string {
  if (!day && !month && !year) return "";
  const pad = (s: string) => (s.length === 1 ? `0${s}` : s);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The id of the day input, where an error summary link lands. */
export function dateFieldId(path: string): string {
  return `${fieldId(path)}-day`;
}

/**
 * A date as three boxes (day, month, year): GOV.UK's advice for dates people know, such as a date of
 * birth, rather than a calendar picker. The form holds "YYYY-MM-DD"; the schema says what is wrong.
 */
export function DateField({ path, legend, hint, error, errorPrefix, labels, value, onChange, onBlur, autoCompleteSection }: DateFieldProps) {
  const id = fieldId(path);
  // What the person typed, kept as typed ("3", not "03") while it still means the form's value.
  const [parts, setParts] = useState<DateParts>(() => splitDate(value));
  const shown = joinDate(parts) === value ? parts : splitDate(value);

  const update = (key: keyof DateParts) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const next = { ...shown, [key]: event.target.value.replace(/\D/g, "") };
    setParts(next);
    onChange(joinDate(next));
  };

  const box = (key: keyof DateParts, width: string, maxLength: number) => (
    <div className="date-input__item">
      <label className="date-input__label" htmlFor={`${id}-${key}`}>
        {labels[key]}
      </label>
      <input
        id={`${id}-${key}`}
        className={`input ${width}`}
        inputMode="numeric"
        maxLength={maxLength}
        autoComplete={autoCompleteSection ? `${autoCompleteSection}-${key}` : "off"}
        aria-invalid={error ? true : undefined}
        value={shown[key]}
        onChange={update(key)}
        onBlur={onBlur}
      />
    </div>
  );

  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="field__label">{legend}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} errorPrefix={errorPrefix} />
        <div className="date-input">
          {box("day", "date-input__2", 2)}
          {box("month", "date-input__2", 2)}
          {box("year", "date-input__4", 4)}
        </div>
      </fieldset>
    </div>
  );
}

type CheckboxFieldProps = FieldProps & { label: ReactNode; registration: UseFormRegisterReturn };

export function CheckboxField({ path, label, hint, error, errorPrefix, registration }: CheckboxFieldProps) {
  const id = fieldId(path);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <FieldError id={id} error={error} errorPrefix={errorPrefix} />
      <div className="checkbox">
        <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...registration} />
        <div>
          <label htmlFor={id}>{label}</label>
          {hint ? (
            <div id={`${id}-hint`} className="field__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
