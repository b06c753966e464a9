import { titleMetadata } from "@/app/page-metadata";
import "@/components/records/records.css";
import Link from "next/link";
import { VisitList } from "@/components/records/visits";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { listMedicalVisits } from "@/lib/server/records/medical-visits";
import { recordView } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("records", "visitsTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VisitsPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan/lich-su-kcb" });
  const params = await searchParams;
  const cursor = typeof params.sau === "string" ? params.sau : undefined;
  const requestInfo = await currentRequestInfo();
  const [t, page] = await Promise.all([getMessages("records"), listMedicalVisits(principal.bhxhCode, cursor), recordView(principal.accountId, "visits", requestInfo)]);
  return (
    <>
      <p className="records-back">
        <Link href="/tai-khoan">{t.backToAccount}</Link>
      </p>
      <h1>{t.visitsTitle}</h1>
      <p className="lead">{t.visitsLead}</p>
      {page.visits.length === 0 && !cursor ? <p className="notice">{t.visitsEmpty}</p> : <VisitList t={t} visits={page.visits} />}
      <nav className="records-pager" aria-label={t.visitsTitle}>
        {cursor ? <Link href="/tai-khoan/lich-su-kcb">{t.visitsFirstPage}</Link> : null}
        {page.nextCursor ? <Link href={`/tai-khoan/lich-su-kcb?sau=${encodeURIComponent(page.nextCursor)}`}>{t.visitsMore}</Link> : null}
      </nav>
      <p className="field__hint">{t.dataNote}</p>
    </>
  );
}
