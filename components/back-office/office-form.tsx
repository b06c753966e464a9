// Editing a BHXH office: name, address, phone and the communes of its province that it serves.
"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import { Field, SubmitButton, TextField } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { searchableText } from "@/lib/domain/identifiers";
import { initialFormState, valueOf, type FormState } from "@/lib/schemas/form-state";
import { DoneNotice } from "./form-parts";

type Text = {
  errorSummaryTitle: string;
  errorPrefix: string;
  name: string;
  address: string;
  phone: string;
  communesLegend: string;
  communesHint: string;
  communesFilter: string;
  alsoCoveredBy: string;
  submit: string;
  submitting: string;
};

export function OfficeForm({
  action,
  text,
  office,
  communes,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: Text;
  office: { name: string; address: string; phone: string | null };
  communes: { code: string; name: string; covered: boolean; otherOffices: string[] }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const err = state.errors ?? {};
  const chosen = state.values?.communeCodes;
  const isChosen = (code: string, covered: boolean) => (Array.isArray(chosen) ? chosen.includes(code) : covered);
  // The filter box appears once scripts run; before that (or without them) the plain list works.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [filter, setFilter] = useState("");
  const wanted = searchableText(filter);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["name", "address", "phone", "communeCodes"]} />
      <DoneNotice state={state} />
      {(
        [
          ["name", text.name, office.name],
          ["address", text.address, office.address],
          ["phone", text.phone, office.phone ?? ""],
        ] as const
      ).map(([id, label, initial]) => (
        <Field key={id} id={id} label={label} error={err[id]} errorPrefix={text.errorPrefix}>
          {(describedBy) => (
            <input
              id={id}
              name={id}
              className={`input${id === "phone" ? " input--short" : ""}`}
              type={id === "phone" ? "tel" : "text"}
              defaultValue={valueOf(state, id, initial)}
              aria-describedby={describedBy}
              aria-invalid={err[id] ? true : undefined}
              required={id !== "phone"}
            />
          )}
        </Field>
      ))}
      <div className={`field${err.communeCodes ? " field--error" : ""}`}>
        <fieldset aria-describedby={`communeCodes-hint${err.communeCodes ? " communeCodes-error" : ""}`}>
          <legend>{text.communesLegend}</legend>
          <p id="communeCodes-hint" className="field__hint">
            {text.communesHint}
          </p>
          {err.communeCodes ? (
            <p id="communeCodes-error" className="field__error">
              <span className="visually-hidden">{text.errorPrefix} </span>
              {err.communeCodes}
            </p>
          ) : null}
          {scripted ? (
            <TextField id="communes-filter" label={text.communesFilter} errorPrefix={text.errorPrefix} type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
          ) : null}
          <div className="bo-communes">
            {communes.map((c, index) => (
              // Hidden, not removed: a ticked commune filtered out of view is still sent.
              <div className="checkbox" key={c.code} hidden={wanted !== "" && !searchableText(c.name).includes(wanted)}>
                <input
                  id={index === 0 ? "communeCodes" : `commune-${c.code}`}
                  name="communeCodes"
                  type="checkbox"
                  value={c.code}
                  defaultChecked={isChosen(c.code, c.covered)}
                />
                <label htmlFor={index === 0 ? "communeCodes" : `commune-${c.code}`}>
                  {c.name}
                  {c.otherOffices.length > 0 ? <span className="bo-communes__other"> ({text.alsoCoveredBy.replace("{offices}", c.otherOffices.join(", "))})</span> : null}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}

const noSubscription = () => () => {};

