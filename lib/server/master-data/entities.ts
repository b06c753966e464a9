import "server-only";
// The CSV files `npm run import:master-data` reads (docs/master-data-import.md): one per entity, in the
// order they are loaded (a file may refer to rows of the files before it), each column with the SQL
// that checks its text and the SQL that turns it into the stored value. `v` stands for the trimmed text
// (NULL when empty) in every expression.
import { BENEFIT_LEVEL_PERCENT } from "@/lib/domain/bhyt-card";
import { INSURANCE_SCHEMES } from "@/lib/domain/months";

export type ColumnSpec = {
  name: string;
  required: boolean;
  /** SQL true when v (not null) is acceptable. */
  check?: string;
  /** SQL of the stored value from v. */
  cast: string;
};

export type EntitySpec = {
  file: string;
  table: string;
  /** The columns that identify a row: an import updates the row with the same key. */
  key: string[];
  columns: ColumnSpec[];
  /** Checks across columns, on rows whose columns passed (SQL over the cast values c."…"). */
  rowChecks?: { reason: string; sql: string }[];
  /** Columns that must name an existing row of another table. */
  references?: { column: string; table: string; targetColumn: string }[];
  /** Extra stored columns computed from the cast ones. */
  computed?: { name: string; sql: string }[];
};

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
const text = (max: number): Pick<ColumnSpec, "check" | "cast"> => ({ check: `char_length(v) <= ${max}`, cast: "v" });
/**
 * SQL true when v is ASCII digits only and its length is one of `lengths`. Cheaper than an anchored regular
 * expression with a repeat count (about a quarter of the time per row, decision 0023), and stricter than `\d`,
 * which also matches other scripts' digits that a later `::bigint` would refuse.
 */
const digits = (...lengths: number[]) => `${lengths.length === 1 ? `octet_length(v) = ${lengths[0]}` : `octet_length(v) IN (${lengths.join(", ")})`} AND v !~ '[^0-9]'`;
const date: Pick<ColumnSpec, "check" | "cast"> = { check: `CASE WHEN v ~ '^\\d{4}-\\d{2}-\\d{2}$' AND pg_input_is_valid(v, 'date') THEN v::date BETWEEN '1900-01-01' AND '2199-12-31' ELSE false END`, cast: "v::date" };
const month: Pick<ColumnSpec, "check" | "cast"> = { check: `v ~ '^\\d{4}-(0[1-9]|1[0-2])$'`, cast: "v" };
const vnd: Pick<ColumnSpec, "check" | "cast"> = { check: `octet_length(v) <= 15 AND v !~ '[^0-9]'`, cast: "v::bigint" };
const bool: Pick<ColumnSpec, "check" | "cast"> = { check: `v IN ('true', 'false')`, cast: "v::boolean" };
const province: Pick<ColumnSpec, "check" | "cast"> = { check: digits(2), cast: "v" };
const bhxhCode: ColumnSpec = { name: "bhxhCode", required: true, check: digits(10), cast: "v" };
const sourceId: ColumnSpec = { name: "sourceId", required: true, ...text(64) };

