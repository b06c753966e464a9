// The fields a person signs in with, shared by the citizen forms (sign-in, forgotten password) and, for the
// password, the staff sign-in: the same id, autocomplete and limits wherever they are asked; and the buttons
// of the multi-step forms.
"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { PasswordField, TextField } from "@/components/ui/form-parts";
import type { FormState } from "@/lib/schemas/form-state";
import type { AccountText } from "./types";

/** The BHXH code, the citizen's user name; refilled with what the server sent back. */
export function BhxhCodeField({ text, error, value }: { text: AccountText<"bhxhCodeLabel" | "bhxhCodeHint" | "errorPrefix">; error: string | undefined; value: string }) {
  return (
    <TextField id="bhxhCode" label={text.bhxhCodeLabel} hint={text.bhxhCodeHint} error={error} errorPrefix={text.errorPrefix} defaultValue={value} key={`code-${value}`} inputMode="numeric" autoComplete="username" spellCheck={false} maxLength={14} required short />
  );
}

/** The password typed to sign in (citizens and staff); `visible` comes from the form's "show password" box. */
export function SignInPasswordField({ label, error, errorPrefix, visible, maxLength }: { label: string; error: string | undefined; errorPrefix: string; visible?: boolean; maxLength?: number }) {
  return <PasswordField id="password" label={label} error={error} errorPrefix={errorPrefix} visible={visible} autoComplete="current-password" maxLength={maxLength} required />;
}

/** A submit button of a multi-step form: the server action reads which one from `intent`. */
export function IntentButton({ intent, pending, className = "button", skipValidation, children }: { intent: string; pending: boolean; className?: string; skipValidation?: boolean; children: ReactNode }) {
  return (
    <button className={className} type="submit" name="intent" value={intent} formNoValidate={skipValidation} disabled={pending}>
      {children}
    </button>
  );
}

/**
 * The heading of a multi-step form: moving to another step is a new "page", so its heading takes the focus
 * (unless the error summary does).
 */
export function useStepHeading<S extends string>(state: FormState & { step: S }, initialStep: S) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(initialStep);
  useEffect(() => {
    const failed = Boolean(state.formError) || Object.keys(state.errors ?? {}).length > 0;
    if (state.step !== shownStep.current && !failed) headingRef.current?.focus();
    shownStep.current = state.step;
  }, [state]);
  return headingRef;
}
