import "@/components/records/records.css";
import { ParticipationTotals, PeriodList, SchemeFilter } from "@/components/records/participation";
import { RecordsPageHead } from "@/components/records/records-page-head";
import { titleMetadata } from "@/app/page-metadata";
import { INSURANCE_SCHEMES, type InsuranceScheme } from "@/lib/domain/months";
import { getParticipationHistory } from "@/lib/server/records/get-participation-history";
import { openRecordsPage } from "../records-page";

export const generateMetadata = titleMetadata("records", "participationTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ParticipationPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const requested = typeof params.loai === "string" ? params.loai : "";
  const scheme = (INSURANCE_SCHEMES as readonly string[]).includes(requested) ? (requested as InsuranceScheme) : null;
  const { t, data: history } = await openRecordsPage("participation", "/tai-khoan/qua-trinh-tham-gia", (principal) => getParticipationHistory(principal.bhxhCode, scheme ? { scheme } : {}));
  const empty = history.totals.length === 0;
  return (
    <>
      <RecordsPageHead back={{ href: "/tai-khoan", label: t.backToAccount }} title={t.participationTitle} lead={t.participationLead} />
      {empty ? (
        <p className="notice">{t.participationEmpty}</p>
      ) : (
        <>
          <ParticipationTotals t={t} totals={history.totals} socialInsurance={history.socialInsurance} />
          <p>
            <a href="/tai-khoan/qua-trinh-tham-gia/ban-in" download>
              {t.statementLink}
            </a>
          </p>
          <h2 id="periods-heading">{t.periodsHeading}</h2>
          <SchemeFilter t={t} selected={scheme} action="/tai-khoan/qua-trinh-tham-gia" />
          {history.periods.length === 0 ? <p>{t.participationFilteredEmpty}</p> : <PeriodList t={t} periods={history.periods} />}
          <p className="field__hint">{t.dataNote}</p>
        </>
      )}
    </>
  );
}
