// Benefits received, year by year (newest first), by kind within a year, with sums.
import { FactList } from "@/components/ui/fact-list";
import { formatVnd } from "@/lib/domain/money";
import { format } from "@/lib/i18n/catalog";
import { displayDate } from "./format";
import type { RecordsMessages } from "./types";

type Payment = { id: string; periodFrom: Date; periodTo: Date; amount: bigint; payingOffice: string; paidOn: Date };
export type BenefitYear = { year: number; total: bigint; kinds: { kind: string; total: bigint; payments: Payment[] }[] };

export function BenefitYears({ t, years }: { t: RecordsMessages; years: BenefitYear[] }) {
  return years.map((y) => (
    <section key={y.year} aria-labelledby={`benefits-${y.year}`}>
      <h2 id={`benefits-${y.year}`}>{format(t.benefitsYear, { year: y.year })}</h2>
      <p className="lead">{format(t.benefitsYearTotal, { year: y.year, amount: formatVnd(y.total) })}</p>
      {y.kinds.map((k) => (
        <div key={k.kind}>
          <h3>
            {(t as Record<string, string>)[`benefit_${k.kind}`] ?? k.kind}{" "}
            <span className="field__hint">({format(t.benefitsKindTotal, { count: k.payments.length, amount: formatVnd(k.total) })})</span>
          </h3>
          <ul className="records-list">
            {k.payments.map((p) => (
              <li key={p.id}>
                <FactList
                  facts={[
                    [t.benefitPeriod, format(t.visitDatesRange, { from: displayDate(p.periodFrom), to: displayDate(p.periodTo) })],
                    [t.benefitAmount, <strong key="amount">{formatVnd(p.amount)}</strong>],
                    [t.benefitPaidOn, displayDate(p.paidOn)],
                    [t.benefitOffice, p.payingOffice],
                  ]}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  ));
}
