// "Gửi mã" → the code → "Đã xác nhận": confirming the declared mobile number on the contact step. Talks
// to POST /api/v1/phone-verifications(/confirm), the same service the API offers, and hands the token
// to the wizard (which keeps it in the draft, so a reload within its validity keeps the confirmation).
"use client";
import { useEffect, useId, useRef, useState } from "react";
import { displayPhone, normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { formatCountdown, normalizePhoneCode, PHONE_CODE_LENGTH, phoneVerificationParams } from "@/lib/domain/phone-verification";
import { FieldError } from "@/components/ui/form-parts";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

import { isVerifiedFor, PHONE_VERIFICATION_TARGET, type PhoneVerification } from "./wizard-constants";

export { isVerifiedFor, PHONE_VERIFICATION_TARGET, type PhoneVerification };

type Props = {
  t: DeclarationStrings;
  locale: string;
  /** The phone field's current value, as typed. */
  phone: string;
  verification: PhoneVerification | null;
  onVerified: (verification: PhoneVerification) => void;
  /** The wizard's own error for this step ("confirm your number first", or the server's). */
  error: string | undefined;
};

type Sent = { phone: string; resendAt: number };

async function postJson(url: string, body: unknown, locale: string): Promise<{ status: number; json: Record<string, unknown> } | null> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": locale }, body: JSON.stringify(body) });
    let json: Record<string, unknown> = {};
    try {
      json = (await response.json()) as Record<string, unknown>;
    } catch {
      // A proxy's HTML page: no message to show but the generic one.
    }
    return { status: response.status, json };
  } catch {
    return null;
  }
}

function firstError(json: Record<string, unknown>): string | undefined {
  const errors = json.errors as { message?: string }[] | undefined;
  return errors?.[0]?.message ?? (typeof json.message === "string" ? json.message : undefined);
}

export function PhoneVerificationPanel({ t, locale, phone, verification, onVerified, error }: Props) {
  const codeId = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const focusCode = useRef(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState<"sending" | "confirming" | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const e164 = normalizeVietnameseMobile(phone);
  const params = { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH };

  // The countdown ticks only while there is something to count down.
  const waiting = sent !== null && sent.resendAt > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  // After "Gửi mã", the code field (rendered by that same update) takes the focus.
  useEffect(() => {
    if (!focusCode.current) return;
    focusCode.current = false;
    codeRef.current?.focus();
  }, [sent]);

  if (isVerifiedFor(verification, phone, now)) {
    return (
      <div className="notice notice--success phone-verification" role="status" id={PHONE_VERIFICATION_TARGET} tabIndex={-1}>
        <p>
          <strong>{fill(t.phoneVerified, { phone: displayPhone(verification!.phone) })}</strong>
        </p>
        <p className="field__hint">{fill(t.phoneVerifiedUntil, params)}</p>
      </div>
    );
  }

  const sentToThis = sent !== null && sent.phone === e164;
  const send = async () => {
    setProblem(undefined);
    if (!e164) return setProblem(t.phoneVerifyRequired);
    setBusy("sending");
    const answer = await postJson("/api/v1/phone-verifications", { phone }, locale);
    setBusy(null);
    if (!answer) return setProblem(t.phoneCodeNetworkError);
    if (answer.status === 202) {
      const wait = Number(answer.json.resendAfterSeconds) || params.resendSeconds;
      setSent({ phone: e164, resendAt: Date.now() + wait * 1000 });
      setNow(Date.now());
      setCode("");
      focusCode.current = true;
      return;
    }
    if (answer.status === 429 && answer.json.code === "phoneCodeResendTooSoon") {
      // A code went out moments ago (another tab, a reload): type that one, or wait to resend.
      const wait = Number(answer.json.retryAfterSeconds) || params.resendSeconds;
      setSent({ phone: e164, resendAt: Date.now() + wait * 1000 });
      setNow(Date.now());
    }
    setProblem(firstError(answer.json) ?? t.phoneCodeNetworkError);
  };

  const confirm = async () => {
    setProblem(undefined);
    if (!normalizePhoneCode(code)) return setProblem(fill(t.server_phoneCodeInvalid, params));
    setBusy("confirming");
    const answer = await postJson("/api/v1/phone-verifications/confirm", { phone, code }, locale);
    setBusy(null);
    if (!answer) return setProblem(t.phoneCodeNetworkError);
    if (answer.status === 200 && typeof answer.json.verificationToken === "string" && e164) {
      onVerified({ phone: e164, token: answer.json.verificationToken, expiresAt: new Date(String(answer.json.expiresAt)).getTime() });
      setSent(null);
      return;
    }
    setProblem(firstError(answer.json) ?? t.phoneCodeNetworkError);
  };

  const shown = problem ?? error;
  const secondsLeft = sentToThis ? Math.max(0, Math.ceil((sent.resendAt - now) / 1000)) : 0;
  return (
    <div className={`phone-verification field${shown ? " field--error" : ""}`}>
      <p className="field__hint">{fill(t.phoneVerifyIntro, params)}</p>
      <FieldError id={`${codeId}-panel`} error={shown} errorPrefix={t.errorPrefix} />
      {sentToThis ? (
        <>
          <p role="status">{fill(t.phoneCodeSent, { ...params, phone: displayPhone(e164!) })}</p>
          <label className="field__label" htmlFor={codeId}>
            {t.phoneCodeLabel}
          </label>
          <div id={`${codeId}-hint`} className="field__hint">
            {fill(t.phoneCodeHint, params)}
          </div>
          <input
            ref={codeRef}
            id={codeId}
            className="input input--short"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            onKeyDown={(event) => {
              // Enter confirms the code instead of submitting the wizard's step.
              if (event.key === "Enter") {
                event.preventDefault();
                void confirm();
              }
            }}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={PHONE_CODE_LENGTH + 2}
            aria-describedby={`${codeId}-hint${shown ? ` ${codeId}-panel-error` : ""}`}
            aria-invalid={shown ? true : undefined}
          />
          <div className="button-group">
            <button type="button" id={PHONE_VERIFICATION_TARGET} className="button" onClick={() => void confirm()} disabled={busy !== null} aria-disabled={busy !== null}>
              {busy === "confirming" ? t.phoneCodeConfirming : t.phoneCodeConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void send()} disabled={busy !== null || secondsLeft > 0} aria-disabled={busy !== null || secondsLeft > 0}>
              {secondsLeft > 0 ? fill(t.phoneCodeResendIn, { countdown: formatCountdown(secondsLeft) }) : busy === "sending" ? t.phoneCodeSending : t.phoneCodeResend}
            </button>
          </div>
        </>
      ) : (
        <div className="button-group">
          <button type="button" id={PHONE_VERIFICATION_TARGET} className="button button--secondary" onClick={() => void send()} disabled={busy !== null} aria-disabled={busy !== null}>
            {busy === "sending" ? t.phoneCodeSending : t.phoneCodeSend}
          </button>
        </div>
      )}
    </div>
  );
}