export const ENTITIES: EntitySpec[] = [
  {
    file: "employers.csv",
    table: "Employer",
    key: ["code"],
    columns: [
      { name: "code", required: true, check: `v ~ '^[A-Z0-9]{3,15}$'`, cast: "v" },
      { name: "taxCode", required: false, check: `v ~ '^\\d{10}(-\\d{3})?$'`, cast: "v" },
      { name: "name", required: true, ...text(300) },
      { name: "address", required: true, ...text(500) },
      { name: "provinceCode", required: true, ...province },
    ],
  },
  {
    file: "medical-facilities.csv",
    table: "MedicalFacility",
    key: ["code"],
    columns: [
      { name: "code", required: true, check: digits(5), cast: "v" },
      { name: "name", required: true, ...text(300) },
      { name: "address", required: true, ...text(500) },
      { name: "level", required: true, check: `v IN ('primary', 'basic', 'specialized')`, cast: `v::"FacilityLevel"` },
      { name: "provinceCode", required: true, ...province },
      { name: "bhytContracted", required: true, ...bool },
      { name: "issuesSickLeave", required: true, ...bool },
    ],
  },
  {
    file: "participants.csv",
    table: "Participant",
    key: ["bhxhCode"],
    columns: [
      bhxhCode,
      { name: "fullName", required: true, ...text(100) },
      { name: "dateOfBirth", required: true, ...date },
      { name: "sex", required: true, check: `v IN ('male', 'female')`, cast: `v::"Sex"` },
      { name: "idNumber", required: false, check: digits(9, 12), cast: "v" },
      { name: "address", required: true, ...text(500) },
      { name: "phone", required: false, check: `v ~ '^\\+84\\d{9}$'`, cast: "v" },
    ],
    // Filled by the importer with the same folding as lib/domain/identifiers searchableText.
    computed: [{ name: "fullNameSearch", sql: "__SEARCHABLE__" }],
  },
  {
    file: "participation-periods.csv",
    table: "ParticipationPeriod",
    key: ["sourceId"],
    columns: [
      sourceId,
      bhxhCode,
      { name: "scheme", required: true, check: `v IN (${list(INSURANCE_SCHEMES)})`, cast: `v::"InsuranceScheme"` },
      { name: "fromMonth", required: true, ...month },
      { name: "toMonth", required: false, ...month },
      { name: "employerCode", required: false, check: `char_length(v) <= 15`, cast: "v" },
      { name: "jobTitle", required: false, ...text(200) },
      { name: "salaryBasis", required: true, ...vnd },
      { name: "rateBasisPoints", required: true, check: `CASE WHEN octet_length(v) <= 5 AND v !~ '[^0-9]' THEN v::int <= 10000 ELSE false END`, cast: "v::int" },
    ],
    rowChecks: [{ reason: "toMonth: before fromMonth", sql: `c."toMonth" IS NOT NULL AND c."toMonth" < c."fromMonth"` }],
    references: [
      { column: "bhxhCode", table: "Participant", targetColumn: "bhxhCode" },
      { column: "employerCode", table: "Employer", targetColumn: "code" },
    ],
  },
  {
    file: "health-insurance-cards.csv",
    table: "HealthInsuranceCard",
    key: ["cardNumber"],
    columns: [
      { name: "cardNumber", required: true, check: `v ~ '^[A-Z]{2}[${Object.keys(BENEFIT_LEVEL_PERCENT).join("")}]\\d{12}$'`, cast: "v" },
      bhxhCode,
      { name: "validFrom", required: true, ...date },
      { name: "validTo", required: false, ...date },
      { name: "facilityCode", required: true, check: digits(5), cast: "v" },
      { name: "fiveYearsFrom", required: false, ...date },
      { name: "issuedOn", required: true, ...date },
    ],
    rowChecks: [
      { reason: "cardNumber: does not end with bhxhCode", sql: `right(c."cardNumber", 10) <> c."bhxhCode"` },
      { reason: "validTo: before validFrom", sql: `c."validTo" IS NOT NULL AND c."validTo" < c."validFrom"` },
    ],
    references: [
      { column: "bhxhCode", table: "Participant", targetColumn: "bhxhCode" },
      { column: "facilityCode", table: "MedicalFacility", targetColumn: "code" },
    ],
  },
  {
    file: "benefit-payments.csv",
    table: "BenefitPayment",
    key: ["sourceId"],
    columns: [
      sourceId,
      bhxhCode,
      { name: "kind", required: true, check: `v IN ('sickness', 'maternity', 'convalescence', 'occupationalAccident', 'oneTime', 'pension', 'survivor', 'unemployment')`, cast: `v::"BenefitKind"` },
      { name: "periodFrom", required: true, ...date },
      { name: "periodTo", required: true, ...date },
      { name: "amount", required: true, ...vnd },
      { name: "payingOffice", required: true, ...text(200) },
      { name: "paidOn", required: true, ...date },
    ],
    rowChecks: [{ reason: "periodTo: before periodFrom", sql: `c."periodTo" < c."periodFrom"` }],
    references: [{ column: "bhxhCode", table: "Participant", targetColumn: "bhxhCode" }],
  },
  {
    file: "medical-visits.csv",
    table: "MedicalVisit",
    key: ["sourceId"],
    columns: [
      sourceId,
      bhxhCode,
      { name: "facilityCode", required: true, check: digits(5), cast: "v" },
      { name: "type", required: true, check: `v IN ('outpatient', 'inpatient')`, cast: `v::"VisitType"` },
      { name: "admittedOn", required: true, ...date },
      { name: "dischargedOn", required: true, ...date },
      { name: "icd10Code", required: true, check: `v ~ '^[A-Z]\\d{2}(\\.\\d{1,2})?$'`, cast: "v" },
      { name: "diagnosis", required: true, ...text(300) },
      { name: "totalCost", required: true, ...vnd },
      { name: "paidByInsurance", required: true, ...vnd },
      { name: "paidByPatient", required: true, ...vnd },
    ],
    rowChecks: [
      { reason: "dischargedOn: before admittedOn", sql: `c."dischargedOn" < c."admittedOn"` },
      { reason: "totalCost: not paidByInsurance + paidByPatient", sql: `c."totalCost" <> c."paidByInsurance" + c."paidByPatient"` },
    ],
    references: [
      { column: "bhxhCode", table: "Participant", targetColumn: "bhxhCode" },
      { column: "facilityCode", table: "MedicalFacility", targetColumn: "code" },
    ],
  },
];
