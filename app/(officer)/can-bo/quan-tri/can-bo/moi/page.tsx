// Add a staff member: the temporary password is shown once, here, after creation.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/back-office/back-office.css";
import { StaffUserForm } from "@/components/back-office/staff-forms";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getMessages } from "@/lib/server/i18n";
import { StaffPage } from "../../../staff-page";
import { createStaffAction } from "../../actions";
import { roleOptions } from "../../roles";

export const generateMetadata = titleMetadata("officer", "createStaffTitle");

export default async function CreateStaffPage() {
  const principal = await requireStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri/can-bo/moi" });
  const t = await getMessages("officer");
  const offices = await listOfficeOptions();
  return (
    <StaffPage principal={principal} t={t} current="admin" back={{ href: "/can-bo/quan-tri", label: t.backToAdmin }} title={t.createStaffTitle}>
      <StaffUserForm
        action={createStaffAction}
        withUsername
        offices={offices}
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
          submit: t.createStaffSubmit,
          submitting: t.submitting,
          roles: roleOptions(t),
        }}
      />
    </StaffPage>
  );
}
