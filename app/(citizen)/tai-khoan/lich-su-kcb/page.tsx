import Link from "next/link";
import "@/components/records/records.css";
import { RecordsPageHead } from "@/components/records/records-page-head";
import { VisitList } from "@/components/records/visits";
import { titleMetadata } from "@/app/page-metadata";
import { listMedicalVisits } from "@/lib/server/records/medical-visits";
import { openRecordsPage } from "../records-page";

export const generateMetadata = titleMetadata("records", "visitsTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VisitsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cursor = typeof params.sau === "string" ? params.sau : undefined;
  const { t, data: page } = await openRecordsPage("visits", "/tai-khoan/lich-su-kcb", (principal) => listMedicalVisits(principal.bhxhCode, cursor));
  return (
    <>
      <RecordsPageHead back={{ href: "/tai-khoan", label: t.backToAccount }} title={t.visitsTitle} lead={t.visitsLead} />
      {page.visits.length === 0 && !cursor ? <p className="notice">{t.visitsEmpty}</p> : <VisitList t={t} visits={page.visits} />}
      <nav className="records-pager" aria-label={t.visitsTitle}>
        {cursor ? <Link href="/tai-khoan/lich-su-kcb">{t.visitsFirstPage}</Link> : null}
        {page.nextCursor ? <Link href={`/tai-khoan/lich-su-kcb?sau=${encodeURIComponent(page.nextCursor)}`}>{t.visitsMore}</Link> : null}
      </nav>
      <p className="field__hint">{t.dataNote}</p>
    </>
  );
}
