// "Rút tờ khai" for the declarer (/tra-cuu, /dang-ky/da-gui): the declared phone confirmed by SMS code just
// now (the same phone-verification service as the wizard), a reason, then the page's server action, which
// checks the token against the declared number. Knowing the reference, or holding the cookie, is not enough.
"use client";
import { useId, useRef, useState, useEffect } from "react";
import { PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { FieldError } from "./fields";
import { DeclaredPhoneField } from "./declared-phone-field";
import { isVerifiedFor, type PhoneVerification } from "./phone-verification";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

export type WithdrawRequest = { reference: string; phoneVerificationToken: string; reasonCode: string };
export type WithdrawAnswer = { ok: true; reference: string } | { ok: false; message: string };

type Props = {
  t: DeclarationStrings;
  locale: string;
  reference: string;
  reasons: { code: string; label: string }[];
  withdraw: (request: WithdrawRequest) => Promise<WithdrawAnswer>;
};

export function WithdrawPanel({ t, locale, reference, reasons, withdraw }: Props) {
  const id = useId();
  const [phone, setPhone] = useState("");
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  const [reasonCode, setReasonCode] = useState(reasons[0]?.code ?? "");
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

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

  const submit = async () => {
    setError(undefined);
    if (!verification || !isVerifiedFor(verification, phone)) return setError(fill(t.withdraw_phoneVerificationRequired, { codeLength: PHONE_CODE_LENGTH }));
    setBusy(true);
    try {
      const answer = await withdraw({ reference, phoneVerificationToken: verification.token, reasonCode });
      if (answer.ok) setDone(answer.reference);
      else setError(answer.message);
    } catch {
      setError(t.withdrawFailed);
    } finally {
      setBusy(false);
    }
  };

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
        <FieldError id={`${id}-submit`} message={error} prefix={t.errorPrefix} />
      </div>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => void submit()} disabled={busy} aria-disabled={busy}>
          {t.withdrawSubmit}
        </button>
      </div>
    </details>
  );
}
