"use server";
// The forgotten-password steps: BHXH code + phone → SMS code → new password. The signed ticket of the
// flow waits in an httpOnly cookie between steps; the answers stay neutral about whether anything matched.
import { redirect } from "next/navigation";
import type { ForgotPasswordState } from "@/components/account/types";
import { format, translate, translateIssue } from "@/lib/i18n/catalog";
import { fieldMessageKeys, ZForgotPasswordSchema, ZNewPasswordSchema, ZOtpSchema } from "@/lib/schemas/account";
import {
  confirmPasswordResetCode,
  resendPasswordResetCode,
  resetForgottenPassword,
  startPasswordReset,
} from "@/lib/server/accounts/forgot-password";
import { clearTicketCookie, readTicketCookie, setTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export async function forgotPasswordAction(previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const [t, locale, info] = await Promise.all([getMessages("account"), getLocale(), currentRequestInfo()]);
  const intent = String(formData.get("intent") ?? "identify");
  const fieldErrors = (error: Parameters<typeof fieldMessageKeys>[0]) =>
    Object.fromEntries(Object.entries(fieldMessageKeys(error)).map(([field, key]) => [field, translateIssue(locale, key)]));
  const expired = (): ForgotPasswordState => ({ step: "identify", bhxhCode: previous.bhxhCode, phone: previous.phone, errors: { form: t.forgotExpired } });

  if (intent === "restart") {
    await clearTicketCookie("passwordReset");
    return { step: "identify", bhxhCode: previous.bhxhCode, phone: previous.phone };
  }

  if (intent === "identify") {
    const raw = { bhxhCode: String(formData.get("bhxhCode") ?? ""), phone: String(formData.get("phone") ?? "") };
    const parsed = ZForgotPasswordSchema.safeParse(raw);
    if (!parsed.success) return { step: "identify", bhxhCode: raw.bhxhCode.slice(0, 20), phone: raw.phone.slice(0, 20), errors: { fields: fieldErrors(parsed.error) } };
    const started = await startPasswordReset(parsed.data, info);
    if (!started.ok) return { step: "identify", ...parsed.data, errors: { form: format(t.throttled, { minutes: minutes(started.retryAfterSeconds) }) } };
    await setTicketCookie("passwordReset", started.ticket);
    return { step: "code", ...parsed.data };
  }

  const ticket = await readTicketCookie("passwordReset");
  if (!ticket) return expired();

  if (intent === "resend") {
    const result = await resendPasswordResetCode(ticket, info);
    if (result.ok) {
      await setTicketCookie("passwordReset", result.ticket);
      return { ...previous, step: "code", errors: undefined, notice: t.otpResent };
    }
    if (result.code === "otpThrottled") {
      const message =
        result.retryAfterSeconds <= 60
          ? format(t.otpResendWait, { seconds: result.retryAfterSeconds })
          : format(t.otpResendTooMany, { minutes: minutes(result.retryAfterSeconds) });
      return { ...previous, step: "code", notice: undefined, errors: { form: message } };
    }
    await clearTicketCookie("passwordReset");
    return expired();
  }

  if (intent === "code") {
    const parsed = ZOtpSchema.safeParse({ otp: String(formData.get("otp") ?? "") });
    if (!parsed.success) return { ...previous, step: "code", notice: undefined, errors: { fields: fieldErrors(parsed.error) } };
    const result = await confirmPasswordResetCode(ticket, parsed.data.otp, info);
    if (!result.ok) {
      if (result.code === "expired") {
        await clearTicketCookie("passwordReset");
        return expired();
      }
      return { ...previous, step: "code", notice: undefined, errors: { fields: { otp: t.forgotCodeRejected } } };
    }
    await setTicketCookie("passwordReset", result.ticket);
    return { ...previous, step: "password", errors: undefined, notice: undefined };
  }

  // intent === "password"
  const parsed = ZNewPasswordSchema.safeParse({ newPassword: String(formData.get("newPassword") ?? ""), confirmPassword: String(formData.get("confirmPassword") ?? "") });
  if (!parsed.success) return { ...previous, step: "password", notice: undefined, errors: { fields: fieldErrors(parsed.error) } };
  const result = await resetForgottenPassword(ticket, parsed.data.newPassword, info);
  if (!result.ok) {
    if (result.code === "expired") {
      await clearTicketCookie("passwordReset");
      return expired();
    }
    const message = result.problems.map((problem) => translate(locale, `account.problem_${problem}`)).join(". ");
    return { ...previous, step: "password", notice: undefined, errors: { fields: { newPassword: message } } };
  }
  await clearTicketCookie("passwordReset");
  redirect("/dang-nhap?ly-do=da-dat-lai-mat-khau");
}
