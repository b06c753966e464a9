"use server";
// Staff sign-in through next-auth's "staff" Credentials provider. Success throws Next's redirect
// (to the page asked for, or the queue); a refusal comes back as an AuthError carrying our code.
import { AuthError, CredentialsSignin } from "next-auth";
import type { BackOfficeFormState } from "@/components/back-office/types";
import { format, translate } from "@/lib/i18n/catalog";
import { ZStaffSignInSchema, fieldErrors } from "@/lib/schemas/back-office";
import { signIn } from "@/lib/server/auth/auth";
import { getLocale } from "@/lib/server/i18n";
import { safeStaffReturnPath } from "../return-path";

export async function signInStaffAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const locale = await getLocale();
  const username = String(formData.get("username") ?? "").slice(0, 64);
  const seq = previous.seq + 1;
  const parsed = ZStaffSignInSchema.safeParse({ username: formData.get("username") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [k, translate(locale, v)]));
    return { seq, errors, values: { username } };
  }
  const redirectTo = safeStaffReturnPath(String(formData.get("next") ?? ""));
  try {
    await signIn("staff", { username: parsed.data.username, password: parsed.data.password, redirectTo });
  } catch (error) {
    // Anything else (Next's redirect on success included) must propagate.
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : "";
    const throttled = /^throttled:(\d+)$/.exec(code);
    const message = throttled
      ? format(translate(locale, "officer.signInThrottled"), { minutes: Math.max(1, Math.ceil(Number(throttled[1]) / 60)) })
      : translate(locale, "officer.signInFailed");
    return { seq, formError: message, values: { username } };
  }
  return { seq };
}
