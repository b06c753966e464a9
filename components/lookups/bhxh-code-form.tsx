// The /tra-cuu/ma-so-bhxh form: full name, date of birth (three boxes), province and, optionally, the ID
// number, sent to a server action (works before scripts load: a plain POST). Then one answer: the code with
// the name masked, a request for the ID number, or one neutral "not found".
"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, FieldError } from "@/components/ui/form-parts";
import type { BhxhCodeFormField, BhxhCodeFormState } from "./bhxh-code-types";
import { EMPTY_BHXH_CODE_FORM } from "./bhxh-code-types";
import { LookupSubmit } from "./lookup-submit";
import { ProvinceSelect } from "./province-select";

export type BhxhCodeFormStrings = Record<
  | "fullNameLabel" | "fullNameHint" | "dateOfBirthLegend" | "dateOfBirthHint" | "dayLabel" | "monthLabel" | "yearLabel" | "provinceLabel" | "provinceHint"
  | "provinceChoose" | "idNumberLabel" | "idNumberHint" | "submit" | "errorSummaryTitle" | "errorPrefix" | "resultHeading" | "foundIntro" | "foundNote"
  | "registerLink" | "needIdNumber" | "contactOffice" | "notFound" | "rateLimited" | "failed",
  string
>;

type Props = {
  t: BhxhCodeFormStrings;
  provinces: { code: string; name: string }[];
  action: (state: BhxhCodeFormState, form: FormData) => Promise<BhxhCodeFormState>;
};

const ID = { fullName: "bhxh-fullName", dateOfBirth: "bhxh-dob-day", provinceCode: "bhxh-provinceCode", idNumber: "bhxh-idNumber" } satisfies Record<BhxhCodeFormField, string>;

export function BhxhCodeForm({ t, provinces, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { kind: "idle", values: EMPTY_BHXH_CODE_FORM });
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === "invalid") summaryRef.current?.focus();
    else if (state.kind === "needIdNumber") document.getElementById(ID.idNumber)?.focus();
    else if (state.kind !== "idle") resultRef.current?.focus();
  }, [state]);

  const errors = state.kind === "invalid" ? state.errors : [];
  const errorOf = (field: BhxhCodeFormField) => errors.find((e) => e.field === field)?.message;
  const v = state.values;
  const notice =
    state.kind === "needIdNumber" || state.kind === "contactOffice" || state.kind === "notFound" || state.kind === "failed"
      ? t[state.kind]
      : state.kind === "rateLimited"
        ? t.rateLimited.replace("{minutes}", String(state.minutes))
        : null;
  const dobError = errorOf("dateOfBirth");

  return (
    <>
      <ErrorSummary ref={summaryRef} title={t.errorSummaryTitle} items={errors.map((e) => ({ targetId: ID[e.field], message: e.message }))} />
      {state.kind === "found" ? (
        <div ref={resultRef} tabIndex={-1} className="notice notice--success lookup-result" role="status" aria-labelledby="bhxh-result-heading">
          <h2 id="bhxh-result-heading">{t.resultHeading}</h2>
          <p>{t.foundIntro.replace("{maskedName}", state.maskedName)}</p>
          <p className="lookup-result__code" translate="no">
            {state.bhxhCode}
          </p>
          <p>{t.foundNote}</p>
          <p>
            <Link href="/dang-ky">{t.registerLink}</Link>
          </p>
        </div>
      ) : null}
      {notice ? (
        <div ref={resultRef} tabIndex={-1} role="alert" className="notice notice--warning">
          <p>{notice}</p>
        </div>
      ) : null}
      <form action={formAction} noValidate key={JSON.stringify(v)}>
        <Field id={ID.fullName} label={t.fullNameLabel} hint={t.fullNameHint} error={errorOf("fullName")} errorPrefix={t.errorPrefix}>
          {(describedBy) => (
            <input id={ID.fullName} name="fullName" className="input" defaultValue={v.fullName} autoComplete="name" spellCheck={false} aria-invalid={errorOf("fullName") ? true : undefined} aria-describedby={describedBy} maxLength={100} />
          )}
        </Field>
        <div className={`field${dobError ? " field--error" : ""}`}>
          <fieldset aria-describedby={`bhxh-dob-hint${dobError ? " bhxh-dob-error" : ""}`}>
            <legend className="field__label">{t.dateOfBirthLegend}</legend>
            <div id="bhxh-dob-hint" className="field__hint">
              {t.dateOfBirthHint}
            </div>
            <FieldError id="bhxh-dob" error={dobError} errorPrefix={t.errorPrefix} />
            <div className="date-input">
              {(
                [
                  ["dobDay", "bhxh-dob-day", t.dayLabel, "date-input__2", 2, "bday-day"],
                  ["dobMonth", "bhxh-dob-month", t.monthLabel, "date-input__2", 2, "bday-month"],
                  ["dobYear", "bhxh-dob-year", t.yearLabel, "date-input__4", 4, "bday-year"],
                ] as const
              ).map(([name, id, label, width, length, autoComplete]) => (
                <div key={name} className="date-input__item">
                  <label className="date-input__label" htmlFor={id}>
                    {label}
                  </label>
                  <input id={id} name={name} className={`input ${width}`} defaultValue={v[name]} inputMode="numeric" pattern="[0-9]*" maxLength={length} autoComplete={autoComplete} aria-invalid={dobError ? true : undefined} />
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <ProvinceSelect
          id={ID.provinceCode}
          name="provinceCode"
          label={t.provinceLabel}
          hint={t.provinceHint}
          emptyLabel={t.provinceChoose}
          provinces={provinces}
          value={v.provinceCode}
          error={errorOf("provinceCode")}
          errorPrefix={t.errorPrefix}
        />
        <Field id={ID.idNumber} label={t.idNumberLabel} hint={t.idNumberHint} error={errorOf("idNumber")} errorPrefix={t.errorPrefix}>
          {(describedBy) => (
            <input id={ID.idNumber} name="idNumber" className="input input--short" defaultValue={v.idNumber} autoComplete="off" spellCheck={false} autoCapitalize="characters" aria-invalid={errorOf("idNumber") ? true : undefined} aria-describedby={describedBy} maxLength={20} />
          )}
        </Field>
        <LookupSubmit pending={pending} label={t.submit} />
      </form>
    </>
  );
}
