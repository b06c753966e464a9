// Medical visits: the list (newest first) and one visit's costs, split between BHYT and the person.
import Link from "next/link";
import { FactList, SummaryList } from "@/components/ui/fact-list";
import { RegionTable } from "@/components/ui/region-table";
import type { MedicalVisitView } from "@/lib/schemas/records";
import { formatVnd } from "@/lib/domain/money";
import { format } from "@/lib/i18n/catalog";
import { displayDate } from "./format";
import type { RecordsMessages } from "./types";

export type VisitItem = MedicalVisitView;

const dates = (t: RecordsMessages, v: VisitItem) =>
  v.admittedOn.getTime() === v.dischargedOn.getTime() ? displayDate(v.admittedOn) : format(t.visitDatesRange, { from: displayDate(v.admittedOn), to: displayDate(v.dischargedOn) });

export function VisitList({ t, visits }: { t: RecordsMessages; visits: VisitItem[] }) {
  return (
    <ul className="records-list">
      {visits.map((v) => (
        <li key={v.id}>
          <p className="records-list__title">
            <span>{dates(t, v)}</span>
            <span className={`tag ${v.type === "inpatient" ? "tag--yellow" : ""}`}>{t[`visitType_${v.type}`]}</span>
          </p>
          <FactList
            facts={[
              [t.visitFacility, v.facilityName],
              [
                t.visitDiagnosis,
                <>
                  {v.icd10Code} – {v.diagnosis}
                </>,
              ],
              [t.visitTotal, formatVnd(v.totalCost)],
            ]}
          />
          <p>
            <Link href={`/tai-khoan/lich-su-kcb/${v.id}`} aria-label={format(t.visitDetailLinkFor, { date: displayDate(v.admittedOn) })}>
              {t.visitDetailLink}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function VisitDetail({ t, visit, facilityAddress }: { t: RecordsMessages; visit: VisitItem; facilityAddress: string }) {
  return (
    <>
      <SummaryList
        facts={[
          [t.visitDates, dates(t, visit)],
          [t.visitType, t[`visitType_${visit.type}`]],
          [t.visitFacility, visit.facilityName],
          [t.visitFacilityAddress, facilityAddress],
          [t.visitIcd, visit.icd10Code],
          [t.visitDiagnosis, visit.diagnosis],
        ]}
      />
      <h2>{t.visitCosts}</h2>
      <RegionTable wrapClassName="records-table-wrap" caption={t.visitCostsCaption} captionId="costs-caption">
        <tr>
          <th scope="row">{t.visitPaidByInsurance}</th>
          <td className="records-amount">{formatVnd(visit.paidByInsurance)}</td>
        </tr>
        <tr>
          <th scope="row">{t.visitPaidByPatient}</th>
          <td className="records-amount">{formatVnd(visit.paidByPatient)}</td>
        </tr>
        <tr>
          <th scope="row">{t.visitTotal}</th>
          <td className="records-amount">
            <strong>{formatVnd(visit.totalCost)}</strong>
          </td>
        </tr>
      </RegionTable>
    </>
  );
}
