// The wizard's step heading: "Bước n/5", the heading itself (focusable), and a thin progress bar.
import type { DeclarationStrings } from "./types";
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
