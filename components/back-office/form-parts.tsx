// The back office's success notice (with a one-time secret). The error summary is components/ui's.
"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/schemas/form-state";

/** A success notice; with a secret (a temporary password) shown once, in large type. */
export function DoneNotice({ state }: { state: FormState }) {
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
