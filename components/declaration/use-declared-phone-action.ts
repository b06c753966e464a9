// What "Rút tờ khai" and "Tải lại tờ khai" share: the declared phone confirmed by SMS code, then one call
// with its token; the first answer that succeeds is kept (its reference) and the confirmation takes focus.
"use client";
import { useEffect, useRef, useState } from "react";
import { PHONE_CODE_LENGTH } from "@/lib/domain/phone-verification";
import { isVerifiedFor, type PhoneVerification } from "./phone-verification";
import { fill } from "./text";

export type PhoneConfirmedAnswer = { ok: true; reference: string } | { ok: false; message: string };

export type DeclaredPhoneAction = ReturnType<typeof useDeclaredPhoneAction>;

export function useDeclaredPhoneAction(text: { verificationRequired: string; failed: string }) {
  const [phone, setPhone] = useState("");
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const run = async (send: (phoneVerificationToken: string) => Promise<PhoneConfirmedAnswer>) => {
    setError(undefined);
    if (!verification || !isVerifiedFor(verification, phone)) return setError(fill(text.verificationRequired, { codeLength: PHONE_CODE_LENGTH }));
    setBusy(true);
    try {
      const answer = await send(verification.token);
      if (answer.ok) setDone(answer.reference);
      else setError(answer.message);
    } catch {
      setError(text.failed);
    } finally {
      setBusy(false);
    }
  };

  return { phone, setPhone, verification, setVerification, error, busy, done, doneRef, run };
}
