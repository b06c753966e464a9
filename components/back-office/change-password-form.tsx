// The staff member's own password change: current password, new one twice, one "show passwords" box.
"use client";
import { useActionState, useState } from "react";
import { PasswordField, ShowPasswordToggle, SubmitButton } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, type FormState } from "@/lib/schemas/form-state";
import { PASSWORD_INPUT_MAX_LENGTH } from "@/lib/schemas/form-limits";

type Text = {
  errorSummaryTitle: string;
  errorPrefix: string;
  current: string;
  next: string;
  nextHint: string;
  confirm: string;
  showPassword: string;
  submit: string;
  submitting: string;
};

export function ChangePasswordForm({
  action,
  text,
  username,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: Text;
  username: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [visible, setVisible] = useState(false);
  const fields = [
    { id: "currentPassword", label: text.current, autoComplete: "current-password" },
    { id: "newPassword", label: text.next, autoComplete: "new-password", hint: text.nextHint },
    { id: "confirmPassword", label: text.confirm, autoComplete: "new-password" },
  ];
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={fields.map((f) => f.id)} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {fields.map((f) => (
        <PasswordField
          key={f.id}
          id={f.id}
          label={f.label}
          hint={f.hint}
          error={state.errors?.[f.id]}
          errorPrefix={text.errorPrefix}
          visible={visible}
          autoComplete={f.autoComplete}
          maxLength={PASSWORD_INPUT_MAX_LENGTH}
          required
        />
      ))}
      <ShowPasswordToggle id="show-passwords" label={text.showPassword} checked={visible} onChange={setVisible} />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}
