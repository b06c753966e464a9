// The staff sign-in forms: user name and password, one generic error (never which part was wrong); then,
// for staff with an authenticator, its code.
"use client";
import { useActionState } from "react";
import { SignInPasswordField } from "@/components/account/credential-fields";
import { SubmitButton, TextField } from "@/components/ui/form-parts";
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
      <SignInPasswordField label={text.password} error={state.errors?.password} errorPrefix={text.errorPrefix} maxLength={STAFF_PASSWORD_MAX_LENGTH} />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}

type CodeText = { errorSummaryTitle: string; errorPrefix: string; code: string; codeHint: string; submit: string; submitting: string };

/**
 * The authenticator's code: at sign-in, 6 digits or one of the recovery codes (longer, with letters); when
 * enrolling, the app's first 6 digits.
 */
export function AuthenticatorCodeField({ text, error, recoveryCodeToo }: { text: Pick<CodeText, "code" | "codeHint" | "errorPrefix">; error: string | undefined; recoveryCodeToo: boolean }) {
  const accepted = recoveryCodeToo ? ({ autoCapitalize: "characters", spellCheck: false, maxLength: 32 } as const) : ({ inputMode: "numeric", maxLength: 6 } as const);
  return (
    <TextField id="code" label={text.code} hint={text.codeHint} error={error} errorPrefix={text.errorPrefix} className="input--code" autoComplete="one-time-code" {...accepted} required autoFocus={recoveryCodeToo || undefined} />
  );
}

/** The second step for staff with an authenticator: its 6-digit code, or one of the recovery codes. */
export function StaffCodeForm({ action, next, text }: { action: Action; next: string; text: CodeText }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["code"]} />
      <input type="hidden" name="next" value={next} />
      <AuthenticatorCodeField text={text} error={state.errors?.code} recoveryCodeToo />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}
