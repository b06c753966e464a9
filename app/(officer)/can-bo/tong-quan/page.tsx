// The supervisor's overview of one office; admins choose the office. It opens with what needs doing now
// (waiting, expiring within the reminder window, decided today), then the last 30 days as a server-drawn
// chart with the same numbers as a table, then today's and this week's figures.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import "@/components/back-office/back-office.css";
import { officeOptions } from "@/components/back-office/page-parts/office-options";
import { Select } from "@/components/ui/form-parts";
import { SearchBar } from "@/components/back-office/page-parts/search-bar";
import { DailyChart } from "@/components/back-office/daily-chart";
import { FigureTable } from "@/components/back-office/figure-table";
import { formatDuration } from "@/components/back-office/format";
import { COUNTER_SEARCHES_NOTABLE_PER_DAY } from "@/lib/domain/counter";
import { formatCalendarDate, formatDateTimeVi } from "@/lib/domain/dates";
import { REJECTION_REASONS } from "@/lib/domain/declaration-status";
import { format, translate, type Messages } from "@/lib/i18n/catalog";
import { requireStaffPage, SUPERVISION_ROLES } from "@/lib/server/auth/staff-guards";
import { getOfficeOverview, type DayFigures, type OfficeOverview, type PeriodFigures } from "@/lib/server/back-office/office-overview";
import { listOfficeOptions } from "@/lib/server/offices/office-options";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { StaffPage } from "../staff-page";

export const generateMetadata = titleMetadata("officer", "overviewTitle");

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
  const metrics = [
    [t.metricReceived, figures.received],
    [t.metricAssisted, figures.assisted],
    [t.metricApproved, figures.approved],
    [t.metricRejected, figures.rejected],
    [t.metricExpired, figures.expired],
    [t.metricMedian, figures.medianMinutesToDecision === null ? t.noValue : formatDuration(figures.medianMinutesToDecision, t)],
    [tv.accountsAtCounter, figures.activatedAtCounter],
    [tv.accountsOnline, figures.activatedOnline],
  ] as const;
  const countColumns = (first: string) => [{ label: first }, { label: t.colCount, numeric: true }];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="field__hint">{format(t.periodRange, { from: formatDateTimeVi(figures.from), to: formatDateTimeVi(to) })}</p>
      <FigureTable
        label={format(t.metricsCaption, { period: title })}
        caption={format(t.metricsCaption, { period: title })}
        columns={countColumns(t.colMetric)}
        rows={metrics.map(([label, value]) => ({ key: label, head: label, cells: [value] }))}
      />
      <h3>{t.rejectedByReasonHeading}</h3>
      <FigureTable
        label={t.rejectedByReasonHeading}
        columns={countColumns(t.colReason)}
        rows={REJECTION_REASONS.map((r) => ({ key: r.code, head: reasonLabel(r.code), cells: [figures.rejectedByReason[r.code]] }))}
      />
      <h3>{t.byStaffHeading}</h3>
      {figures.byStaff.length === 0 ? (
        <p>{t.noDecisions}</p>
      ) : (
        <FigureTable
          label={t.byStaffHeading}
          columns={[{ label: t.colStaff }, { label: t.colApproved, numeric: true }, { label: t.colRejected, numeric: true }]}
          rows={figures.byStaff.map((s) => ({ key: s.staffId, head: s.fullName, cells: [s.approved, s.rejected] }))}
        />
      )}
    </section>
  );
}

/** "dd/mm" of a "YYYY-MM-DD" day, for the chart's axis. */
const shortDay = (date: string) => formatCalendarDate(date).slice(0, 5);

