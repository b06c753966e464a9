// The /dang-ky wizard's entry: a small shell that renders step 1 (who is declaring) at once, server-side
// and without the form library, and loads the rest of the wizard (react-hook-form, the zod schemas, the
// other steps, photo processing, sending) in the background while the person reads it. That keeps the
// page's first-load JavaScript small on a cheap phone; the body takes over on "Tiếp tục", or at once when
// there is a draft to restore or a declaration to correct.
"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { draftKey, loadDraft } from "./draft-store";
import { ErrorSummary } from "@/components/ui/error-summary";
import { radioId } from "./fields";
import type { Declarant, DeclarationWizardProps } from "./types";
import { StepHeading, WhoStep } from "./who-step";

const loadBody = () => import("./wizard-body");
const WizardBody = lazy(loadBody);

const NUMBERED_STEPS = 5;

type Start = { step: number; declarant: Declarant; focus: boolean };

export function DeclarationWizard(props: DeclarationWizardProps) {
  const { t, correction, vneid } = props;
  const [start, setStart] = useState<Start | null>(correction || vneid ? { step: 1, declarant: "individual", focus: false } : null);
  const [declarant, setDeclarant] = useState<Declarant>("");
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (start) return;
    if (loadDraft(draftKey(null))) {
      // A draft exists only in this browser, so only now can we know to hand over to the body at once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStart({ step: 0, declarant: "", focus: false });
      return;
    }
    // Fetch the rest of the wizard while the person reads this step.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    idle(() => void loadBody());
    // Runs once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  if (start) {
    return (
      <Suspense fallback={<p role="status">{t.listLoading}</p>}>
        <WizardBody {...props} startStep={start.step} startDeclarant={start.declarant} focusOnMount={start.focus} />
      </Suspense>
    );
  }

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (declarant === "individual") return setStart({ step: 1, declarant, focus: true });
    setError(t.whoRequired);
    setAttempt((n) => n + 1);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="wizard">
      <ErrorSummary ref={summaryRef} title={t.errorSummaryTitle} items={error ? [{ targetId: radioId("declarant", "individual"), message: error }] : []} />
      <StepHeading t={t} step={0} total={NUMBERED_STEPS} heading={t.pageTitle} />
      <WhoStep
        t={t}
        declarant={declarant}
        error={error}
        registration={{
          name: "declarant",
          onChange: (event) => {
            setDeclarant(event.target.value as Declarant);
            setError(undefined);
          },
          onBlur: () => undefined,
        }}
      />
      {declarant === "organisation" ? null : (
        <div className="button-group">
          <button type="submit" className="button">
            {t.continue}
          </button>
        </div>
      )}
      <p className="field__hint wizard__saved">{t.savedOnDevice}</p>
    </form>
  );
}
