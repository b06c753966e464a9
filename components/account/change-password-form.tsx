// Sets a new password: the current one (the temporary one on a first sign-in), the new one twice.
// Used by /doi-mat-khau, and without the current password by the last step of /quen-mat-khau.
"use client";
import { useActionState } from "react";
import { ErrorSummary, PasswordField } from "./form-parts";
import { NewPasswordFields, type PasswordRulesText } from "./password-rules";
import type { ChangePasswordState } from "./types";

export type ChangePasswordText = PasswordRulesText & {
  errorSummaryTitle: string;
  errorPrefix: string;
  showPassword: string;
  newPasswordLabel: string;
  confirmPasswordLabel: string;
};

type Props = {
  action: (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;
  text: ChangePasswordText;
  submitLabel: string;
  /** The label of the current-password field; none when the person proved who they are otherwise (reset). */
  currentPasswordLabel?: string;
  /** The account's BHXH code, for password managers (a hidden username field). */
  username?: string;
};

export function ChangePasswordForm({ action, text, submitLabel, currentPasswordLabel, username }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const fields = state.errors?.fields ?? {};
  return (
    <>
      <ErrorSummary title={text.errorSummaryTitle} errors={state.errors} />
      <form action={formAction} noValidate>
        {username ? <input type="text" name="username" value={username} autoComplete="username" readOnly hidden /> : null}
        {currentPasswordLabel ? (
          <PasswordField
            id="currentPassword"
            label={currentPasswordLabel}
            error={fields.currentPassword}
            errorPrefix={text.errorPrefix}
            showLabel={text.showPassword}
            autoComplete="current-password"
            required
          />
        ) : null}
        <NewPasswordFields text={text} errors={fields} />
        <div className="button-group">
          <button className="button" type="submit" disabled={pending}>
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
