// One staff account: edit name, role and office; disable or enable; reset the password or a lost authenticator.
import { titleMetadata } from "@/app/page-metadata";
import { notFound } from "next/navigation";
import "@/components/back-office/back-office.css";
import { Notice } from "@/components/ui/notice";
import { StaffActionForm, StaffUserForm } from "@/components/back-office/staff-forms";
import { format } from "@/lib/i18n/catalog";
import { ADMIN_ROLES } from "@/lib/server/auth/staff-guards";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getStaffUser } from "@/lib/server/staff/manage-staff-users";
import { formChrome } from "../../../form-text";
import { openStaffPage, StaffPage } from "../../../staff-page";
import { resetSecondFactorAction, resetStaffPasswordAction, setStaffDisabledAction, updateStaffAction } from "../../actions";
import { staffFormText } from "../../staff-form-text";

type Params = Promise<{ id: string }>;

export const generateMetadata = titleMetadata("officer", "adminTitle");

export default async function EditStaffPage({ params }: { params: Params }) {
  const { id } = await params;
  const { principal, t } = await openStaffPage({ roles: ADMIN_ROLES, returnTo: `/can-bo/quan-tri/can-bo/${encodeURIComponent(id)}` });
  const user = await getStaffUser(principal, id);
  if (!user) notFound();
  const offices = await listOfficeOptions();
  const self = user.id === principal.id;
  const common = formChrome(t);
  return (
    <StaffPage principal={principal} t={t} current="admin" back={{ href: "/can-bo/quan-tri", label: t.backToAdmin }} title={format(t.editStaffTitle, { username: user.username })}>
      {user.disabledAt ? <Notice tone="warning" text={t.disabledNotice} /> : null}
      <StaffUserForm
        action={updateStaffAction.bind(null, user.id)}
        withUsername={false}
        offices={offices}
        initial={{ fullName: user.fullName, role: user.role, officeCode: user.officeCode }}
        text={staffFormText(t, t.saveChanges)}
      />
      {self ? null : (
        <>
          <h2>{t.accessHeading}</h2>
          {user.disabledAt ? (
            <StaffActionForm action={setStaffDisabledAction.bind(null, user.id, false)} label={t.enableButton} hint={t.disabledNotice} text={common} />
          ) : (
            <StaffActionForm action={setStaffDisabledAction.bind(null, user.id, true)} label={t.disableButton} hint={t.disableHint} warning text={common} />
          )}
          <h2>{t.resetHeading}</h2>
          <StaffActionForm action={resetStaffPasswordAction.bind(null, user.id)} label={t.resetButton} hint={t.resetHint} warning text={common} />
          <h2>{t.secondFactorHeading}</h2>
          {user.totpEnabledAt ? (
            <StaffActionForm action={resetSecondFactorAction.bind(null, user.id)} label={t.secondFactorResetButton} hint={t.secondFactorResetHint} warning text={common} />
          ) : (
            <p>{t.secondFactorNotEnrolled}</p>
          )}
        </>
      )}
    </StaffPage>
  );
}
