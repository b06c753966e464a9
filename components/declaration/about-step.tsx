// The wizard's first step, "Về bạn": shown (and server-rendered) as the form opens, so it loads with the
// wizard's body; the other steps load on first use (later-steps.ts, steps.tsx).
"use client";
import type { ReactNode } from "react";
import { Controller } from "react-hook-form";
import { DateField, RadioGroup, SelectField, TextField } from "./fields";
import { bhxhCodeFromBhytCard } from "@/lib/domain/identifiers";
import type { StepProps } from "./steps";
import type { Option } from "./types";

/** "Về bạn": name, date of birth, sex, nationality and the BHXH code. */
export function AboutStep({ form, t, errorText, nationalities, bhxhLookupUrl, qr }: StepProps & { nationalities: Option[]; bhxhLookupUrl: string; qr?: ReactNode }) {
  const { register, control } = form;
  const dateLabels = { day: t.dayLabel, month: t.monthLabel, year: t.yearLabel };
  const common = { errorPrefix: t.errorPrefix };
  return (
    <>
      {qr}
      <TextField path="fullName" label={t.fullNameLabel} hint={t.fullNameHint} error={errorText("fullName")} registration={register("fullName")} autoComplete="name" spellCheck={false} {...common} />
      <Controller
        control={control}
        name="dateOfBirth"
        render={({ field }) => (
          <DateField path="dateOfBirth" legend={t.dateOfBirthLabel} hint={t.dateOfBirthHint} error={errorText("dateOfBirth")} labels={dateLabels} value={field.value} onChange={field.onChange} onBlur={field.onBlur} autoCompleteSection="bday" {...common} />
        )}
      />
      <RadioGroup
        path="sex"
        legend={t.sexLabel}
        error={errorText("sex")}
        registration={register("sex")}
        inline
        options={[
          { value: "male", label: t.sexMale },
          { value: "female", label: t.sexFemale },
        ]}
        {...common}
      />
      <SelectField path="nationality" label={t.nationalityLabel} error={errorText("nationality")} registration={register("nationality")} {...common}>
        {nationalities.map((n) => (
          <option key={n.value} value={n.value}>
            {n.label}
          </option>
        ))}
      </SelectField>
      <TextField
        path="bhxhCode"
        label={t.bhxhCodeLabel}
        hint={
          <>
            {t.bhxhCodeCardHint}.{" "}
            <a href={bhxhLookupUrl} target="_blank" rel="noopener noreferrer">
              {t.bhxhCodeLookup}
            </a>
          </>
        }
        error={errorText("bhxhCode")}
        // A BHYT card number typed or pasted whole becomes its BHXH code as the person leaves the field.
        registration={register("bhxhCode", {
          onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
            const code = bhxhCodeFromBhytCard(event.target.value);
            if (code && code !== event.target.value) form.setValue("bhxhCode", code);
          },
        })}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        short
        {...common}
      />
    </>
  );
}
