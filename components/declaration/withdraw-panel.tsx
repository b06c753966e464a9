// "Rút tờ khai" for the declarer (/tra-cuu, /dang-ky/da-gui): the declared phone confirmed by SMS code just
// now (the same phone-verification service as the wizard), a reason, then the page's server action, which
// checks the token against the declared number. Knowing the reference, or holding the cookie, is not enough.
"use client";
import { useId, useState } from "react";
import { Field } from "@/components/ui/form-parts";
import { DeclaredPhonePanel } from "./declared-phone-field";
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
  const action = useDeclaredPhoneAction({ verificationRequired: t.withdraw_phoneVerificationRequired, failed: t.withdrawFailed });
  const { done, doneRef, run } = action;
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
  const text = { open: t.withdrawOpen, heading: t.withdrawHeading, intro: t.withdrawIntro, submit: t.withdrawSubmit };

  return (
    <DeclaredPhonePanel t={t} locale={locale} id={id} action={action} text={text} submitClassName="button button--warning" onSubmit={() => void submit()}>
      <Field id={`${id}-reason`} label={t.withdrawReasonLabel} errorPrefix={t.errorPrefix}>
        {() => (
          <select id={`${id}-reason`} className="select" value={reasonCode} onChange={(event) => setReasonCode(event.target.value)}>
            {reasons.map(({ code, label }) => <option key={code} value={code}>{label}</option>)}
          </select>
        )}
      </Field>
    </DeclaredPhonePanel>
  );
}
