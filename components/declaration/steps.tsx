// The text steps of the declaration wizard: about you (about-step.tsx, loaded with the form), the identity
// document, contact and address, receiving office (loaded on first use, later-steps.ts; the commitment is on
// the review page). Each renders fields of the one form the wizard owns.
"use client";
import type { ReactNode } from "react";
import { Controller, useWatch, type ControllerRenderProps, type UseFormReturn } from "react-hook-form";
import { CheckboxField, DateField, RadioGroup, SelectField, TextField, type SelectFieldProps } from "./fields";
import { CCCD_ISSUE_PLACES } from "@/lib/domain/identifiers";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { fill } from "./text";
import type { DeclarationStrings, OfficeOption, UnitOption, WizardValues } from "./types";

export type StepProps = {
  form: UseFormReturn<WizardValues>;
  t: DeclarationStrings;
  /** The message to show for a field, from the browser's validation or the server's. */
  errorText: (path: string) => string | undefined;
};

export type ListProps<T> = { status: "idle" | "loading" | "ready" | "error"; items: T[]; reload: () => void };

export { AboutStep } from "./about-step";

/** "Giấy tờ tùy thân": the type of document, its number, when and where it was issued. */
export function IdentityStep({ form, t, errorText }: StepProps) {
  const { register, control } = form;
  const idType = useWatch({ control: form.control, name: "idType" });
  const dateLabels = { day: t.dayLabel, month: t.monthLabel, year: t.yearLabel };
  const common = { errorPrefix: t.errorPrefix };
  return (
    <>
      <RadioGroup
        path="idType"
        legend={t.idTypeLabel}
        error={errorText("idType")}
        registration={register("idType")}
        options={[
          { value: "cccd", label: t.idType_cccd },
          { value: "cmnd", label: t.idType_cmnd },
          { value: "passport", label: t.idType_passport },
        ]}
        {...common}
      />
      <TextField
        path="idNumber"
        label={t.idNumberLabel}
        hint={idType ? t[`idNumberHint_${idType}`] : undefined}
        error={errorText("idNumber")}
        registration={register("idNumber")}
        inputMode={idType === "passport" ? "text" : "numeric"}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        short
        {...common}
      />
      <Controller
        control={control}
        name="idIssueDate"
        render={({ field }) => (
          <DateField path="idIssueDate" legend={t.idIssueDateLabel} hint={t.idIssueDateHint} error={errorText("idIssueDate")} labels={dateLabels} value={field.value} onChange={field.onChange} onBlur={field.onBlur} {...common} />
        )}
      />
      {idType === "cccd" ? (
        <CccdIssuePlace form={form} t={t} errorText={errorText} />
      ) : (
        <TextField path="idIssuePlace" label={t.idIssuePlaceLabel} hint={t.idIssuePlaceHint} error={errorText("idIssuePlace")} registration={register("idIssuePlace")} autoComplete="off" {...common} />
      )}
    </>
  );
}

/** "Nơi cấp" of a CCCD: its issuing authorities as a choice, and "Khác" to type another. */
function CccdIssuePlace({ form, t, errorText }: StepProps) {
  const [value, other] = useWatch({ control: form.control, name: ["idIssuePlace", "idIssuePlaceOther"] });
  const index = (CCCD_ISSUE_PLACES as readonly string[]).indexOf(value);
  const choice = other ? "other" : index >= 0 ? String(index) : "";
  const error = errorText("idIssuePlace");
  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.value;
    form.setValue("idIssuePlaceOther", picked === "other");
    if (picked !== "other") form.setValue("idIssuePlace", CCCD_ISSUE_PLACES[Number(picked)]!);
    else if (index >= 0) form.setValue("idIssuePlace", "");
  };
  return (
    <>
      <RadioGroup
        path="idIssuePlace"
        legend={t.idIssuePlaceLabel}
        error={other ? undefined : error}
        errorPrefix={t.errorPrefix}
        checkedValue={choice}
        registration={{ name: "idIssuePlaceChoice", onChange: choose, onBlur: () => undefined }}
        options={[...CCCD_ISSUE_PLACES.map((place, i) => ({ value: String(i), label: place })), { value: "other", label: t.idIssuePlaceOther }]}
      />
      {other ? (
        <TextField path="idIssuePlace" label={t.idIssuePlaceOtherLabel} error={error} errorPrefix={t.errorPrefix} registration={form.register("idIssuePlace")} autoComplete="off" />
      ) : null}
    </>
  );
}

/** A province, commune or office as a choice of its select. */
const unitOption = (unit: { code: string; name: string }) => (
  <option key={unit.code} value={unit.code}>
    {unit.name}
  </option>
);

/** The provinces, after an empty first choice. */
function ProvinceSelectField({ t, provinces, ...field }: Omit<SelectFieldProps, "children"> & { t: DeclarationStrings; provinces: UnitOption[] }) {
  return (
    <SelectField {...field}>
      <option value="">{t.provinceChoose}</option>
      {provinces.map(unitOption)}
    </SelectField>
  );
}

/**
 * A select whose choices load once another is made (the communes of a province, the offices of one): until
 * then it asks for that choice; while loading (or after a failure, with a reload) it keeps the value it has.
 */
