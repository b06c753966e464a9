// The staff member's own password change: current password, new one twice.
"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/form-parts";
import { ErrorSummary } from "./form-parts";
import { initialFormState, type BackOfficeFormState } from "./types";

type Text = { errorSummaryTitle: string; errorPrefix: string; current: string; next: string; nextHint: string; confirm: string; submit: string; submitting: string };

export function ChangePasswordForm({
  action,
  text,
  username,
}: {
  action: (state: BackOfficeFormState, formData: FormData) => Promise<BackOfficeFormState>;
  text: Text;
  username: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const fields = [
    { id: "currentPassword", label: text.current, autoComplete: "current-password" },
    { id: "newPassword", label: text.next, autoComplete: "new-password", hint: text.nextHint },
    { id: "confirmPassword", label: text.confirm, autoComplete: "new-password" },
  ];
  return (
    <form action={formAction} key={state.seq} noValidate>
      <ErrorSummary state={state} title={text.errorSummaryTitle} order={fields.map((f) => f.id)} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {fields.map((f) => (
        <Field key={f.id} id={f.id} label={f.label} hint={f.hint} error={state.errors?.[f.id]} errorPrefix={text.errorPrefix}>
          {(describedBy) => (
            <input
              id={f.id}
              name={f.id}
              type="password"
              className="input"
              autoComplete={f.autoComplete}
              aria-describedby={describedBy}
              aria-invalid={state.errors?.[f.id] ? true : undefined}
              required
            />
          )}
        </Field>
      ))}
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
