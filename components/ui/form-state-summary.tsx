// The error summary of a form driven by a server action's FormState: the form's error first, then the
// fields in the order they appear; it takes the focus after each submission that failed.
"use client";
import type { FormState } from "@/lib/schemas/form-state";
import { ErrorSummary } from "./error-summary";

export function FormErrorSummary({ state, title, order = [] }: { state: FormState; title: string; order?: readonly string[] }) {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const items = Object.entries(state.errors ?? {})
    .filter(([, message]) => Boolean(message))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([targetId, message]) => ({ targetId, message }));
  return <ErrorSummary title={title} items={items} formError={state.formError} focusKey={state.seq} />;
}
