// Add a staff member: the temporary password is shown once, here, after creation.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/back-office/back-office.css";
import { StaffUserForm } from "@/components/back-office/staff-forms";
import { ADMIN_ROLES } from "@/lib/server/auth/staff-guards";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { openStaffPage, StaffPage } from "../../../staff-page";
import { createStaffAction } from "../../actions";
import { staffFormText } from "../../staff-form-text";

export const generateMetadata = titleMetadata("officer", "createStaffTitle");

export default async function CreateStaffPage() {
  const { principal, t } = await openStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri/can-bo/moi" });
  const offices = await listOfficeOptions();
  return (
    <StaffPage principal={principal} t={t} current="admin" back={{ href: "/can-bo/quan-tri", label: t.backToAdmin }} title={t.createStaffTitle}>
      <StaffUserForm
        action={createStaffAction}
        withUsername
        offices={offices}
        text={staffFormText(t, t.createStaffSubmit)}
      />
    </StaffPage>
  );
}
