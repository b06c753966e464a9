// The participation history: totals per scheme (with gaps), a scheme filter that works without
// scripts (a GET form), and the periods as cards on a phone.
import type { ParticipationPeriodView } from "@/lib/schemas/records";
import { FactList } from "@/components/ui/fact-list";
import { SelectField } from "@/components/ui/form-parts";
import { RegionTable } from "@/components/ui/region-table";
import { INSURANCE_SCHEMES, type InsuranceScheme, type SchemeTotal, type YearsMonths } from "@/lib/domain/months";
import { formatRate, formatVnd } from "@/lib/domain/money";
import { format } from "@/lib/i18n/catalog";
import { displayMonth } from "./format";
import type { RecordsMessages } from "./types";

export function formatDuration(t: RecordsMessages, d: YearsMonths): string {
  if (d.years === 0) return format(t.durationMonths, { months: d.months });
  if (d.months === 0) return format(t.durationYears, { years: d.years });
  return format(t.duration, d);
}

export function ParticipationTotals({ t, totals, socialInsurance }: { t: RecordsMessages; totals: SchemeTotal[]; socialInsurance: YearsMonths }) {
  return (
    <>
      <h2>{t.totalsHeading}</h2>
      <RegionTable wrapClassName="records-table-wrap" caption={t.totalsCaption} captionId="totals-caption" columns={[t.schemeColumn, t.totalColumn, t.gapsColumn]}>
        {totals.map((total) => (
          <tr key={total.scheme}>
            <th scope="row">{t[`scheme_${total.scheme}`]}</th>
            <td className="records-nowrap">{formatDuration(t, total.duration)}</td>
            <td>
              {total.gaps.length === 0
                ? t.gapsNone
                : total.gaps.map((g) => <div key={g.fromMonth}>{format(t.gapItem, { from: displayMonth(g.fromMonth), to: displayMonth(g.toMonth), months: g.months })}</div>)}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t.socialTotal}</th>
          <td className="records-nowrap">{formatDuration(t, socialInsurance)}</td>
          <td />
        </tr>
      </RegionTable>
      <p className="field__hint">{t.totalsNote}</p>
    </>
  );
}

export function SchemeFilter({ t, selected, action }: { t: RecordsMessages; selected: InsuranceScheme | null; action: string }) {
  return (
    <form method="get" action={action} className="records-filter">
      <SelectField
        id="scheme-filter"
        name="loai"
        label={t.filterLabel}
        className="input"
        defaultValue={selected ?? ""}
        options={[{ value: "", label: t.filterAll }, ...INSURANCE_SCHEMES.map((s) => ({ value: s, label: t[`scheme_${s}`] }))]}
      />
      <button type="submit" className="button button--secondary">
        {t.filterSubmit}
      </button>
    </form>
  );
}

export type PeriodItem = ParticipationPeriodView;

export function PeriodList({ t, periods }: { t: RecordsMessages; periods: PeriodItem[] }) {
  return (
    <ul className="records-list" aria-labelledby="periods-heading">
      {periods.map((p) => (
        <li key={p.id}>
          <p className="records-list__title">
            <span>{p.toMonth ? `${displayMonth(p.fromMonth)} – ${displayMonth(p.toMonth)}` : format(t.periodOngoing, { from: displayMonth(p.fromMonth) })}</span>
            <span className="tag">{t[`scheme_${p.scheme}`]}</span>
          </p>
          <FactList
            facts={[
              [t.employerColumn, p.employerName ? `${p.employerName} (${p.employerCode})` : t.employerNone],
              p.jobTitle ? [t.jobColumn, p.jobTitle] : null,
              [t.basisColumn, formatVnd(p.salaryBasis)],
              [t.rateColumn, formatRate(p.rateBasisPoints)],
              [t.monthsColumn, p.months],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
