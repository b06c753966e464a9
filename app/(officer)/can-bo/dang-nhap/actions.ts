"use server";
// Staff sign-in, two steps: the password (startStaffSignIn), then, for staff with an authenticator,
// the 6-digit code or a recovery code. The signed ticket waits in an httpOnly cookie between the two;
// next-auth's "staff" provider opens the session from it. Success throws Next's redirect (to the page
// asked for, or the queue); a refusal comes back as an AuthError carrying our code.
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { ZStaffSignInSchema } from "@/lib/schemas/back-office";
import type { FormState, MessageRef } from "@/lib/schemas/form-state";
import { signIn } from "@/lib/server/auth/auth";
import { deviceHash, ensureDeviceId } from "@/lib/server/auth/device-cookie";
import { fieldFailure, formFailure, parseForm } from "@/lib/server/forms/form-action";
import { failureState } from "@/lib/server/forms/form-state";
import { minutesLeft } from "@/lib/server/forms/throttle-messages";
import { currentRequestInfo } from "@/lib/server/request-info";
import { startStaffSignIn } from "@/lib/server/staff/sign-in-staff";
import { clearStaffTicketCookie, readStaffTicketCookie, setStaffTicketCookie } from "@/lib/server/staff/staff-ticket-cookie";
import { safeStaffReturnPath } from "../return-path";

const throttled = (seconds: number): MessageRef => ({ key: "officer.signInThrottled", params: { minutes: minutesLeft(seconds) } });

export async function signInStaffAction(previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(ZStaffSignInSchema, { username: formData.get("username") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.ok) return failureState(parsed, formData, previous);
  const redirectTo = safeStaffReturnPath(String(formData.get("next") ?? ""));
  const started = await startStaffSignIn(parsed.data, await currentRequestInfo(), deviceHash(await ensureDeviceId()));
  if (!started.ok) return failureState(formFailure(started.code === "throttled" ? throttled(started.retryAfterSeconds) : "officer.signInFailed"), formData, previous);
  if (started.codeRequired) {
    await setStaffTicketCookie(started.ticket);
    redirect(`/can-bo/dang-nhap?buoc=ma-xac-thuc&next=${encodeURIComponent(redirectTo)}`);
  }
  return openSession(previous, formData, { ticket: started.ticket }, redirectTo);
}

/** The second step: the authenticator's 6-digit code, or one of the recovery codes. */
export async function verifyStaffCodeAction(previous: FormState, formData: FormData): Promise<FormState> {
  const redirectTo = safeStaffReturnPath(String(formData.get("next") ?? ""));
  const code = String(formData.get("code") ?? "").trim().slice(0, 32);
  if (!code) return failureState(fieldFailure({ code: "officer.secondFactorCodeRequired" }), formData, previous);
  const ticket = await readStaffTicketCookie();
  if (!ticket) redirect(`/can-bo/dang-nhap?het-han=1&next=${encodeURIComponent(redirectTo)}`);
  return openSession(previous, formData, { ticket, code }, redirectTo);
}

async function openSession(previous: FormState, formData: FormData, credentials: { ticket: string; code?: string }, redirectTo: string): Promise<FormState> {
  try {
    await signIn("staff", { ...credentials, redirect: false });
  } catch (error) {
    // Anything else (the database down…) is an error page, not "try again".
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : "";
    const waiting = /^throttled:(\d+)$/.exec(code);
    if (waiting) return failureState(formFailure(throttled(Number(waiting[1]))), formData, previous);
    if (code === "codeWrong" || code === "codeRequired") return failureState(fieldFailure({ code: "officer.secondFactorCodeWrong" }), formData, previous);
    await clearStaffTicketCookie();
    redirect(`/can-bo/dang-nhap?het-han=1&next=${encodeURIComponent(redirectTo)}`);
  }
  await clearStaffTicketCookie();
  redirect(redirectTo);
}
