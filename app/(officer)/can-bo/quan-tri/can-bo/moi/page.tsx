// Add a staff member: the temporary password is shown once, here, after creation.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { StaffUserForm } from "@/components/back-office/staff-forms";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getMessages } from "@/lib/server/i18n";
import { StaffNav } from "../../../staff-nav";
import { createStaffAction } from "../../actions";
import { roleOptions } from "../../roles";

export const generateMetadata = titleMetadata("officer", "createStaffTitle");

export default async function CreateStaffPage() {
  const principal = await requireStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri/can-bo/moi" });
  const t = await getMessages("officer");
  const offices = await listOfficeOptions();
  return (
    <>
      <StaffNav principal={principal} t={t} current="admin" />
      <p>
        <Link href="/can-bo/quan-tri">{t.backToAdmin}</Link>
      </p>
      <h1>{t.createStaffTitle}</h1>
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
    </>
  );
}
