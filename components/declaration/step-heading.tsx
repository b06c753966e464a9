// Step 1, "who is declaring": individuals only (organisations are told where to go instead). No form
// library here: the wizard's shell renders this step before the rest of the wizard has loaded.
import { RadioGroup, type Registration } from "./fields";
import type { Declarant, DeclarationStrings } from "./types";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { fill } from "./text";

export function WhoStep({ t, declarant, error, registration }: { t: DeclarationStrings; declarant: Declarant; error: string | undefined; registration: Registration }) {
  return (
    <>
      <p className="lead">{t.formName}</p>
      <h2>{t.prepareTitle}</h2>
      <ul>
        <li>{t.prepareId}</li>
        <li>{t.prepareBhxh}</li>
        <li>{t.preparePhone}</li>
        <li>{t.preparePhotos}</li>
      </ul>
      <p>{fill(t.prepareTime, { days: SUBMISSION_WINDOW_DAYS })}</p>
      <RadioGroup
        path="declarant"
        legend={<span className="legend--heading">{t.whoTitle}</span>}
        error={error}
        errorPrefix={t.errorPrefix}
        registration={registration}
        options={[
          { value: "individual", label: t.whoIndividual, hint: t.whoIndividualHint },
          { value: "organisation", label: t.whoOrganisation },
        ]}
      />
      {declarant === "organisation" ? (
        <div className="notice notice--warning" role="status">
          <p>{t.whoOrganisationNotice}</p>
        </div>
      ) : null}
    </>
  );
}

/** The caption "Bước n/5", the step's heading (focusable), and a thin progress bar. */
export function StepHeading({ t, step, total, heading, headingRef }: { t: DeclarationStrings; step: number; total: number; heading: string; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const numbered = step < total;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {numbered ? <span className="step-caption">{t.stepOf.replace("{n}", String(step + 1)).replace("{total}", String(total))}</span> : null}
        {heading}
      </h1>
      {numbered ? (
        <div className="wizard-progress" aria-hidden="true">
          <div className="wizard-progress__bar" style={{ width: `${((step + 1) / total) * 100}%` }} />
        </div>
      ) : null}
    </>
  );
}
