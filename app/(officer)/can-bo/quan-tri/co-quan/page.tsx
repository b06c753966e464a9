// The BHXH offices, filtered by province. Admins only.
import type { Metadata } from "next";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listProvinces } from "@/lib/server/reference-data";
import { listOffices } from "@/lib/server/offices/manage-offices";
import { getMessages } from "@/lib/server/i18n";
import { format } from "@/lib/i18n/catalog";
import { StaffNav } from "../../staff-nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("officer");
  return { title: t.officesTitle };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OfficesPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireStaffPage({ roles: ADMIN_ROLES, returnTo: "/can-bo/quan-tri/co-quan" });
  const [t, params] = await Promise.all([getMessages("officer"), searchParams]);
  const province = typeof params.tinh === "string" && /^\d{2}$/.test(params.tinh) ? params.tinh : "01";
  const [offices, provinces] = await Promise.all([
    listOffices(principal, province),
    listProvinces(),
  ]);
  return (
    <div className="bo-wide">
      <StaffNav principal={principal} t={t} current="admin" />
      <p>
        <Link href="/can-bo/quan-tri">{t.backToAdmin}</Link>
      </p>
      <h1>{t.officesTitle}</h1>
      <form method="get" action="/can-bo/quan-tri/co-quan" className="bo-search">
        <div className="field">
          <label className="field__label" htmlFor="tinh">
            {t.filterProvince}
          </label>
          <div className="bo-search__row">
            <select id="tinh" name="tinh" className="select" defaultValue={province}>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--secondary">
              {t.filterApply}
            </button>
          </div>
        </div>
      </form>
      <div className="bo-table-wrap" role="region" aria-label={t.officesTitle} tabIndex={0}>
        <table className="bo-table">
          <thead>
            <tr>
              <th scope="col">{t.colCode}</th>
              <th scope="col">{t.officeName}</th>
              <th scope="col">{t.colAddress}</th>
              <th scope="col" className="bo-number">
                {t.colCommunes}
              </th>
              <th scope="col" className="bo-number">
                {t.colStaffCount}
              </th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {(offices ?? []).map((o) => (
              <tr key={o.code}>
                <td>{o.code}</td>
                <td>{o.name}</td>
                <td>{o.address}</td>
                <td className="bo-number">{o.communeCount}</td>
                <td className="bo-number">{o.staffCount}</td>
                <td>
                  <Link href={`/can-bo/quan-tri/co-quan/${o.code}`} aria-label={format(t.editLinkLabel, { name: o.name })}>
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
