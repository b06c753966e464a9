// Administration forms for staff accounts: create / edit (user name, name, role, office) and the
// one-button actions (disable, enable, reset password) whose result may carry a one-time secret.
"use client";
import { useActionState, useState } from "react";
import { Field, SubmitButton, TextField } from "@/components/ui/form-parts";
import { STAFF_FULL_NAME_MAX_LENGTH, USERNAME_MAX_LENGTH } from "@/lib/schemas/form-limits";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, valueOf, type FormState } from "@/lib/schemas/form-state";
import { DoneNotice } from "./form-parts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type StaffText = {
  errorSummaryTitle: string;
  errorPrefix: string;
  username: string;
  usernameHint: string;
  fullName: string;
  role: string;
  office: string;
  officeHint: string;
  officeNone: string;
  submit: string;
  submitting: string;
  roles: { value: string; label: string }[];
};

export function StaffUserForm({
  action,
  text,
  offices,
  initial,
  withUsername,
}: {
  action: Action;
  text: StaffText;
  offices: { code: string; name: string }[];
  initial?: { fullName: string; role: string; officeCode: string | null };
  withUsername: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [role, setRole] = useState(valueOf(state, "role", initial?.role ?? "officer"));
  const err = state.errors ?? {};
  return (
    <form action={formAction} key={state.seq} noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["username", "fullName", "role", "officeCode"]} />
      <DoneNotice state={state} />
      {withUsername ? (
        <TextField
          id="username"
          label={text.username}
          hint={text.usernameHint}
          error={err.username}
          errorPrefix={text.errorPrefix}
          short
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={USERNAME_MAX_LENGTH}
          defaultValue={state.done ? "" : valueOf(state, "username")}
          required
        />
      ) : null}
      <TextField
        id="fullName"
        label={text.fullName}
        error={err.fullName}
        errorPrefix={text.errorPrefix}
        autoComplete="off"
        maxLength={STAFF_FULL_NAME_MAX_LENGTH}
        defaultValue={state.done && withUsername ? "" : valueOf(state, "fullName", initial?.fullName ?? "")}
        required
      />
      <Field id="role" label={text.role} error={err.role} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <select id="role" name="role" className="select" value={role} onChange={(e) => setRole(e.target.value)} aria-describedby={describedBy}>
            {text.roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="officeCode" label={text.office} hint={text.officeHint} error={err.officeCode} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <select
            id="officeCode"
            name="officeCode"
            className="select"
            defaultValue={valueOf(state, "officeCode", initial?.officeCode ?? "")}
            disabled={role === "admin"}
            aria-describedby={describedBy}
            aria-invalid={err.officeCode ? true : undefined}
          >
            <option value="">{text.officeNone}</option>
            {offices.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} – {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}

/** One button whose action's result (done, with an optional one-time secret, or an error) shows above it. */
export function StaffActionForm({
  action,
  label,
  hint,
  warning,
  text,
}: {
  action: Action;
  label: string;
  hint: string;
  warning?: boolean;
  text: { errorSummaryTitle: string; submitting: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} />
      <DoneNotice state={state} />
      <p>{hint}</p>
      <button type="submit" className={`button ${warning ? "button--warning" : "button--secondary"}`} disabled={pending}>
        {pending ? text.submitting : label}
      </button>
    </form>
  );
}
