// "Số điện thoại đã khai" and its SMS code: the proof, asked of the declarer on /tra-cuu and the confirmation
// page, that they hold the phone in the declaration (withdrawing it, getting the form again). The page's
// server action checks the token against the declared number.
"use client";
import { PhoneVerificationPanel, type PhoneVerification } from "./phone-verification";
import type { DeclarationStrings } from "./types";

type Props = {
  t: DeclarationStrings;
  locale: string;
  id: string;
  phone: string;
  onPhone: (phone: string) => void;
  verification: PhoneVerification | null;
  onVerified: (verification: PhoneVerification) => void;
};

export function DeclaredPhoneField({ t, locale, id, phone, onPhone, verification, onVerified }: Props) {
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
