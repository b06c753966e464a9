// One counter action's form: what it does, the account it acts on, the original-ID tick when the action
// needs it, its own fields, the submit button, and a way back from a second step.
import Link from "next/link";
import type { ReactNode } from "react";
import { OriginalIdCheck } from "./original-id-check";
import { CounterSubmit } from "./submit-button";

export function CounterForm({
  action,
  noValidate = true,
  accountId,
  hidden = {},
  heading,
  intro,
  idCheck,
  children,
  submit,
  cancel,
}: {
  action: (formData: FormData) => Promise<void>;
  /** The server's messages are the ones shown; a form with nothing to check may leave this off. */
  noValidate?: boolean;
  accountId: string;
  /** More hidden fields (a step's state), by name. */
  hidden?: Record<string, string>;
  heading?: string;
  intro: string;
  idCheck?: { id: string; label: string; error?: string; errorPrefix: string };
  children?: ReactNode;
  submit: { label: string; pending: string; variant?: "warning" | "secondary" };
  cancel?: { href: string; label: string };
}) {
  return (
    <form action={action} noValidate={noValidate}>
      {heading ? <h4>{heading}</h4> : null}
      <p>{intro}</p>
      <input type="hidden" name="accountId" value={accountId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {idCheck ? <OriginalIdCheck {...idCheck} /> : null}
      {children}
      <CounterSubmit {...submit} />
      {cancel ? (
        <>
          {" "}
          <Link href={cancel.href}>{cancel.label}</Link>
        </>
      ) : null}
    </form>
  );
}
