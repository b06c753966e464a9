// The counter forms' submit button: disabled while the action runs, so a double click is one action
// (one SMS, one receipt). Without scripts the form still posts; the services lock the account row.
"use client";
import { useFormStatus } from "react-dom";

export function CounterSubmit({ label, pending, variant }: { label: string; pending: string; variant?: "warning" | "secondary" }) {
  const status = useFormStatus();
  return (
    <button type="submit" className={`button${variant ? ` button--${variant}` : ""}`} disabled={status.pending} aria-disabled={status.pending}>
      {status.pending ? pending : label}
    </button>
  );
}
