// "Tải lại tờ khai" on /tra-cuu: the declared phone confirmed by SMS code gives this browser the declarer's
// access again (the page's server action sets it), then the PDF and the confirmation page open here.
"use client";
import { useEffect, useId, useRef, useState } from "react";
import { PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { DeclaredPhoneField } from "./declared-phone-field";
import { FieldError } from "./fields";
import { isVerifiedFor, type PhoneVerification } from "./phone-verification";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

export type ReissueRequest = { reference: string; phoneVerificationToken: string };
export type ReissueAnswer = { ok: true; reference: string } | { ok: false; message: string };

export function ReissuePanel({ t, locale, reference, reissue }: { t: DeclarationStrings; locale: string; reference: string; reissue: (request: ReissueRequest) => Promise<ReissueAnswer> }) {
  const id = useId();
  const [phone, setPhone] = useState("");
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    const pdf = `/api/v1/declarations/${encodeURIComponent(done)}/pdf`;
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="notice notice--success">
        <p>{t.reissueDone}</p>
        <p className="button-group">
          <a className="button" href={`${pdf}?download=1`} hrefLang="vi" download>
            {t.sentDownload}
          </a>
          <a href={`/dang-ky/da-gui/${encodeURIComponent(done)}`}>{t.reissueOpenConfirmation}</a>
        </p>
      </div>
    );
  }

  const submit = async () => {
    setError(undefined);
    if (!verification || !isVerifiedFor(verification, phone)) return setError(fill(t.reissue_phoneVerificationRequired, { codeLength: PHONE_CODE_LENGTH }));
    setBusy(true);
    try {
      const answer = await reissue({ reference, phoneVerificationToken: verification.token });
      if (answer.ok) setDone(answer.reference);
      else setError(answer.message);
    } catch {
      setError(t.reissueFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="withdraw-panel">
      <summary>{t.reissueOpen}</summary>
      <h2>{t.reissueOpen}</h2>
      <p>{t.reissueIntro}</p>
      <DeclaredPhoneField t={t} locale={locale} id={id} phone={phone} onPhone={setPhone} verification={verification} onVerified={setVerification} />
      <div className={error ? "field field--error" : undefined} role={error ? "alert" : undefined}>
        <FieldError id={`${id}-submit`} message={error} prefix={t.errorPrefix} />
      </div>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void submit()} disabled={busy} aria-disabled={busy}>
          {t.reissueSubmit}
        </button>
      </div>
    </details>
  );
}
