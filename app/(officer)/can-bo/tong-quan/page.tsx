// The supervisor's overview of one office, today and this week; admins choose the office.
import type { Metadata } from "next";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { formatDuration } from "@/components/back-office/format";
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

function Period({ t, id, title, figures, reasonLabel }: { t: Messages<"officer">; id: string; title: string; figures: PeriodFigures; reasonLabel: (code: string) => string }) {
  const to = new Date(figures.to.getTime() - 1);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="field__hint">{format(t.periodRange, { from: formatDateTimeVi(figures.from), to: formatDateTimeVi(to) })}</p>
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
              [t.metricApproved, figures.approved],
              [t.metricRejected, figures.rejected],
              [t.metricExpired, figures.expired],
              [t.metricMedian, figures.medianMinutesToDecision === null ? t.noValue : formatDuration(figures.medianMinutesToDecision, t)],
            ] as const
          ).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="bo-number">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.rejectedByReasonHeading}</h3>
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
      <h3>{t.byStaffHeading}</h3>
      {figures.byStaff.length === 0 ? (
        <p>{t.noDecisions}</p>
      ) : (
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
      )}
    </section>
  );
}

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireStaffPage({ roles: SUPERVISION_ROLES, returnTo: "/can-bo/tong-quan" });
  const [t, locale, params] = await Promise.all([getMessages("officer"), getLocale(), searchParams]);
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
            <Period t={t} id="today" title={t.periodToday} figures={overview.today} reasonLabel={reasonLabel} />
            <Period t={t} id="week" title={t.periodWeek} figures={overview.week} reasonLabel={reasonLabel} />
          </div>
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
