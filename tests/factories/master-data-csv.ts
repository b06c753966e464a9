// Writes master-data fixtures as the CSV files `npm run import:master-data` reads (one per entity, the
// documented header, UTF-8). Used by the import tests and the import bench.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import type { BenefitFixture, CardFixture, EmployerFixture, FacilityFixture, PeriodFixture, VisitFixture } from "./master-data";

export type ParticipantCsvRow = { bhxhCode: string; fullName: string; dateOfBirth: string; sex: "male" | "female"; idNumber: string | null; address: string; phone: string | null };

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | bigint | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: Parameters<typeof csvField>[0][]) => `${values.map(csvField).join(",")}\n`;

export const CSV_COLUMNS = {
  "employers.csv": ["code", "taxCode", "name", "address", "provinceCode"],
  "medical-facilities.csv": ["code", "name", "address", "level", "provinceCode", "bhytContracted", "issuesSickLeave"],
  "participants.csv": ["bhxhCode", "fullName", "dateOfBirth", "sex", "idNumber", "address", "phone"],
  "participation-periods.csv": ["sourceId", "bhxhCode", "scheme", "fromMonth", "toMonth", "employerCode", "jobTitle", "salaryBasis", "rateBasisPoints"],
  "health-insurance-cards.csv": ["cardNumber", "bhxhCode", "validFrom", "validTo", "facilityCode", "fiveYearsFrom", "issuedOn"],
  "benefit-payments.csv": ["sourceId", "bhxhCode", "kind", "periodFrom", "periodTo", "amount", "payingOffice", "paidOn"],
  "medical-visits.csv": ["sourceId", "bhxhCode", "facilityCode", "type", "admittedOn", "dischargedOn", "icd10Code", "diagnosis", "totalCost", "paidByInsurance", "paidByPatient"],
} as const;

export type CsvFile = keyof typeof CSV_COLUMNS;

type RowOf = {
  "employers.csv": EmployerFixture;
  "medical-facilities.csv": FacilityFixture;
  "participants.csv": ParticipantCsvRow;
  "participation-periods.csv": PeriodFixture;
  "health-insurance-cards.csv": CardFixture;
  "benefit-payments.csv": BenefitFixture;
  "medical-visits.csv": VisitFixture;
};

/** The CSV text of rows (header included). */
export function toCsv<F extends CsvFile>(file: F, rows: readonly RowOf[F][]): string {
  const columns = CSV_COLUMNS[file];
  return csvLine([...columns]) + rows.map((row) => csvLine(columns.map((c) => (row as Record<string, Parameters<typeof csvField>[0]>)[c]))).join("");
}

/** A streaming writer that respects back-pressure (for the bench's millions of rows). */
export async function writeCsvStream<F extends CsvFile>(folder: string, file: F, rows: Iterable<RowOf[F]>): Promise<number> {
  const out: WriteStream = createWriteStream(path.join(folder, file));
  const columns = CSV_COLUMNS[file];
  let count = 0;
  let buffer = csvLine([...columns]);
  for (const row of rows) {
    buffer += csvLine(columns.map((c) => (row as Record<string, Parameters<typeof csvField>[0]>)[c]));
    count++;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  return count;
}
