import { titleMetadata } from "@/app/page-metadata";
import "@/components/account/account.css";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { AccountBar } from "@/components/account/account-bar";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { passwordRecentlyProven } from "@/lib/domain/password-policy";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { signOutAction } from "../tai-khoan/actions";
import { changePasswordAction } from "./actions";

export const generateMetadata = titleMetadata("account", "changePasswordTitle");

export default async function ChangePasswordPage() {
  const principal = await requireCitizenPage({ allowPasswordChange: true, returnTo: "/doi-mat-khau" });
  const t = await getMessages("account");
  const forced = principal.mustChangePassword ? t.changePasswordFirst : principal.passwordExpired ? t.changePasswordExpired : null;
  return (
    <div className="account-narrow">
      <AccountBar label={t.accountBarLabel} accountLabel={t.accountTitle} signOutLabel={t.signOut} signOutAction={signOutAction} current={false} />
      <h1>{t.changePasswordTitle}</h1>
      {forced ? <Notice tone="warning" text={forced} /> : null}
      <p>{t.changePasswordLead}</p>
      <ChangePasswordForm
        action={changePasswordAction}
        text={t}
        submitLabel={t.changePasswordSubmit}
        currentPasswordLabel={principal.mustChangePassword ? t.temporaryPasswordLabel : t.currentPasswordLabel}
        askCurrentPassword={!(principal.mustChangePassword && passwordRecentlyProven(principal.passwordProvenAt, new Date()))}
        username={principal.bhxhCode}
      />
      <div className="account-footer-actions">
        {forced ? null : <Link href="/tai-khoan">{t.accountTitle}</Link>}
        <form action={signOutAction}>
          <button className="link-button" type="submit">
            {t.signOut}
          </button>
        </form>
      </div>
    </div>
  );
}
