// The /tra-cuu form: reference code + ID number, sent to a server action (works without JavaScript too),
// then the status, or one neutral "not found" message whichever of the two was wrong.
"use client";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { LookupSubmit } from "@/components/lookups/lookup-submit";
import { TextField } from "@/components/ui/form-parts";
import type { LookupState } from "./lookup-types";
import { ReissuePanel, type ReissueAnswer, type ReissueRequest } from "./reissue-panel";
import { StatusView } from "./status-view";
import type { DeclarationStrings } from "./types";
import { WithdrawPanel, type WithdrawAnswer, type WithdrawRequest } from "./withdraw-panel";

type Props = {
  t: DeclarationStrings;
  action: (state: LookupState, form: FormData) => Promise<LookupState>;
  initialReference: string;
  /** "Rút tờ khai" under a pending declaration: the server action (with the ID number that found it) and the reasons. */
  withdraw?: {
    locale: string;
    reasons: { code: string; label: string }[];
    action: (request: WithdrawRequest & { idNumber: string }) => Promise<WithdrawAnswer>;
  };
  /** "Tải lại tờ khai": the server action (with the ID number that found it) giving this browser the declarer's access. */
  reissue?: (request: ReissueRequest & { idNumber: string }) => Promise<ReissueAnswer>;
};

export function LookupForm({ t, action, initialReference, withdraw, reissue }: Props) {
  const [state, formAction, pending] = useActionState(action, { kind: "idle", values: { reference: initialReference, idNumber: "" } });
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === "invalid") summaryRef.current?.focus();
    else if (state.kind === "notFound" || state.kind === "rateLimited" || state.kind === "failed") noticeRef.current?.focus();
  }, [state]);

  const errors = state.kind === "invalid" ? state.errors : [];
  const errorOf = (path: "reference" | "idNumber") => errors.find((e) => e.path === path)?.message;
  const notice = state.kind === "notFound" ? t.lookupNotFound : state.kind === "rateLimited" ? state.message : state.kind === "failed" ? t.lookupFailed : null;

  const field = (path: "reference" | "idNumber", label: string, hint: string, extra: React.InputHTMLAttributes<HTMLInputElement>) => (
    <TextField
      id={`lookup-${path}`}
      name={path}
      label={label}
      hint={hint}
      error={errorOf(path)}
      errorPrefix={t.errorPrefix}
      short
      defaultValue={state.values[path]}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      {...extra}
    />
  );

  return (
    <>
      <ErrorSummary ref={summaryRef} title={t.errorSummaryTitle} items={errors.map((e) => ({ targetId: `lookup-${e.path}`, message: e.message }))} />
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice--warning">
          <p>{notice}</p>
        </div>
      ) : null}
      {/* The answer first, where the focus goes (a phone would otherwise scroll past the form to find it). */}
      {state.kind === "found" ? <StatusView t={t} result={state.result} /> : null}
      {state.kind === "found" && state.result.status === "submitted" && withdraw ? (
        <WithdrawPanel
          key={state.result.reference}
          t={t}
          locale={withdraw.locale}
          reference={state.result.reference}
          reasons={withdraw.reasons}
          withdraw={(request) => withdraw.action({ ...request, idNumber: state.values.idNumber })}
        />
      ) : null}
      {state.kind === "found" && reissue && withdraw ? (
        <ReissuePanel key={`reissue-${state.result.reference}`} t={t} locale={withdraw.locale} reference={state.result.reference} reissue={(request) => reissue({ ...request, idNumber: state.values.idNumber })} />
      ) : null}
      <form action={formAction} noValidate key={`${state.values.reference}|${state.values.idNumber}`}>
        {field("reference", t.lookupReferenceLabel, t.lookupReferenceHint, {})}
        {field("idNumber", t.lookupIdNumberLabel, t.lookupIdNumberHint, { inputMode: "text" })}
        <LookupSubmit pending={pending} label={t.lookupSubmit} />
      </form>
    </>
  );
}
