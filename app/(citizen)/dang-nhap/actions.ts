"use server";
// The sign-in page's steps: BHXH code + password, then (another device signed in) the SMS code, resend,
// start over. The password is checked once, by startCitizenSignIn; the signed ticket it returns waits in
// an httpOnly cookie while the code step is open; next-auth's authorize checks it all again.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { SignInState } from "@/components/account/types";
import { format, messages, translateIssue, type Messages } from "@/lib/i18n/catalog";
import { isLockReason } from "@/lib/domain/counter";
import { formatDateVi } from "@/lib/domain/dates";
import { safeReturnPath } from "@/lib/domain/return-path";
import { fieldMessageKeys, ZCitizenSignInSchema, ZOtpSchema } from "@/lib/schemas/account";
import { resendSignInCode, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { clearTicketCookie, readTicketCookie, setTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { signIn } from "@/lib/server/auth/auth";
import { deviceHash, ensureDeviceId } from "@/lib/server/auth/device-cookie";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

type T = Messages<"account">;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const [t, locale, info] = await Promise.all([getMessages("account"), getLocale(), currentRequestInfo()]);
  const intent = String(formData.get("intent") ?? "credentials");
  const returnTo = safeReturnPath(formData.get("tiep"), "/tai-khoan", { exclude: ["/dang-nhap"] });
  const bhxhCode = previous.bhxhCode;

  if (intent === "restart") {
    await clearTicketCookie("signIn");
    return { step: "credentials", bhxhCode };
  }

  if (intent === "resend") {
    const result = await resendSignInCode(await readTicketCookie("signIn"), info);
    if (result.ok) {
      await setTicketCookie("signIn", result.ticket);
      return { step: "otp", bhxhCode, maskedPhone: result.otp.maskedPhone, notice: t.otpResent };
    }
    if (result.code === "otpThrottled") {
      const message =
        result.retryAfterSeconds <= 60
          ? format(t.otpResendWait, { seconds: result.retryAfterSeconds })
          : format(t.otpResendTooMany, { minutes: minutes(result.retryAfterSeconds) });
      return { ...previous, step: "otp", notice: undefined, errors: { form: message } };
    }
    await clearTicketCookie("signIn");
    return { step: "credentials", bhxhCode, errors: { form: result.code === "locked" ? t.accountLocked : t.signInExpired } };
  }

  if (intent === "otp") {
    const parsed = ZOtpSchema.safeParse({ otp: String(formData.get("otp") ?? "") });
    if (!parsed.success) {
      return { ...previous, step: "otp", notice: undefined, errors: { fields: { otp: translateIssue(locale, fieldMessageKeys(parsed.error).otp ?? "account.otpFormat") } } };
    }
    const ticket = await readTicketCookie("signIn");
    if (!ticket) return { step: "credentials", bhxhCode, errors: { form: t.signInExpired } };
    return finishSignIn(t, previous, ticket, parsed.data.otp, returnTo);
  }

  const parsed = ZCitizenSignInSchema.safeParse({ bhxhCode: String(formData.get("bhxhCode") ?? ""), password: String(formData.get("password") ?? "") });
  const typedCode = String(formData.get("bhxhCode") ?? "").slice(0, 20);
  if (!parsed.success) {
    const keys = fieldMessageKeys(parsed.error);
    const fields = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translateIssue(locale, key)]));
    return { step: "credentials", bhxhCode: typedCode, errors: { fields } };
  }
  const started = await startCitizenSignIn(parsed.data, info, new Date(), deviceHash(await ensureDeviceId()));
  if (!started.ok) {
    const message =
      started.code === "throttled"
        ? format(t.throttled, { minutes: minutes(started.retryAfterSeconds) })
        : started.code === "otpThrottled"
          ? format(t.otpSendTooMany, { minutes: minutes(started.retryAfterSeconds) })
          : started.code === "locked" || started.code === "closed"
            ? await statusMessage(locale, started)
            : t.invalidCredentials;
    return { step: "credentials", bhxhCode: parsed.data.bhxhCode, errors: { form: message } };
  }
  if (started.otp) {
    await setTicketCookie("signIn", started.ticket);
    return { step: "otp", bhxhCode: parsed.data.bhxhCode, maskedPhone: started.otp.maskedPhone };
  }
  return finishSignIn(t, { step: "credentials", bhxhCode: parsed.data.bhxhCode }, started.ticket, "", returnTo);
}

/** next-auth opens the session (authorizeCitizen re-checks everything); refusals become messages. */
async function finishSignIn(t: T, state: SignInState, ticket: string, otp: string, returnTo: string): Promise<SignInState> {
  try {
    await signIn("citizen", { ticket, otp, redirect: false });
  } catch (error) {
    // Only refusals are answered here; anything else (the database down…) is an error page, not "try again".
    if (!(error instanceof CredentialsSignin)) throw error;
    return refusal(t, state, error.code);
  }
  await clearTicketCookie("signIn");
  redirect(returnTo);
}

async function refusal(t: T, state: SignInState, code: string): Promise<SignInState> {
  const otpStep = (errors: SignInState["errors"]): SignInState => ({ ...state, step: "otp", notice: undefined, errors });
  if (code.startsWith("otpWrong:")) {
    const attempts = Number(code.slice("otpWrong:".length)) || 0;
    return otpStep({ fields: { otp: attempts > 0 ? format(t.otpWrong, { attempts }) : t.otpWrongLast } });
  }
  if (code === "otpExpired") return otpStep({ form: t.otpExpired });
  if (code === "otpTooManyAttempts") return otpStep({ form: t.otpTooManyAttempts });
  if (code === "otpUsed") return otpStep({ form: t.otpUsed });
  await clearTicketCookie("signIn");
  const form = code === "otpRequired" ? t.otpRequiredNow : code === "locked" ? t.accountLocked : t.signInExpired;
  return { step: "credentials", bhxhCode: state.bhxhCode, errors: { form } };
}

/** Why the account cannot sign in (lib/i18n/messages/counter.ts): the lock's reason, or the cancellation's date. */
async function statusMessage(
  locale: Awaited<ReturnType<typeof getLocale>>,
  result: { code: "locked"; reasonCode: string | null } | { code: "closed"; closedAt: Date | null },
): Promise<string> {
  const c = messages(locale, "counter");
  if (result.code === "closed") return format(c.signInClosed, { date: result.closedAt ? formatDateVi(result.closedAt) : "" });
  return isLockReason(result.reasonCode) ? format(c.signInLocked, { reason: c[`lockReason_${result.reasonCode}`] }) : c.signInLockedNoReason;
}
