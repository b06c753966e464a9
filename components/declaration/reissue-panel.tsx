// "Tải lại tờ khai" on /tra-cuu: the declared phone confirmed by SMS code gives this browser the declarer's
// access again (the page's server action sets it), then the PDF and the confirmation page open here.
"use client";
import { useId } from "react";
import { DeclaredPhonePanel } from "./declared-phone-field";
import { useDeclaredPhoneAction, type PhoneConfirmedAnswer } from "./use-declared-phone-action";
import type { DeclarationStrings } from "./types";

export type ReissueRequest = { reference: string; phoneVerificationToken: string };
export type ReissueAnswer = PhoneConfirmedAnswer;

export function ReissuePanel({ t, locale, reference, reissue }: { t: DeclarationStrings; locale: string; reference: string; reissue: (request: ReissueRequest) => Promise<ReissueAnswer> }) {
  const id = useId();
  const action = useDeclaredPhoneAction({ verificationRequired: t.reissue_phoneVerificationRequired, failed: t.reissueFailed });
  const { done, doneRef, run } = action;

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
  const text = { open: t.reissueOpen, heading: t.reissueOpen, intro: t.reissueIntro, submit: t.reissueSubmit };

  return <DeclaredPhonePanel t={t} locale={locale} id={id} action={action} text={text} submitClassName="button" onSubmit={() => void submit()} />;
}
