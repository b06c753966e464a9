// Đổi mật khẩu: forced after a temporary password (the only page reachable then), or by choice.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/back-office/back-office.css";
import { ChangePasswordForm } from "@/components/back-office/change-password-form";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { getMessages } from "@/lib/server/i18n";
import { formChrome } from "../form-text";
import { StaffPage } from "../staff-page";
import { Notice } from "@/components/ui/notice";
import { changeStaffPasswordAction } from "./actions";

export const generateMetadata = titleMetadata("officer", "changePasswordTitle");

export default async function ChangePasswordPage() {
  const principal = await requireStaffPage({ returnTo: "/can-bo/doi-mat-khau", allowPasswordChange: true });
  const [t, a] = await Promise.all([getMessages("officer"), getMessages("account")]);
  return (
    <StaffPage principal={principal} t={t} current="password" title={t.changePasswordTitle} bodyClassName="bo-narrow">
      {principal.mustChangePassword ? <Notice tone="warning" text={t.changePasswordForced} /> : null}
      <ChangePasswordForm
        action={changeStaffPasswordAction}
        username={principal.username}
        text={{
          ...formChrome(t),
          current: t.currentPassword,
          next: t.newPassword,
          nextHint: t.newPasswordHint,
          confirm: t.confirmPassword,
          showPassword: a.showPassword,
          submit: t.changePasswordSubmit,
        }}
      />
    </StaffPage>
  );
}
