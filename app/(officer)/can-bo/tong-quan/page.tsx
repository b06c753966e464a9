// The supervisor's overview of one office, today and this week; admins choose the office.
import type { Metadata } from "next";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { formatDuration } from "@/components/back-office/format";
import { COUNTER_SEARCHES_NOTABLE_PER_DAY } from "@/lib/domain/counter";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { REJECTION_REASONS } from "@/lib/domain/declaration-status";
import { format, translate, type Messages } from "@/lib/i18n/catalog";
import { requireStaffPage, SUPERVISION_ROLES } from "@/lib/server/auth/staff-guards";
import { getOfficeOverview, type PeriodFigures } from "@/lib/server/back-office/office-overview";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { StaffNav } from "../staff-nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("officer");
  return { title: t.overviewTitle };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Period({
  t,
  tv,
  id,
  title,
  figures,
  reasonLabel,
}: {
  t: Messages<"officer">;
  tv: Messages<"vneid">;
  id: string;
  title: string;
  figures: PeriodFigures;
  reasonLabel: (code: string) => string;
}) {
  const to = new Date(figures.to.getTime() - 1);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="field__hint">{format(t.periodRange, { from: formatDateTimeVi(figures.from), to: formatDateTimeVi(to) })}</p>
      <div className="bo-table-wrap" role="region" aria-label={format(t.metricsCaption, { period: title })} tabIndex={0}>
        <table className="bo-table">
          <caption className="visually-hidden">{format(t.metricsCaption, { period: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colMetric}</th>
              <th scope="col" className="bo-number">
                {t.colCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                [t.metricReceived, figures.received],
                [t.metricAssisted, figures.assisted],
                [t.metricApproved, figures.approved],
                [t.metricRejected, figures.rejected],
                [t.metricExpired, figures.expired],
                [t.metricMedian, figures.medianMinutesToDecision === null ? t.noValue : formatDuration(figures.medianMinutesToDecision, t)],
                [tv.accountsAtCounter, figures.activatedAtCounter],
                [tv.accountsOnline, figures.activatedOnline],
              ] as const
            ).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="bo-number">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.rejectedByReasonHeading}</h3>
      <div className="bo-table-wrap" role="region" aria-label={t.rejectedByReasonHeading} tabIndex={0}>
        <table className="bo-table">
          <thead>
            <tr>
              <th scope="col">{t.colReason}</th>
              <th scope="col" className="bo-number">
                {t.colCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {REJECTION_REASONS.map((r) => (
              <tr key={r.code}>
                <th scope="row">{reasonLabel(r.code)}</th>
                <td className="bo-number">{figures.rejectedByReason[r.code]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.byStaffHeading}</h3>
      {figures.byStaff.length === 0 ? (
        <p>{t.noDecisions}</p>
      ) : (
        <div className="bo-table-wrap" role="region" aria-label={t.byStaffHeading} tabIndex={0}>
          <table className="bo-table">
            <thead>
              <tr>
                <th scope="col">{t.colStaff}</th>
                <th scope="col" className="bo-number">
                  {t.colApproved}
                </th>
                <th scope="col" className="bo-number">
                  {t.colRejected}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.byStaff.map((s) => (
                <tr key={s.staffId}>
                  <th scope="row">{s.fullName}</th>
                  <td className="bo-number">{s.approved}</td>
                  <td className="bo-number">{s.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireStaffPage({ roles: SUPERVISION_ROLES, returnTo: "/can-bo/tong-quan" });
  const [t, tc, tv, locale, params] = await Promise.all([getMessages("officer"), getMessages("counter"), getMessages("vneid"), getLocale(), searchParams]);
  const isAdmin = principal.role === "admin";
  const requested = typeof params["co-quan"] === "string" && /^\d{4}$/.test(params["co-quan"]) ? params["co-quan"] : undefined;
  const officeCode = isAdmin ? requested : (principal.officeCode ?? undefined);
  const [overview, offices] = await Promise.all([
    officeCode ? getOfficeOverview(principal, officeCode) : null,
    isAdmin ? listOfficeOptions() : [],
  ]);
  const reasonLabel = (code: string) => {
    const reason = REJECTION_REASONS.find((r) => r.code === code);
    return reason ? translate(locale, reason.labelKey) : code;
  };

  return (
    <div className="bo-wide">
      <StaffNav principal={principal} t={t} current="overview" />
      <h1>{t.overviewTitle}</h1>
      {overview ? <p className="lead">{format(t.queueOfficeLine, { office: `${overview.officeCode} – ${overview.officeName}` })}</p> : null}
      {isAdmin ? (
        <form method="get" action="/can-bo/tong-quan" className="bo-search">
          <div className="field">
            <label className="field__label" htmlFor="co-quan">
              {t.overviewChooseOffice}
            </label>
            <div className="bo-search__row">
              <select id="co-quan" name="co-quan" className="select" defaultValue={officeCode ?? ""}>
                <option value="">{t.staffOfficeNone}</option>
                {offices.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.code} – {o.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary">
                {t.overviewShow}
              </button>
            </div>
          </div>
        </form>
      ) : null}
      {overview ? (
        <>
          <div className="bo-figures">
            <Period t={t} tv={tv} id="today" title={t.periodToday} figures={overview.today} reasonLabel={reasonLabel} />
            <Period t={t} tv={tv} id="week" title={t.periodWeek} figures={overview.week} reasonLabel={reasonLabel} />
          </div>
          {/* Counter services (issue 12): unusual account-search volume today. */}
          <section aria-labelledby="counter-searches-heading">
            <h2 id="counter-searches-heading">{tc.overviewHeading}</h2>
            <p className="field__hint">{format(tc.overviewIntro, { threshold: COUNTER_SEARCHES_NOTABLE_PER_DAY })}</p>
            {overview.notableCounterSearchers.length === 0 ? (
              <p>{tc.overviewNone}</p>
            ) : (
              <table className="bo-table">
                <thead>
                  <tr>
                    <th scope="col">{tc.colStaff}</th>
                    <th scope="col" className="bo-number">
                      {tc.colSearches}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.notableCounterSearchers.map((s) => (
                    <tr key={s.staffId}>
                      <th scope="row">{s.fullName}</th>
                      <td className="bo-number">{s.searches}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <h2>{t.recentDecisionsHeading}</h2>
          {overview.recentDecisions.length === 0 ? (
            <p>{t.noDecisions}</p>
          ) : (
            <div className="bo-table-wrap" role="region" aria-label={t.recentDecisionsHeading} tabIndex={0}>
              <table className="bo-table">
                <thead>
                  <tr>
                    <th scope="col">{t.colTime}</th>
                    <th scope="col">{t.colReference}</th>
                    <th scope="col">{t.colDecision}</th>
                    <th scope="col">{t.colReason}</th>
                    <th scope="col">{t.colStaff}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.recentDecisions.map((line) => (
                    <tr key={`${line.reference}-${line.at.toISOString()}`}>
                      <td className="bo-nowrap">{formatDateTimeVi(line.at)}</td>
                      <td className="bo-nowrap">
                        <Link className="bo-reference" href={`/can-bo/ho-so/${line.reference}`}>
                          {line.reference}
                        </Link>
                      </td>
                      <td>{t[`decision_${line.decision}`]}</td>
                      <td>{line.reasonCode ? reasonLabel(line.reasonCode) : ""}</td>
                      <td>{line.staffName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
