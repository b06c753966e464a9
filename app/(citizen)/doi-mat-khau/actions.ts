"use server";
// Changes the signed-in citizen's password (forced after the temporary password or after 6 months, or
// voluntary). The guard runs here too: a server action can be called without the page. The session is
// rotated: the service revokes it and this action signs the browser in again with a one-use ticket.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { ChangePasswordState } from "@/components/account/types";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { fieldMessageKeys, ZChangePasswordSchema } from "@/lib/schemas/account";
import { changePassword } from "@/lib/server/accounts/change-password";
import { signIn } from "@/lib/server/auth/auth";
import { requireCitizen } from "@/lib/server/auth/citizen-guards";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function changePasswordAction(_previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const authorization = await requireCitizen({ allowPasswordChange: true });
  if (!authorization.ok) redirect(authorization.code === "signedOut" ? authorization.signInPath : "/doi-mat-khau");
  const [t, locale] = await Promise.all([getMessages("account"), getLocale()]);

  const parsed = ZChangePasswordSchema.safeParse({
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    confirmPassword: String(formData.get("confirmPassword") ?? ""),
  });
  if (!parsed.success) {
    const keys = fieldMessageKeys(parsed.error);
    return { errors: { fields: Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translateIssue(locale, key)])) } };
  }
  const { principal } = authorization;
  const result = await changePassword(
    { accountId: principal.accountId, deviceSessionId: principal.deviceSessionId, ...parsed.data },
    await currentRequestInfo(),
  );
  if (result.ok) {
    // The old session was revoked with the change: open the new one for this browser (a new cookie).
    try {
      await signIn("citizen", { ticket: result.ticket, redirect: false });
    } catch (error) {
      // Another device signed in within the same instant: the password is changed; sign in again.
      if (!(error instanceof CredentialsSignin)) throw error;
      redirect("/dang-nhap?ly-do=mat-khau-da-doi");
    }
    redirect("/tai-khoan?thong-bao=da-doi-mat-khau");
  }
  switch (result.code) {
    case "wrongCurrent":
      return { errors: { fields: { currentPassword: t.currentPasswordWrong } } };
    case "throttled":
      return { errors: { form: translate(locale, "account.throttled", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }) } };
    case "policy": {
      const message = result.problems.map((problem) => translate(locale, `account.problem_${problem}`)).join(". ");
      return { errors: { fields: { newPassword: message } } };
    }
    case "signedOut":
      redirect("/dang-nhap");
  }
}
