// Edit one office: name, address, phone and the communes it serves. Admins only.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/components/back-office/back-office.css";
import { OfficeForm } from "@/components/back-office/office-form";
import { format } from "@/lib/i18n/catalog";
import { ADMIN_ROLES } from "@/lib/server/auth/staff-guards";
import { getOfficeForEdit } from "@/lib/server/offices/manage-offices";
import { getMessages } from "@/lib/server/i18n";
import { formChrome } from "../../../form-text";
import { openStaffPage, StaffPage } from "../../../staff-page";
import { updateOfficeAction } from "../../actions";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getMessages("officer");
  const { code } = await params;
  return { title: format(t.editOfficeTitle, { code: /^\d{4}$/.test(code) ? code : "" }) };
}

export default async function EditOfficePage({ params }: { params: Params }) {
  const { code } = await params;
  const { principal, t } = await openStaffPage({ roles: ADMIN_ROLES, returnTo: `/can-bo/quan-tri/co-quan/${encodeURIComponent(code)}` });
  const edit = await getOfficeForEdit(principal, code);
  if (!edit) notFound();
  return (
    <StaffPage
      principal={principal}
      t={t}
      current="admin"
      back={{ href: `/can-bo/quan-tri/co-quan?tinh=${edit.office.provinceCode}`, label: t.backToOffices }}
      title={format(t.editOfficeTitle, { code: edit.office.code })}
    >
      <OfficeForm
        action={updateOfficeAction.bind(null, edit.office.code)}
        office={edit.office}
        communes={edit.communes}
        text={{
          ...formChrome(t),
          name: t.officeName,
          address: t.officeAddress,
          phone: t.officePhone,
          communesLegend: format(t.officeCommunesLegend, { province: edit.provinceName }),
          communesHint: t.officeCommunesHint,
          communesFilter: t.officeCommunesFilter,
          alsoCoveredBy: t.alsoCoveredBy,
          submit: t.saveChanges,
        }}
      />
    </StaffPage>
  );
}
