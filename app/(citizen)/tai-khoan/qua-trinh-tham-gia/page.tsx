import { titleMetadata } from "@/app/page-metadata";
import "@/components/records/records.css";
import Link from "next/link";
import { ParticipationTotals, PeriodList, SchemeFilter } from "@/components/records/participation";
import { INSURANCE_SCHEMES, type InsuranceScheme } from "@/lib/domain/months";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { getParticipationHistory } from "@/lib/server/records/get-participation-history";
import { recordView } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("records", "participationTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ParticipationPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan/qua-trinh-tham-gia" });
  const params = await searchParams;
  const requested = typeof params.loai === "string" ? params.loai : "";
  const scheme = (INSURANCE_SCHEMES as readonly string[]).includes(requested) ? (requested as InsuranceScheme) : null;
  const requestInfo = await currentRequestInfo();
  const [t, history] = await Promise.all([
    getMessages("records"),
    getParticipationHistory(principal.bhxhCode, scheme ? { scheme } : {}),
    recordView(principal.accountId, "participation", requestInfo),
  ]);
  const empty = history.totals.length === 0;
  return (
    <>
      <p className="records-back">
        <Link href="/tai-khoan">{t.backToAccount}</Link>
      </p>
      <h1>{t.participationTitle}</h1>
      <p className="lead">{t.participationLead}</p>
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
