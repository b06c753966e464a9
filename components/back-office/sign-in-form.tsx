// The staff sign-in form: user name and password, one generic error (never which part was wrong).
"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/form-parts";
import { ErrorSummary, valueOf } from "./form-parts";
import { initialFormState, type BackOfficeFormState } from "./types";

type Text = { errorSummaryTitle: string; errorPrefix: string; username: string; password: string; submit: string; submitting: string };

export function StaffSignInForm({
  action,
  next,
  text,
}: {
  action: (state: BackOfficeFormState, formData: FormData) => Promise<BackOfficeFormState>;
  next: string;
  text: Text;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <ErrorSummary state={state} title={text.errorSummaryTitle} order={["username", "password"]} />
      <input type="hidden" name="next" value={next} />
      <Field id="username" label={text.username} error={state.errors?.username} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <input
            id="username"
            name="username"
            className="input"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={valueOf(state, "username")}
            aria-describedby={describedBy}
            aria-invalid={state.errors?.username ? true : undefined}
            required
          />
        )}
      </Field>
      <Field id="password" label={text.password} error={state.errors?.password} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <input
            id="password"
            name="password"
            type="password"
            className="input"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={state.errors?.password ? true : undefined}
            required
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}

type CodeText = { errorSummaryTitle: string; errorPrefix: string; code: string; codeHint: string; submit: string; submitting: string };

/** The second step for staff with an authenticator: its 6-digit code, or one of the recovery codes. */
export function StaffCodeForm({
  action,
  next,
  text,
}: {
  action: (state: BackOfficeFormState, formData: FormData) => Promise<BackOfficeFormState>;
  next: string;
  text: CodeText;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <ErrorSummary state={state} title={text.errorSummaryTitle} order={["code"]} />
      <input type="hidden" name="next" value={next} />
      <Field id="code" label={text.code} hint={text.codeHint} error={state.errors?.code} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <input
            id="code"
            name="code"
            className="input input--code"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            aria-describedby={describedBy}
            aria-invalid={state.errors?.code ? true : undefined}
            required
            autoFocus
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
