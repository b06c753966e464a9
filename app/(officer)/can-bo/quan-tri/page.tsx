// Administration: the staff accounts, and the way to the offices. Admins only.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { EditLink } from "@/components/back-office/edit-link";
import { ScrollTable } from "@/components/back-office/data-table";
import "@/components/back-office/back-office.css";
import { format } from "@/lib/i18n/catalog";
import { ADMIN_ROLES } from "@/lib/server/auth/staff-guards";
import { listStaffUsers } from "@/lib/server/staff/manage-staff-users";
import { openStaffPage, StaffPage } from "../staff-page";

export const generateMetadata = titleMetadata("officer", "adminTitle");

export default async function AdminPage() {
  const { principal, t } = await openStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri" });
  const users = (await listStaffUsers(principal)) ?? [];
  return (
    <StaffPage principal={principal} t={t} current="admin" title={t.adminTitle} className="bo-wide">
      <p>
        <Link href="/can-bo/quan-tri/co-quan">{t.officesLink}</Link>
      </p>
      <h2>{t.staffHeading}</h2>
      <p>
        <Link className="button" href="/can-bo/quan-tri/can-bo/moi">
          {t.addStaff}
        </Link>
      </p>
      <ScrollTable
        label={t.staffHeading}
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: t.colUsername, cell: (u) => u.username, nowrap: true },
          { header: t.colFullName, cell: (u) => u.fullName },
          { header: t.colRole, cell: (u) => t[`role_${u.role}`] },
          { header: t.colOffice, cell: (u) => (u.officeCode ? `${u.officeCode} – ${u.officeName ?? ""}` : t.allOffices) },
          {
            header: t.colAccount,
            cell: (u) => (
              <>
                {u.disabledAt ? (
                  <span className="tag tag--red">{t.staffDisabled}</span>
                ) : u.mustChangePassword ? (
                  <span className="tag tag--yellow">{t.staffMustChange}</span>
                ) : (
                  <span className="tag tag--green">{t.staffActive}</span>
                )}
                {u.totpEnabledAt ? <span className="bo-nowrap"> {t.secondFactorOnTag}</span> : null}
              </>
            ),
          },
          { header: t.colActions, cell: (u) => <EditLink href={`/can-bo/quan-tri/can-bo/${u.id}`} label={format(t.editLinkLabel, { name: u.username })} text={t.editLink} /> },
        ]}
      />
    </StaffPage>
  );
}
