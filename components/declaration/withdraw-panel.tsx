// "Rút tờ khai" for the declarer (/tra-cuu, /dang-ky/da-gui): the declared phone confirmed by SMS code just
// now (the same phone-verification service as the wizard), a reason, then the page's server action, which
// checks the token against the declared number. Knowing the reference, or holding the cookie, is not enough.
"use client";
import { useId, useState } from "react";
import { FieldError } from "@/components/ui/form-parts";
import { DeclaredPhoneField } from "./declared-phone-field";
import { useDeclaredPhoneAction, type PhoneConfirmedAnswer } from "./use-declared-phone-action";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

export type WithdrawRequest = { reference: string; phoneVerificationToken: string; reasonCode: string };
export type WithdrawAnswer = PhoneConfirmedAnswer;

type Props = {
  t: DeclarationStrings;
  locale: string;
  reference: string;
  reasons: { code: string; label: string }[];
  withdraw: (request: WithdrawRequest) => Promise<WithdrawAnswer>;
};

export function WithdrawPanel({ t, locale, reference, reasons, withdraw }: Props) {
  const id = useId();
  const { phone, setPhone, verification, setVerification, error, busy, done, doneRef, run } = useDeclaredPhoneAction({ verificationRequired: t.withdraw_phoneVerificationRequired, failed: t.withdrawFailed });
  const [reasonCode, setReasonCode] = useState(reasons[0]?.code ?? "");

  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="notice notice--success">
        <p>{fill(t.withdrawDone, { reference: done })}</p>
        <p>
          <a href="/dang-ky">{t.withdrawNewDeclaration}</a>
        </p>
      </div>
    );
  }

  const submit = () => run((phoneVerificationToken) => withdraw({ reference, phoneVerificationToken, reasonCode }));

  return (
    <details className="withdraw-panel">
      <summary>{t.withdrawOpen}</summary>
      <h2>{t.withdrawHeading}</h2>
      <p>{t.withdrawIntro}</p>
      <DeclaredPhoneField t={t} locale={locale} id={id} phone={phone} onPhone={setPhone} verification={verification} onVerified={setVerification} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t.withdrawReasonLabel}
        </label>
        <select id={`${id}-reason`} className="select" value={reasonCode} onChange={(event) => setReasonCode(event.target.value)}>
          {reasons.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {reason.label}
            </option>
          ))}
        </select>
      </div>
      <div className={error ? "field field--error" : undefined} role={error ? "alert" : undefined}>
        <FieldError id={`${id}-submit`} error={error} errorPrefix={t.errorPrefix} />
      </div>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => void submit()} disabled={busy} aria-disabled={busy}>
          {t.withdrawSubmit}
        </button>
      </div>
    </details>
  );
}
