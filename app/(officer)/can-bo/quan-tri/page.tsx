// Administration: the staff accounts, and the way to the offices. Admins only.
import type { Metadata } from "next";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { format } from "@/lib/i18n/catalog";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listStaffUsers } from "@/lib/server/staff/manage-staff-users";
import { getMessages } from "@/lib/server/i18n";
import { StaffNav } from "../staff-nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("officer");
  return { title: t.adminTitle };
}

export default async function AdminPage() {
  const principal = await requireStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri" });
  const t = await getMessages("officer");
  const users = (await listStaffUsers(principal)) ?? [];
  return (
    <div className="bo-wide">
      <StaffNav principal={principal} t={t} current="admin" />
      <h1>{t.adminTitle}</h1>
      <p>
        <Link href="/can-bo/quan-tri/co-quan">{t.officesLink}</Link>
      </p>
      <h2>{t.staffHeading}</h2>
      <p>
        <Link className="button" href="/can-bo/quan-tri/can-bo/moi">
          {t.addStaff}
        </Link>
      </p>
      <div className="bo-table-wrap" role="region" aria-label={t.staffHeading} tabIndex={0}>
        <table className="bo-table">
          <thead>
            <tr>
              <th scope="col">{t.colUsername}</th>
              <th scope="col">{t.colFullName}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colOffice}</th>
              <th scope="col">{t.colAccount}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td className="bo-nowrap">{u.username}</td>
                <td>{u.fullName}</td>
                <td>{t[`role_${u.role}`]}</td>
                <td>{u.officeCode ? `${u.officeCode} – ${u.officeName ?? ""}` : t.allOffices}</td>
                <td>
                  {u.disabledAt ? (
                    <span className="tag tag--red">{t.staffDisabled}</span>
                  ) : u.mustChangePassword ? (
                    <span className="tag tag--yellow">{t.staffMustChange}</span>
                  ) : (
                    <span className="tag tag--green">{t.staffActive}</span>
                  )}
                  {u.totpEnabledAt ? <span className="bo-nowrap"> {t.secondFactorOnTag}</span> : null}
                </td>
                <td>
                  <Link href={`/can-bo/quan-tri/can-bo/${u.id}`} aria-label={format(t.editLinkLabel, { name: u.username })}>
                    {t.editLink}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
