// The staff sign-in forms: user name and password, one generic error (never which part was wrong); then,
// for staff with an authenticator, its code.
"use client";
import { useActionState } from "react";
import { PasswordField, SubmitButton, TextField } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, valueOf, type FormState } from "@/lib/schemas/form-state";
import { STAFF_PASSWORD_MAX_LENGTH, STAFF_USERNAME_MAX_LENGTH } from "@/lib/schemas/form-limits";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Text = { errorSummaryTitle: string; errorPrefix: string; username: string; password: string; submit: string; submitting: string };

export function StaffSignInForm({ action, next, text }: { action: Action; next: string; text: Text }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["username", "password"]} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="username"
        label={text.username}
        error={state.errors?.username}
        errorPrefix={text.errorPrefix}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={STAFF_USERNAME_MAX_LENGTH}
        defaultValue={valueOf(state, "username")}
        required
      />
      <PasswordField
        id="password"
        label={text.password}
        error={state.errors?.password}
        errorPrefix={text.errorPrefix}
        autoComplete="current-password"
        maxLength={STAFF_PASSWORD_MAX_LENGTH}
        required
      />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}

type CodeText = { errorSummaryTitle: string; errorPrefix: string; code: string; codeHint: string; submit: string; submitting: string };

/** The second step for staff with an authenticator: its 6-digit code, or one of the recovery codes. */
export function StaffCodeForm({ action, next, text }: { action: Action; next: string; text: CodeText }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["code"]} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="code"
        label={text.code}
        hint={text.codeHint}
        error={state.errors?.code}
        errorPrefix={text.errorPrefix}
        className="input--code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        required
        autoFocus
      />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}
