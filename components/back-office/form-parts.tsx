// Small pieces of the back office's forms: the error summary (takes focus, links to fields) and the
// one-time secret notice. Props in. The field frame itself is components/ui/form-parts.tsx.
"use client";
import { useEffect, useRef } from "react";
import { useErrorTitle } from "@/components/ui/error-title";
import type { BackOfficeFormState } from "./types";

export function ErrorSummary({ state, title, order = [] }: { state: BackOfficeFormState; title: string; order?: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.errors ?? {}).sort(([a], [b]) => rank(order, a) - rank(order, b));
  const has = Boolean(state.formError) || entries.length > 0;
  useErrorTitle(has);
  useEffect(() => {
    if (has) ref.current?.focus();
  }, [state.seq, has]);
  if (!has) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={`error-summary-${state.seq}`} tabIndex={-1}>
      <h2 id={`error-summary-${state.seq}`}>{title}</h2>
      <ul>
        {state.formError && state.formError !== title ? <li>{state.formError}</li> : null}
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${field}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(field) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
                target?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

/** A success notice; with a secret (a temporary password) shown once, in large type. */
export function DoneNotice({ state }: { state: BackOfficeFormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done) ref.current?.focus();
  }, [state.seq, state.done]);
  if (!state.done) return null;
  return (
    <div ref={ref} className="notice notice--success" role="status" tabIndex={-1}>
      <p>{state.done.message}</p>
      {state.done.secret ? (
        <>
          <p>
            {state.done.secretLabel}: <span className="bo-secret">{state.done.secret}</span>
          </p>
          {state.done.secretNote ? <p>{state.done.secretNote}</p> : null}
        </>
      ) : null}
    </div>
  );
}

export const valueOf = (state: BackOfficeFormState, name: string, fallback = ""): string => {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
};
