// "Số điện thoại đã khai" and its SMS code: the proof, asked of the declarer on /tra-cuu and the confirmation
// page, that they hold the phone in the declaration (withdrawing it, getting the form again), in the panel
// both use. The page's server action checks the token against the declared number.
"use client";
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/form-parts";
import { PhoneVerificationPanel, type PhoneVerification } from "./phone-verification";
import type { DeclarationStrings } from "./types";
import type { DeclaredPhoneAction } from "./use-declared-phone-action";

type Props = {
  t: DeclarationStrings;
  locale: string;
  id: string;
  phone: string;
  onPhone: (phone: string) => void;
  verification: PhoneVerification | null;
  onVerified: (verification: PhoneVerification) => void;
};

function DeclaredPhoneField({ t, locale, id, phone, onPhone, verification, onVerified }: Props) {
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-phone`}>
          {t.withdrawPhoneLabel}
        </label>
        <div id={`${id}-phone-hint`} className="field__hint">
          {t.withdrawPhoneHint}
        </div>
        <input
          id={`${id}-phone`}
          className="input input--short"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(event) => onPhone(event.target.value)}
          aria-describedby={`${id}-phone-hint`}
        />
      </div>
      <PhoneVerificationPanel t={t} locale={locale} phone={phone} verification={verification} onVerified={onVerified} error={undefined} />
    </>
  );
}

/**
 * A folded panel under a found declaration that asks for the declared phone (and what `children` add), then
 * makes one call with the confirmation's token (a button, not a form); a refusal is announced above it.
 */
export function DeclaredPhonePanel({
  t,
  locale,
  id,
  action,
  text,
  submitClassName,
  onSubmit,
  children,
}: {
  t: DeclarationStrings;
  locale: string;
  id: string;
  action: Pick<DeclaredPhoneAction, "phone" | "setPhone" | "verification" | "setVerification" | "error" | "busy">;
  text: { open: string; heading: string; intro: string; submit: string };
  submitClassName: string;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const { phone, setPhone, verification, setVerification, error, busy } = action;
  return (
    <details className="withdraw-panel">
      <summary>{text.open}</summary>
      <h2>{text.heading}</h2>
      <p>{text.intro}</p>
      <DeclaredPhoneField t={t} locale={locale} id={id} phone={phone} onPhone={setPhone} verification={verification} onVerified={setVerification} />
      {children}
      <div className={error ? "field field--error" : undefined} role={error ? "alert" : undefined}>
        <FieldError id={`${id}-submit`} error={error} errorPrefix={t.errorPrefix} />
      </div>
      <div className="button-group">
        <button type="button" className={submitClassName} onClick={onSubmit} disabled={busy} aria-disabled={busy}>
          {text.submit}
        </button>
      </div>
    </details>
  );
}