/** What needs doing now, then the last 30 days as a chart and a table. */
function NowAndTrend({ t, overview }: { t: Messages<"officer">; overview: OfficeOverview }) {
  const { now, daily } = overview;
  const keys = ["received", "approved", "rejected", "expired"] as const satisfies readonly (keyof DayFigures)[];
  const series = keys.map((key) => ({ key, label: t[`series_${key}`], values: daily.map((d) => d[key]) }));
  const first = daily[0]?.date ?? "";
  const last = daily[daily.length - 1]?.date ?? "";
  const caption = format(t.chartTableCaption, { from: formatCalendarDate(first), to: formatCalendarDate(last) });
  const tiles = [
    { key: "waiting", value: now.waiting, label: t.nowWaiting },
    { key: "expiring", value: now.expiringSoon, label: format(t.nowExpiringSoon, { days: now.withinDays }), urgent: now.expiringSoon > 0 },
    { key: "decided", value: now.decidedToday, label: t.nowDecidedToday },
  ];
  return (
    <>
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">{t.overviewNowHeading}</h2>
        <ul className="bo-tiles">
          {tiles.map((tile) => (
            <li key={tile.key} className={tile.urgent ? "bo-tile bo-tile--urgent" : "bo-tile"}>
              <span className="bo-tile__number">{tile.value}</span>
              <span className="bo-tile__label">{tile.label}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/can-bo">{t.nowOpenQueue}</Link>
        </p>
      </section>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{format(t.chartHeading, { days: daily.length })}</h2>
        <DailyChart days={daily.map((d) => d.date)} dayLabels={daily.map((d) => shortDay(d.date))} series={series} label={format(t.chartImageLabel, { days: daily.length })} />
        <details className="bo-chart__table">
          <summary>{t.chartTableSummary}</summary>
          <FigureTable
            label={caption}
            caption={caption}
            columns={[{ label: t.chartColDay }, ...series.map((s) => ({ label: s.label, numeric: true }))]}
            rows={[...daily].reverse().map((d) => ({ key: d.date, head: formatCalendarDate(d.date), cells: keys.map((k) => d[k]) }))}
          />
        </details>
      </section>
    </>
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
    <StaffPage principal={principal} t={t} current="overview" title={t.overviewTitle} className="bo-wide">
      {overview ? <p className="lead">{format(t.queueOfficeLine, { office: `${overview.officeCode} – ${overview.officeName}` })}</p> : null}
      {isAdmin ? (
        <SearchBar action="/can-bo/tong-quan" id="co-quan" label={t.overviewChooseOffice} submit={t.overviewShow} secondary>
          {() => <Select id="co-quan" name="co-quan" className="select" defaultValue={officeCode ?? ""} options={[{ value: "", label: t.staffOfficeNone }, ...officeOptions(offices)]} />}
        </SearchBar>
      ) : null}
      {overview ? (
        <>
          <NowAndTrend t={t} overview={overview} />
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
              <FigureTable
                label={tc.overviewHeading}
                columns={[{ label: tc.colStaff }, { label: tc.colSearches, numeric: true }]}
                rows={overview.notableCounterSearchers.map((s) => ({ key: s.staffId, head: s.fullName, cells: [s.searches] }))}
              />
            )}
          </section>
          <h2>{t.recentDecisionsHeading}</h2>
          {overview.recentDecisions.length === 0 ? (
            <p>{t.noDecisions}</p>
          ) : (
            <FigureTable
              label={t.recentDecisionsHeading}
              columns={[{ label: t.colTime, nowrap: true }, { label: t.colReference, nowrap: true }, { label: t.colDecision }, { label: t.colReason }, { label: t.colStaff }]}
              rows={overview.recentDecisions.map((line) => ({
                key: `${line.reference}-${line.at.toISOString()}`,
                cells: [
                  formatDateTimeVi(line.at),
                  <Link key="reference" className="bo-reference" href={`/can-bo/ho-so/${line.reference}`}>
                    {line.reference}
                  </Link>,
                  t[`decision_${line.decision}`],
                  line.reasonCode ? reasonLabel(line.reasonCode) : "",
                  line.staffName,
                ],
              }))}
            />
          )}
        </>
      ) : null}
    </StaffPage>
  );
}
