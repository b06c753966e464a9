// The BHXH offices, filtered by province. Admins only.
import { titleMetadata } from "@/app/page-metadata";
import { EditLink } from "@/components/back-office/edit-link";
import { Select } from "@/components/ui/form-parts";
import { SearchBar } from "@/components/back-office/page-parts/search-bar";
import { ScrollTable } from "@/components/back-office/data-table";
import "@/components/back-office/back-office.css";
import { ADMIN_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { listProvinces } from "@/lib/server/reference-data";
import { listOffices } from "@/lib/server/offices/manage-offices";
import { getMessages } from "@/lib/server/i18n";
import { format } from "@/lib/i18n/catalog";
import { StaffPage } from "../../staff-page";

export const generateMetadata = titleMetadata("officer", "officesTitle");

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
    <StaffPage principal={principal} t={t} current="admin" back={{ href: "/can-bo/quan-tri", label: t.backToAdmin }} title={t.officesTitle} className="bo-wide">
      <SearchBar action="/can-bo/quan-tri/co-quan" id="tinh" label={t.filterProvince} submit={t.filterApply} secondary>
        {() => <Select id="tinh" name="tinh" className="select" defaultValue={province} options={provinces.map((p) => ({ value: p.code, label: p.name }))} />}
      </SearchBar>
      <ScrollTable
        label={t.officesTitle}
        rows={offices ?? []}
        rowKey={(o) => o.code}
        columns={[
          { header: t.colCode, cell: (o) => o.code },
          { header: t.officeName, cell: (o) => o.name },
          { header: t.colAddress, cell: (o) => o.address },
          { header: t.colCommunes, cell: (o) => o.communeCount, className: "bo-number" },
          { header: t.colStaffCount, cell: (o) => o.staffCount, className: "bo-number" },
          { header: t.colActions, cell: (o) => <EditLink href={`/can-bo/quan-tri/co-quan/${o.code}`} label={format(t.editLinkLabel, { name: o.name })} text={t.editLink} /> },
        ]}
      />
    </StaffPage>
  );
}