function LoadedSelectField({
  t,
  list,
  parentChosen,
  chooseParentFirst,
  choose,
  registration,
  children,
  ...field
}: Omit<SelectFieldProps, "registration" | "after"> & {
  t: DeclarationStrings;
  list: ListProps<unknown>;
  parentChosen: boolean;
  chooseParentFirst: string;
  choose: string;
  registration: ControllerRenderProps<WizardValues, "address.communeCode" | "officeCode">;
}) {
  return (
    <SelectField registration={registration} aria-busy={list.status === "loading"} after={<ListStatus t={t} list={list} />} {...field}>
      {!parentChosen ? (
        <option value="">{chooseParentFirst}</option>
      ) : list.status === "ready" ? (
        <>
          <option value="">{choose}</option>
          {children}
        </>
      ) : (
        <option value={registration.value}>{list.status === "loading" ? t.listLoading : choose}</option>
      )}
    </SelectField>
  );
}

function ListStatus({ t, list }: { t: DeclarationStrings; list: ListProps<unknown> }) {
  if (list.status !== "error") return null;
  return (
    <p className="field__hint" role="alert">
      {t.listLoadFailed}{" "}
      <button type="button" className="button button--secondary" onClick={list.reload}>
        {t.listReload}
      </button>
    </p>
  );
}

export function ContactStep({
  form,
  t,
  errorText,
  provinces,
  communes,
  phoneVerification,
}: StepProps & { provinces: UnitOption[]; communes: ListProps<UnitOption>; /** "Gửi mã" → code → confirmed (phone-verification.tsx). */ phoneVerification?: ReactNode }) {
  const { register, control, setValue } = form;
  const [provinceCode, email] = useWatch({ control: form.control, name: ["address.provinceCode", "email"] });
  const common = { errorPrefix: t.errorPrefix };
  return (
    <>
      <fieldset>
        <legend className="legend--heading">{t.addressLegend}</legend>
        <p className="field__hint">{t.addressHint}</p>
        <ProvinceSelectField t={t} provinces={provinces} path="address.provinceCode" label={t.provinceLabel} error={errorText("address.provinceCode")} autoComplete="address-level1" registration={register("address.provinceCode", { onChange: () => setValue("address.communeCode", "") })} {...common} />
        <Controller
          control={control}
          name="address.communeCode"
          render={({ field }) => (
            <LoadedSelectField t={t} list={communes} parentChosen={Boolean(provinceCode)} chooseParentFirst={t.communeChooseProvinceFirst} choose={t.communeChoose}
              path="address.communeCode" label={t.communeLabel} error={errorText("address.communeCode")} registration={field} {...common}
            >
              {communes.items.map(unitOption)}
            </LoadedSelectField>
          )}
        />
        <TextField path="address.street" label={t.streetLabel} error={errorText("address.street")} registration={register("address.street")} autoComplete="street-address" {...common} />
      </fieldset>
      <TextField path="phone" label={t.phoneLabel} hint={t.phoneHint} error={errorText("phone")} registration={register("phone")} type="tel" inputMode="tel" autoComplete="tel-national" short {...common} />
      {phoneVerification}
      <TextField
        path="email"
        label={
          <>
            {t.emailLabel} <span className="optional">{t.optional}</span>
          </>
        }
        hint={email?.trim() ? `${t.emailHint}. ${t.emailConfirmNotice}` : t.emailHint}
        error={errorText("email")}
        registration={register("email", {
          // No address, no copy: the box goes away, and so does a tick it had.
          onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
            if (!event.target.value.trim() && form.getValues("emailCopy")) setValue("emailCopy", false);
          },
        })}
        type="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="none"
        {...common}
      />
      {email?.trim() ? (
        <CheckboxField path="emailCopy" label={t.emailCopyLabel} hint={t.emailCopyHint} error={errorText("emailCopy")} registration={register("emailCopy")} {...common} />
      ) : null}
    </>
  );
}

export function OfficeStep({ form, t, errorText, provinces, offices }: StepProps & { provinces: UnitOption[]; offices: ListProps<OfficeOption> }) {
  const { register, control, setValue } = form;
  const [provinceCode, officeCode] = useWatch({ control: form.control, name: ["officeProvinceCode", "officeCode"] });
  const covering = offices.items.filter((o) => o.coversCommune);
  const others = offices.items.filter((o) => !o.coversCommune);
  const selected = offices.items.find((o) => o.code === officeCode);
  const common = { errorPrefix: t.errorPrefix };
  return (
    <>
      <p>{fill(t.officeIntro, { days: SUBMISSION_WINDOW_DAYS })}</p>
      <ProvinceSelectField t={t} provinces={provinces} path="officeProvinceCode" label={t.officeProvinceLabel} error={undefined} registration={register("officeProvinceCode", { onChange: () => setValue("officeCode", "") })} {...common} />
      <Controller
        control={control}
        name="officeCode"
        render={({ field }) => (
          <LoadedSelectField t={t} list={offices} parentChosen={Boolean(provinceCode)} chooseParentFirst={t.officeChooseProvinceFirst} choose={t.officeChoose}
            path="officeCode" label={t.officeLabel} hint={covering.length > 0 ? t.officeHint : undefined} error={errorText("officeCode")} registration={field} {...common}
          >
            {covering.length > 0 && others.length > 0 ? (
              <>
                <optgroup label={t.officeGroupCovering}>{covering.map(unitOption)}</optgroup>
                <optgroup label={t.officeGroupOther}>{others.map(unitOption)}</optgroup>
              </>
            ) : (
              offices.items.map(unitOption)
            )}
          </LoadedSelectField>
        )}
      />
      {selected ? (
        <div className="notice" aria-live="polite">
          <p>
            <strong>{selected.name}</strong>
          </p>
          <p>{fill(t.officeAddress, { address: selected.address })}</p>
          {selected.phone ? <p>{fill(t.officePhone, { phone: selected.phone })}</p> : null}
        </div>
      ) : null}
    </>
  );
}
