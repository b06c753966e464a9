"use server";
// The forgotten-password steps: BHXH code + phone → SMS code → new password. The signed ticket of the
// flow waits in an httpOnly cookie between steps; the answers stay neutral about whether anything matched.
import { redirect } from "next/navigation";
import type { ForgotPasswordState } from "@/components/account/types";
import { translate } from "@/lib/i18n/catalog";
import { ZForgotPasswordSchema, ZOtpSchema } from "@/lib/schemas/account";
import { ZNewPasswordSchema } from "@/lib/schemas/password";
import { confirmPasswordResetCode, resendPasswordResetCode, resetForgottenPassword, startPasswordReset } from "@/lib/server/accounts/forgot-password";
import { clearTicketCookie, readTicketCookie, setTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { citizenAction } from "@/lib/server/forms/citizen-action";
import { fieldFailure, formFailure, type FormFailure } from "@/lib/server/forms/form-action";
import { failureState, typedValues } from "@/lib/server/forms/form-state";
import { passwordProblemsFailure } from "@/lib/server/forms/password-problems";
import { minutesLeft, otpResendRefusal } from "@/lib/server/forms/throttle-messages";
import { getLocale } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

type Step = ForgotPasswordState["step"];
const EXPIRED = formFailure("account.forgotExpired");

const identify = citizenAction("public", ZForgotPasswordSchema, async (input, { info }) => {
  const started = await startPasswordReset(input, info);
  if (!started.ok) return formFailure({ key: "account.throttled", params: { minutes: minutesLeft(started.retryAfterSeconds) } });
  await setTicketCookie("passwordReset", started.ticket);
  return { ok: true as const, ...input };
});

const confirmCode = citizenAction("public", ZOtpSchema, async (input, { info }) => {
  const ticket = await readTicketCookie("passwordReset");
  if (!ticket) return EXPIRED;
  const result = await confirmPasswordResetCode(ticket, input.otp, info);
  if (!result.ok) return result.code === "expired" ? EXPIRED : fieldFailure({ otp: "account.forgotCodeRejected" });
  await setTicketCookie("passwordReset", result.ticket);
  return { ok: true as const };
});

const setNewPassword = citizenAction("public", ZNewPasswordSchema, async (input, { info }) => {
  const ticket = await readTicketCookie("passwordReset");
  if (!ticket) return EXPIRED;
  const result = await resetForgottenPassword(ticket, input.newPassword, info);
  if (!result.ok) return result.code === "expired" ? EXPIRED : passwordProblemsFailure("account.problem_", result.problems);
  return { ok: true as const };
});

export async function forgotPasswordAction(previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const intent = String(formData.get("intent") ?? "identify");
  const seq = previous.seq + 1;
  const { bhxhCode, phone } = previous;
  const at = (step: Step, extra: Partial<ForgotPasswordState> = {}): ForgotPasswordState => ({ seq, step, bhxhCode, phone, ...extra });
  /** A failure shown at a step; an expired flow starts over (its cookie cleared). */
  const failedAt = async (step: Step, failure: FormFailure, typed: Pick<ForgotPasswordState, "bhxhCode" | "phone"> = { bhxhCode, phone }): Promise<ForgotPasswordState> => {
    if (failure === EXPIRED) {
      await clearTicketCookie("passwordReset");
      step = "identify";
    }
    return { ...(await failureState(failure, null, previous)), step, ...typed };
  };

  switch (intent) {
    case "restart":
      await clearTicketCookie("passwordReset");
      return at("identify");
    case "identify": {
      const typed = typedValues(formData);
      const outcome = await identify(formData);
      if (!outcome.ok) return failedAt("identify", outcome, { bhxhCode: String(typed.bhxhCode ?? "").slice(0, 20), phone: String(typed.phone ?? "").slice(0, 20) });
      return { seq, step: "code", bhxhCode: outcome.bhxhCode, phone: outcome.phone };
    }
    case "resend": {
      const ticket = await readTicketCookie("passwordReset");
      if (!ticket) return failedAt("identify", EXPIRED);
      const result = await resendPasswordResetCode(ticket, await currentRequestInfo());
      if (result.ok) {
        await setTicketCookie("passwordReset", result.ticket);
        return at("code", { notice: translate(await getLocale(), "account.otpResent") });
      }
      return failedAt("code", result.code === "otpThrottled" ? formFailure(otpResendRefusal(result.retryAfterSeconds)) : EXPIRED);
    }
    case "code": {
      const outcome = await confirmCode(formData);
      return outcome.ok ? at("password") : failedAt("code", outcome);
    }
    default: {
      const outcome = await setNewPassword(formData);
      if (!outcome.ok) return failedAt("password", outcome);
      await clearTicketCookie("passwordReset");
      redirect("/dang-nhap?ly-do=da-dat-lai-mat-khau");
    }
  }
}
