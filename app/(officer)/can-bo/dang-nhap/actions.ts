"use server";
// Staff sign-in, two steps: the password (startStaffSignIn), then, for staff with an authenticator,
// the 6-digit code or a recovery code. The signed ticket waits in an httpOnly cookie between the two;
// next-auth's "staff" provider opens the session from it. Success throws Next's redirect (to the page
// asked for, or the queue); a refusal comes back as an AuthError carrying our code.
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { BackOfficeFormState } from "@/components/back-office/types";
import { format, translate, translateIssue } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import { ZStaffSignInSchema, fieldErrors } from "@/lib/schemas/back-office";
import { signIn } from "@/lib/server/auth/auth";
import { deviceHash, ensureDeviceId } from "@/lib/server/auth/device-cookie";
import { getLocale } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { startStaffSignIn } from "@/lib/server/staff/sign-in-staff";
import { clearStaffTicketCookie, readStaffTicketCookie, setStaffTicketCookie } from "@/lib/server/staff/staff-ticket-cookie";
import { safeStaffReturnPath } from "../return-path";

const throttledMessage = (locale: Locale, seconds: number) => format(translate(locale, "officer.signInThrottled"), { minutes: Math.max(1, Math.ceil(seconds / 60)) });

export async function signInStaffAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const locale = await getLocale();
  const username = String(formData.get("username") ?? "").slice(0, 64);
  const seq = previous.seq + 1;
  const parsed = ZStaffSignInSchema.safeParse({ username: formData.get("username") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [k, translateIssue(locale, v)]));
    return { seq, errors, values: { username } };
  }
  const redirectTo = safeStaffReturnPath(String(formData.get("next") ?? ""));
  const started = await startStaffSignIn(parsed.data, await currentRequestInfo(), deviceHash(await ensureDeviceId()));
  if (!started.ok) {
    const message = started.code === "throttled" ? throttledMessage(locale, started.retryAfterSeconds) : translate(locale, "officer.signInFailed");
    return { seq, formError: message, values: { username } };
  }
  if (started.codeRequired) {
    await setStaffTicketCookie(started.ticket);
    redirect(`/can-bo/dang-nhap?buoc=ma-xac-thuc&next=${encodeURIComponent(redirectTo)}`);
  }
  return openSession(locale, seq, { ticket: started.ticket }, redirectTo, { username });
}

/** The second step: the authenticator's 6-digit code, or one of the recovery codes. */
export async function verifyStaffCodeAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const locale = await getLocale();
  const seq = previous.seq + 1;
  const redirectTo = safeStaffReturnPath(String(formData.get("next") ?? ""));
  const code = String(formData.get("code") ?? "").trim().slice(0, 32);
  if (!code) return { seq, errors: { code: translate(locale, "officer.secondFactorCodeRequired") } };
  const ticket = await readStaffTicketCookie();
  if (!ticket) redirect(`/can-bo/dang-nhap?het-han=1&next=${encodeURIComponent(redirectTo)}`);
  return openSession(locale, seq, { ticket, code }, redirectTo, {});
}

async function openSession(
  locale: Locale,
  seq: number,
  credentials: { ticket: string; code?: string },
  redirectTo: string,
  values: Record<string, string>,
): Promise<BackOfficeFormState> {
  try {
    await signIn("staff", { ...credentials, redirect: false });
  } catch (error) {
    // Anything else (the database down…) is an error page, not "try again".
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : "";
    const throttled = /^throttled:(\d+)$/.exec(code);
    if (throttled) return { seq, formError: throttledMessage(locale, Number(throttled[1])), values };
    if (code === "codeWrong" || code === "codeRequired") return { seq, errors: { code: translate(locale, "officer.secondFactorCodeWrong") } };
    await clearStaffTicketCookie();
    redirect(`/can-bo/dang-nhap?het-han=1&next=${encodeURIComponent(redirectTo)}`);
  }
  await clearStaffTicketCookie();
  redirect(redirectTo);
}
