// "Tải lại tờ khai" on /tra-cuu: the declared phone confirmed by SMS code gives this browser the declarer's
// access again (the page's server action sets it), then the PDF and the confirmation page open here.
"use client";
import { useId } from "react";
import { DeclaredPhoneField } from "./declared-phone-field";
import { FieldError } from "@/components/ui/form-parts";
import { useDeclaredPhoneAction, type PhoneConfirmedAnswer } from "./use-declared-phone-action";
import type { DeclarationStrings } from "./types";

export type ReissueRequest = { reference: string; phoneVerificationToken: string };
export type ReissueAnswer = PhoneConfirmedAnswer;

export function ReissuePanel({ t, locale, reference, reissue }: { t: DeclarationStrings; locale: string; reference: string; reissue: (request: ReissueRequest) => Promise<ReissueAnswer> }) {
  const id = useId();
  const { phone, setPhone, verification, setVerification, error, busy, done, doneRef, run } = useDeclaredPhoneAction({ verificationRequired: t.reissue_phoneVerificationRequired, failed: t.reissueFailed });

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

  const submit = () => run((phoneVerificationToken) => reissue({ reference, phoneVerificationToken }));

  return (
    <details className="withdraw-panel">
      <summary>{t.reissueOpen}</summary>
      <h2>{t.reissueOpen}</h2>
      <p>{t.reissueIntro}</p>
      <DeclaredPhoneField t={t} locale={locale} id={id} phone={phone} onPhone={setPhone} verification={verification} onVerified={setVerification} />
      <div className={error ? "field field--error" : undefined} role={error ? "alert" : undefined}>
        <FieldError id={`${id}-submit`} error={error} errorPrefix={t.errorPrefix} />
      </div>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void submit()} disabled={busy} aria-disabled={busy}>
          {t.reissueSubmit}
        </button>
      </div>
    </details>
  );
}
