// "Đăng ký số điện thoại" for a declaration keyed in without one (decision 0021): the officer types the new
// number, a code goes to it by SMS, the person reads it back, and the confirmation's token is sent with the
// form. The same phone-verification panel as the declaration wizard.
"use client";
import { useActionState, useState } from "react";
import { PhoneVerificationPanel, type PhoneVerification } from "@/components/declaration/phone-verification";
import type { DeclarationStrings } from "@/components/declaration/types";
import { Field, SubmitButton } from "@/components/ui/form-parts";
import { FormErrorSummary } from "@/components/ui/form-state-summary";
import { initialFormState, type FormState } from "@/lib/schemas/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type RegisterPhoneText = { errorSummaryTitle: string; errorPrefix: string; readBackHint: string; submit: string; submitting: string };

export function RegisterPhoneForm({ action, reference, version, locale, t, text }: { action: Action; reference: string; version: number; locale: string; t: DeclarationStrings; text: RegisterPhoneText }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [phone, setPhone] = useState("");
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  return (
    <form action={formAction} className="wizard" noValidate>
      <FormErrorSummary state={state} title={text.errorSummaryTitle} order={["phone", "phoneVerificationToken"]} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="phoneVerificationToken" value={verification?.token ?? ""} />
      <Field id="phone" label={t.phoneLabel} hint={text.readBackHint} errorPrefix={text.errorPrefix}>
        {(describedBy) => (
          <input id="phone" className="input input--short" type="tel" inputMode="tel" autoComplete="off" value={phone} onChange={(event) => setPhone(event.target.value)} aria-describedby={describedBy} />
        )}
      </Field>
      <PhoneVerificationPanel t={t} locale={locale} phone={phone} verification={verification} onVerified={setVerification} error={state.errors?.phoneVerificationToken} />
      <SubmitButton pending={pending} text={text} />
    </form>
  );
}
