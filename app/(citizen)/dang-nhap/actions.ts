"use server";
// The sign-in page's steps: BHXH code + password, then (another device signed in) the SMS code, resend,
// start over. The password is checked once, by startCitizenSignIn; the signed ticket it returns waits in
// an httpOnly cookie while the code step is open; next-auth's authorize checks it all again.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { SignInState } from "@/components/account/types";
import { isLockReason } from "@/lib/domain/counter";
import { formatDateVi } from "@/lib/domain/dates";
import { safeReturnPath } from "@/lib/domain/return-path";
import { ZCitizenSignInSchema, ZOtpSchema } from "@/lib/schemas/account";
import type { MessageRef } from "@/lib/schemas/form-state";
import { resendSignInCode, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { clearTicketCookie, readTicketCookie, setTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { signIn } from "@/lib/server/auth/auth";
import { deviceHash, ensureDeviceId } from "@/lib/server/auth/device-cookie";
import { citizenAction } from "@/lib/server/forms/citizen-action";
import { fieldFailure, formFailure, type FormFailure } from "@/lib/server/forms/form-action";
import { failureState, typedValues } from "@/lib/server/forms/form-state";
import { getLocale } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { translate } from "@/lib/i18n/catalog";
import { minutesLeft, otpResendRefusal } from "@/lib/server/forms/throttle-messages";

const signInWithPassword = citizenAction("public", ZCitizenSignInSchema, async (input, { info }) => {
  const started = await startCitizenSignIn(input, info, new Date(), deviceHash(await ensureDeviceId()));
  if (started.ok) return { ok: true as const, started, bhxhCode: input.bhxhCode };
  if (started.code === "throttled") return formFailure({ key: "account.throttled", params: { minutes: minutesLeft(started.retryAfterSeconds) } });
  if (started.code === "otpThrottled") return formFailure({ key: "account.otpSendTooMany", params: { minutes: minutesLeft(started.retryAfterSeconds) } });
  if (started.code === "locked" || started.code === "closed") return formFailure(statusMessage(started));
  return formFailure("account.invalidCredentials");
});

const checkCode = citizenAction("public", ZOtpSchema, async (input) => ({ ok: true as const, otp: input.otp }));

export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const intent = String(formData.get("intent") ?? "credentials");
  const returnTo = safeReturnPath(formData.get("tiep"), "/tai-khoan", { exclude: ["/dang-nhap"] });
  const { bhxhCode } = previous;
  const seq = previous.seq + 1;
  const credentialsStep = async (failure: FormFailure | null, code = bhxhCode): Promise<SignInState> =>
    failure ? { ...(await failureState(failure, null, previous)), step: "credentials", bhxhCode: code } : { seq, step: "credentials", bhxhCode: code };
  const otpStep = async (failure: FormFailure): Promise<SignInState> => ({ ...(await failureState(failure, null, previous)), step: "otp", bhxhCode, maskedPhone: previous.maskedPhone });

  if (intent === "restart") {
    await clearTicketCookie("signIn");
    return credentialsStep(null);
  }

  if (intent === "resend") {
    const result = await resendSignInCode(await readTicketCookie("signIn"), await currentRequestInfo());
    if (result.ok) {
      await setTicketCookie("signIn", result.ticket);
      return { seq, step: "otp", bhxhCode, maskedPhone: result.otp.maskedPhone, notice: translate(await getLocale(), "account.otpResent") };
    }
    if (result.code === "otpThrottled") return otpStep(formFailure(otpResendRefusal(result.retryAfterSeconds)));
    await clearTicketCookie("signIn");
    return credentialsStep(formFailure(result.code === "locked" ? "account.accountLocked" : "account.signInExpired"));
  }

  if (intent === "otp") {
    const checked = await checkCode(formData);
    if (!checked.ok) return otpStep(checked);
    const ticket = await readTicketCookie("signIn");
    if (!ticket) return credentialsStep(formFailure("account.signInExpired"));
    return finishSignIn(previous, ticket, checked.otp, returnTo);
  }

  const typedCode = String(typedValues(formData).bhxhCode ?? "").slice(0, 20);
  const outcome = await signInWithPassword(formData);
  if (!outcome.ok) return credentialsStep(outcome, typedCode);
  const { started } = outcome;
  if (started.otp) {
    await setTicketCookie("signIn", started.ticket);
    return { seq, step: "otp", bhxhCode: outcome.bhxhCode, maskedPhone: started.otp.maskedPhone };
  }
  return finishSignIn({ seq: previous.seq, step: "credentials", bhxhCode: outcome.bhxhCode }, started.ticket, "", returnTo);
}

/** next-auth opens the session (authorizeCitizen re-checks everything); refusals become messages. */
async function finishSignIn(state: SignInState, ticket: string, otp: string, returnTo: string): Promise<SignInState> {
  try {
    await signIn("citizen", { ticket, otp, redirect: false });
  } catch (error) {
    // Only refusals are answered here; anything else (the database down…) is an error page, not "try again".
    if (!(error instanceof CredentialsSignin)) throw error;
    return refusal(state, error.code);
  }
  await clearTicketCookie("signIn");
  redirect(returnTo);
}

const OTP_STEP_REFUSALS: Record<string, string> = {
  otpExpired: "account.otpExpired",
  otpTooManyAttempts: "account.otpTooManyAttempts",
  otpUsed: "account.otpUsed",
};

async function refusal(state: SignInState, code: string): Promise<SignInState> {
  const otpStep = async (failure: FormFailure): Promise<SignInState> => ({ ...(await failureState(failure, null, state)), step: "otp", bhxhCode: state.bhxhCode, maskedPhone: state.maskedPhone });
  if (code.startsWith("otpWrong:")) {
    const attempts = Number(code.slice("otpWrong:".length)) || 0;
    return otpStep(fieldFailure({ otp: attempts > 0 ? { key: "account.otpWrong", params: { attempts } } : "account.otpWrongLast" }));
  }
  if (OTP_STEP_REFUSALS[code]) return otpStep(formFailure(OTP_STEP_REFUSALS[code]));
  await clearTicketCookie("signIn");
  const form = code === "otpRequired" ? "account.otpRequiredNow" : code === "locked" ? "account.accountLocked" : "account.signInExpired";
  return { ...(await failureState(formFailure(form), null, state)), step: "credentials", bhxhCode: state.bhxhCode };
}

/** Why the account cannot sign in (lib/i18n/messages/counter.ts): the lock's reason, or the cancellation's date. */
function statusMessage(result: { code: "locked"; reasonCode: string | null } | { code: "closed"; closedAt: Date | null }): MessageRef {
  if (result.code === "closed") return { key: "counter.signInClosed", params: { date: result.closedAt ? formatDateVi(result.closedAt) : "" } };
  return isLockReason(result.reasonCode) ? { key: "counter.signInLocked", params: { reason: `counter.lockReason_${result.reasonCode}` } } : "counter.signInLockedNoReason";
}
