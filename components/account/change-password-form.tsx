// Sets a new password: the current one (the temporary one on a first sign-in, unless the person typed
// it moments ago to sign in), the new one twice. Used by /doi-mat-khau.
"use client";
import { useActionState, useState } from "react";
import { PasswordField, ShowPasswordToggle } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState } from "@/lib/schemas/form-state";
import { NewPasswordFields, type NewPasswordFieldsText } from "./password-rules";
import type { AccountText, ChangePasswordState } from "./types";

export type ChangePasswordText = NewPasswordFieldsText & AccountText<"errorSummaryTitle" | "showPassword">;

type Props = {
  action: (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;
  text: ChangePasswordText;
  submitLabel: string;
  currentPasswordLabel: string;
  /** False in the forced first change right after signing in with the temporary password (the server checks). */
  askCurrentPassword: boolean;
  /** The account's BHXH code, for password managers (a hidden username field). */
  username?: string;
};

const ORDER = ["currentPassword", "newPassword", "confirmPassword"];

export function ChangePasswordForm({ action, text, submitLabel, currentPasswordLabel, askCurrentPassword, username }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [visible, setVisible] = useState(false);
  const errors = state.errors ?? {};
  return (
    <>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={ORDER} />
      <form action={formAction} noValidate>
        {username ? <input type="text" name="username" value={username} autoComplete="username" readOnly hidden /> : null}
        {/* Asked after all when the server found the sign-in's proof too old. */}
        {askCurrentPassword || errors.currentPassword ? (
          <PasswordField
            id="currentPassword"
            label={currentPasswordLabel}
            error={errors.currentPassword}
            errorPrefix={text.errorPrefix}
            visible={visible}
            autoComplete="current-password"
            required
          />
        ) : null}
        <NewPasswordFields text={text} errors={errors} visible={visible} />
        <ShowPasswordToggle id="show-passwords" label={text.showPassword} checked={visible} onChange={setVisible} />
        <div className="button-group">
          <button className="button" type="submit" disabled={pending}>
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
