// One staff account: edit name, role and office; disable or enable; reset the password or a lost authenticator.
import { titleMetadata } from "@/app/page-metadata";
import { notFound } from "next/navigation";
import "@/components/back-office/back-office.css";
import { StaffActionForm, StaffUserForm } from "@/components/back-office/staff-forms";
import { format } from "@/lib/i18n/catalog";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getStaffUser } from "@/lib/server/staff/manage-staff-users";
import { getMessages } from "@/lib/server/i18n";
import { StaffPage } from "../../../staff-page";
import { resetSecondFactorAction, resetStaffPasswordAction, setStaffDisabledAction, updateStaffAction } from "../../actions";
import { roleOptions } from "../../roles";

type Params = Promise<{ id: string }>;

export const generateMetadata = titleMetadata("officer", "adminTitle");

export default async function EditStaffPage({ params }: { params: Params }) {
  const { id } = await params;
  const principal = await requireStaffPage({ roles: ADMIN_ROLES, returnTo: `/can-bo/quan-tri/can-bo/${encodeURIComponent(id)}` });
  const t = await getMessages("officer");
  const user = await getStaffUser(principal, id);
  if (!user) notFound();
  const offices = await listOfficeOptions();
  const self = user.id === principal.id;
  const common = { errorSummaryTitle: t.errorSummaryTitle, submitting: t.submitting };
  return (
    <StaffPage principal={principal} t={t} current="admin" back={{ href: "/can-bo/quan-tri", label: t.backToAdmin }} title={format(t.editStaffTitle, { username: user.username })}>
      {user.disabledAt ? (
        <div className="notice notice--warning">
          <p>{t.disabledNotice}</p>
        </div>
      ) : null}
      <StaffUserForm
        action={updateStaffAction.bind(null, user.id)}
        withUsername={false}
        offices={offices}
        initial={{ fullName: user.fullName, role: user.role, officeCode: user.officeCode }}
        text={{
          errorSummaryTitle: t.errorSummaryTitle,
          errorPrefix: t.errorPrefix,
          username: t.staffUsername,
          usernameHint: t.staffUsernameHint,
          fullName: t.staffFullName,
          role: t.staffRole,
          office: t.staffOffice,
          officeHint: t.staffOfficeHint,
          officeNone: t.staffOfficeNone,
          submit: t.saveChanges,
          submitting: t.submitting,
          roles: roleOptions(t),
        }}
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
