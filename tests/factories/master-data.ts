// Synthetic master data, deterministic from a seed: a registry of medical facilities and employers
// across the 34 provinces, and for a person a realistic career (jobs, gaps, voluntary periods), a
// BHYT card, benefits (a maternity benefit for mothers, sick leave) and medical visits. Shared by
// prisma/seed.ts, the tests and the benches. Every row is marked synthetic.
import { buildBhytCardNumber, BENEFIT_LEVEL_PERCENT } from "@/lib/domain/bhyt-card";
import { monthFromIndex, monthIndex, monthOf, type InsuranceScheme } from "@/lib/domain/months";
import type { UnitRow } from "./administrative-units";
import { createRng, type Rng } from "./random";
import type { MedicalVisitFacts } from "@/lib/schemas/records";

export type FacilityFixture = {
  code: string;
  name: string;
  address: string;
  level: "primary" | "basic" | "specialized";
  provinceCode: string;
  bhytContracted: boolean;
  issuesSickLeave: boolean;
  synthetic: true;
};

export type EmployerFixture = { code: string; taxCode: string; name: string; address: string; provinceCode: string; synthetic: true };

export type PeriodFixture = {
  sourceId: string;
  bhxhCode: string;
  scheme: InsuranceScheme;
  fromMonth: string;
  toMonth: string | null;
  employerCode: string | null;
  jobTitle: string | null;
  salaryBasis: bigint;
  rateBasisPoints: number;
  synthetic: true;
};

export type CardFixture = {
  cardNumber: string;
  bhxhCode: string;
  validFrom: Date;
  validTo: Date | null;
  facilityCode: string;
  fiveYearsFrom: Date | null;
  issuedOn: Date;
  synthetic: true;
};

export type BenefitFixture = {
  sourceId: string;
  bhxhCode: string;
  kind: "sickness" | "maternity" | "convalescence" | "oneTime" | "unemployment";
  periodFrom: Date;
  periodTo: Date;
  amount: bigint;
  payingOffice: string;
  paidOn: Date;
  synthetic: true;
};

export type VisitFixture = MedicalVisitFacts & {
  sourceId: string;
  bhxhCode: string;
  facilityCode: string;
  synthetic: true;
};

export type MasterRecordsFixture = { periods: PeriodFixture[]; card: CardFixture; benefits: BenefitFixture[]; visits: VisitFixture[] };

const STREETS = ["đường Lê Lợi", "đường Trần Phú", "phố Nguyễn Du", "đường Hùng Vương", "đường Lý Thường Kiệt", "đường Nguyễn Huệ", "đường Quang Trung", "đường Lê Duẩn"];
const EMPLOYER_KINDS = ["Công ty TNHH May mặc", "Công ty Cổ phần Điện tử", "Công ty TNHH Thực phẩm", "Công ty Cổ phần Xây dựng", "Công ty TNHH Giày da", "Công ty Cổ phần Vận tải", "Công ty TNHH Phần mềm", "Công ty Cổ phần Thương mại", "Hợp tác xã Nông nghiệp"];
const EMPLOYER_NAMES = ["An Phát", "Bình Minh", "Hòa Bình", "Thành Công", "Việt Tiến", "Sông Hồng", "Phương Nam", "Đại Dương", "Hưng Thịnh", "Tân Tiến", "Hồng Hà", "Nam Việt"];
const JOBS = ["Công nhân may", "Công nhân lắp ráp", "Kế toán viên", "Nhân viên kinh doanh", "Lái xe", "Kỹ sư phần mềm", "Thợ hàn", "Nhân viên kho", "Tổ trưởng sản xuất", "Nhân viên hành chính"];
const ICD10: { code: string; name: string; inpatient: boolean }[] = [
  { code: "J06.9", name: "Nhiễm trùng đường hô hấp trên cấp", inpatient: false },
  { code: "I10", name: "Tăng huyết áp vô căn (nguyên phát)", inpatient: false },
  { code: "K29.7", name: "Viêm dạ dày, không đặc hiệu", inpatient: false },
  { code: "E11.9", name: "Bệnh đái tháo đường type 2 không có biến chứng", inpatient: false },
  { code: "M54.5", name: "Đau vùng thắt lưng", inpatient: false },
  { code: "H10.9", name: "Viêm kết mạc, không đặc hiệu", inpatient: false },
  { code: "J18.9", name: "Viêm phổi, không đặc hiệu", inpatient: true },
  { code: "K35.8", name: "Viêm ruột thừa cấp, khác và không đặc hiệu", inpatient: true },
  { code: "A09", name: "Tiêu chảy và viêm dạ dày – ruột do nhiễm trùng", inpatient: true },
  { code: "S52.5", name: "Gãy đầu dưới xương quay", inpatient: true },
];
const BIRTH = { code: "O80", name: "Đẻ thường một thai", inpatient: true };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const DAY_MS = 24 * 60 * 60 * 1000;
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const firstDayOf = (month: string) => utcDate(`${month}-01`);
const roundThousand = (n: number) => BigInt(Math.round(n / 1000) * 1000);

/** Eight facilities per province (one specialised hospital, two basic, five primary): 272 in all. */
export function buildMedicalFacilities(provinces: readonly UnitRow[]): FacilityFixture[] {
  const rng = createRng(115);
  return provinces.flatMap((province) => {
    const where = () => `Số ${rng.int(1, 400)} ${rng.pick(STREETS)}, ${province.fullName}`;
    const names: [FacilityFixture["level"], string][] = [
      ["specialized", `Bệnh viện Đa khoa ${province.fullName.replace(/^Thành phố/, "thành phố").replace(/^Tỉnh/, "tỉnh")}`],
      ["basic", `Bệnh viện Đa khoa khu vực ${rng.pick(EMPLOYER_NAMES)}, ${province.name}`],
      ["basic", `Trung tâm Y tế khu vực ${rng.pick(EMPLOYER_NAMES)}, ${province.name}`],
      ...Array.from({ length: 5 }, (_, i) => ["primary", `Trạm Y tế số ${i + 1}, ${province.name}`] as [FacilityFixture["level"], string]),
    ];
    return names.map(([level, name], i) => ({
      code: `${province.code}${pad(i + 1, 3)}`,
      name: `${name} (dữ liệu mô phỏng)`,
      address: where(),
      level,
      provinceCode: province.code,
      bhytContracted: true,
      issuesSickLeave: level !== "primary" || i % 2 === 0,
      synthetic: true as const,
    }));
  });
}

/** Nine employers per province: 306 in all. Codes "DV" + province + 4 digits. */
export function buildEmployers(provinces: readonly UnitRow[]): EmployerFixture[] {
  const rng = createRng(1995);
  return provinces.flatMap((province) =>
    Array.from({ length: 9 }, (_, i) => ({
      code: `DV${province.code}${pad(i + 1, 4)}`,
      taxCode: `0${rng.digits(9)}`,
      name: `${EMPLOYER_KINDS[i % EMPLOYER_KINDS.length]} ${rng.pick(EMPLOYER_NAMES)} ${province.name} (dữ liệu mô phỏng)`,
      address: `Lô ${rng.int(1, 60)}, Khu công nghiệp ${rng.pick(EMPLOYER_NAMES)}, ${province.fullName}`,
      provinceCode: province.code,
      synthetic: true as const,
    })),
  );
}

export type CareerPerson = { bhxhCode: string; dateOfBirth: string; sex: "male" | "female" };
export type CareerOptions = {
  /** The day the data is made for: the last month of open periods, the card validity. */
  today: Date;
  /** Make the card end within CARD_EXPIRY_WARNING_DAYS (to show the notice). */
  cardExpiringSoon?: boolean;
  /** Where the person lives (their employers, card facility): a province code of the registry. */
  provinceCode?: string;
};

/** A career from 18–24 years old to today, its card, benefits and visits. Deterministic for (seed, person, today). */
export function buildMasterRecords(rng: Rng, person: CareerPerson, employers: readonly EmployerFixture[], facilities: readonly FacilityFixture[], options: CareerOptions): MasterRecordsFixture {
  const current = monthIndex(monthOf(options.today))!;
  const birth = monthIndex(person.dateOfBirth.slice(0, 7))!;
  const provinceCode = options.provinceCode ?? rng.pick(employers).provinceCode;
  const localEmployers = employers.filter((e) => e.provinceCode === provinceCode);
  const localFacilities = facilities.filter((f) => f.provinceCode === provinceCode);
  const employerPool = localEmployers.length > 0 ? localEmployers : employers;
  const facilityPool = localFacilities.length > 0 ? localFacilities : facilities;
  const periods: PeriodFixture[] = [];
  const benefits: BenefitFixture[] = [];
  const visits: VisitFixture[] = [];
  const id = (kind: string, n: number) => `demo-${person.bhxhCode}-${kind}${n}`;
  const push = (scheme: InsuranceScheme, from: number, to: number | null, employer: EmployerFixture | null, job: string | null, salary: bigint, rate: number) =>
    periods.push({
      sourceId: id("p", periods.length + 1),
      bhxhCode: person.bhxhCode,
      scheme,
      fromMonth: monthFromIndex(from),
      toMonth: to === null ? null : monthFromIndex(to),
      employerCode: employer?.code ?? null,
      jobTitle: job,
      salaryBasis: salary,
      rateBasisPoints: rate,
      synthetic: true,
    });

  let month = Math.max(birth + 12 * rng.int(18, 24) + rng.int(0, 11), current - 12 * 25);
  let salary = 4_500_000 + rng.int(0, 30) * 100_000;
  let employed = false;
  const compulsorySpells: { from: number; to: number }[] = [];
  while (month <= current) {
    const voluntary = rng.next() < 0.15;
    const length = rng.int(voluntary ? 6 : 12, voluntary ? 24 : 60);
    const end = Math.min(current, month + length - 1);
    const open = end === current && rng.next() < 0.8 ? null : end;
    if (voluntary) {
      push("voluntarySocial", month, open, null, null, roundThousand(salary * 0.6), 2200);
      employed = false;
    } else {
      const employer = rng.pick(employerPool);
      const job = rng.pick(JOBS);
      // A raise part-way through a longer job is a new period with the new basis.
      const raiseAt = end - month >= 24 ? month + rng.int(12, end - month - 6) : null;
      const spells = raiseAt === null ? [[month, open]] : [[month, raiseAt - 1], [raiseAt, open]];
      for (const [from, to] of spells as [number, number | null][]) {
        const basis = roundThousand(salary);
        push("compulsorySocial", from, to, employer, job, basis, 2550);
        push("unemployment", from, to, employer, job, basis, 200);
        push("occupationalAccident", from, to, employer, job, basis, 50);
        push("health", from, to, employer, job, basis, 450);
        salary *= 1 + rng.int(5, 15) / 100;
      }
      compulsorySpells.push({ from: month, to: end });
      employed = open === null;
    }
    salary *= 1 + rng.int(3, 10) / 100;
    // A gap between jobs: sometimes none, sometimes a few months.
    month = end + 1 + (rng.next() < 0.4 ? 0 : rng.int(1, 8));
  }

  // Benefits: a maternity benefit for a mother with at least 6 months paid, sick leave now and then.
  let benefitSeq = 0;
  const office = `BHXH cơ sở khu vực ${provinceCode}`;
  const spell = compulsorySpells.find((s) => s.to - s.from >= 12);
  let birthVisit: { date: Date } | null = null;
  if (person.sex === "female" && spell) {
    const from = firstDayOf(monthFromIndex(spell.from + rng.int(8, spell.to - spell.from)));
    const to = addDays(from, 183);
    benefits.push({ sourceId: id("b", ++benefitSeq), bhxhCode: person.bhxhCode, kind: "maternity", periodFrom: from, periodTo: to, amount: roundThousand(salary * 0.7 * 6 + 2 * 2_340_000), payingOffice: office, paidOn: addDays(to, rng.int(5, 30)), synthetic: true });
    birthVisit = { date: addDays(from, rng.int(1, 10)) };
  }
  for (const s of compulsorySpells.slice(0, 3)) {
    if (rng.next() < 0.5) continue;
    const from = addDays(firstDayOf(monthFromIndex(s.from + rng.int(0, Math.max(0, s.to - s.from)))), rng.int(0, 20));
    const days = rng.int(2, 7);
    benefits.push({ sourceId: id("b", ++benefitSeq), bhxhCode: person.bhxhCode, kind: "sickness", periodFrom: from, periodTo: addDays(from, days - 1), amount: roundThousand((salary * 0.75 * days) / 24), payingOffice: office, paidOn: addDays(from, rng.int(20, 45)), synthetic: true });
  }

  // The card: DN while employed, GD (household) otherwise; mức hưởng 4 (80 %).
  const group = employed ? "DN" : "GD";
  const level = 4;
  const cardProvince = /^\d{2}$/.test(person.bhxhCode.slice(0, 2)) ? person.bhxhCode.slice(0, 2) : "01";
  const todayIso = isoOf(options.today);
  const validTo = options.cardExpiringSoon ? addDays(utcDate(todayIso), rng.int(5, 25)) : addDays(utcDate(todayIso), rng.int(60, 330));
  const validFrom = addDays(validTo, -364);
  const firstHealth = periods.find((p) => p.scheme === "health" || p.scheme === "voluntarySocial");
  const fiveYears = firstHealth ? addDays(firstDayOf(monthFromIndex(monthIndex(firstHealth.fromMonth)! + 60)), 0) : null;
  const primaryCare = rng.pick(facilityPool.filter((f) => f.level !== "specialized"));
  const card: CardFixture = {
    cardNumber: buildBhytCardNumber({ beneficiaryGroup: group, benefitLevel: level, provinceCode: cardProvince, bhxhCode: person.bhxhCode }),
    bhxhCode: person.bhxhCode,
    validFrom,
    validTo,
    facilityCode: primaryCare.code,
    fiveYearsFrom: fiveYears && fiveYears.getTime() <= options.today.getTime() ? fiveYears : null,
    issuedOn: addDays(validFrom, -rng.int(3, 20)),
    synthetic: true,
  };

  // Visits: a few outpatient ones a year, a hospital stay now and then, the birth if any.
  const share = BENEFIT_LEVEL_PERCENT[level]!;
  const visitCount = rng.int(4, 12);
  const visit = (diagnosis: { code: string; name: string; inpatient: boolean }, admitted: Date) => {
    const inpatient = diagnosis.inpatient;
    const days = inpatient ? rng.int(2, 9) : 0;
    const facility = inpatient ? rng.pick(facilityPool.filter((f) => f.level !== "primary")) : primaryCare;
    const total = inpatient ? rng.int(3_000, 40_000) * 1000 : rng.int(150, 1_500) * 1000;
    const byInsurance = BigInt(Math.floor((total * share) / 100 / 1000) * 1000);
    visits.push({
      sourceId: id("v", visits.length + 1),
      bhxhCode: person.bhxhCode,
      facilityCode: facility.code,
      type: inpatient ? "inpatient" : "outpatient",
      admittedOn: admitted,
      dischargedOn: addDays(admitted, days),
      icd10Code: diagnosis.code,
      diagnosis: diagnosis.name,
      totalCost: BigInt(total),
      paidByInsurance: byInsurance,
      paidByPatient: BigInt(total) - byInsurance,
      synthetic: true,
    });
  };
  const since = utcDate(`${monthFromIndex(Math.max(current - 48, birth + 18 * 12))}-01`).getTime();
  const todayMs = utcDate(todayIso).getTime();
  for (let i = 0; i < visitCount; i++) {
    const diagnosis = rng.next() < 0.2 ? rng.pick(ICD10.filter((d) => d.inpatient)) : rng.pick(ICD10.filter((d) => !d.inpatient));
    visit(diagnosis, new Date(since + Math.floor(rng.next() * ((todayMs - since) / DAY_MS - 10)) * DAY_MS));
  }
  if (birthVisit) visit(BIRTH, birthVisit.date);
  return { periods, card, benefits, visits };
}

/** Fresh rows for one person, written through Prisma (tests); returns what was written. */
export async function createMasterRecords(
  prisma: import("@/lib/server/db/client").PrismaClient,
  person: CareerPerson,
  options: CareerOptions & { seed?: number },
): Promise<MasterRecordsFixture> {
  const { loadAdministrativeUnits } = await import("./administrative-units");
  const { provinces } = loadAdministrativeUnits();
  const facilities = buildMedicalFacilities(provinces);
  const employers = buildEmployers(provinces);
  await prisma.medicalFacility.createMany({ data: facilities, skipDuplicates: true });
  await prisma.employer.createMany({ data: employers, skipDuplicates: true });
  const records = buildMasterRecords(createRng(options.seed ?? Number(person.bhxhCode.slice(-6))), person, employers, facilities, options);
  await writeMasterRecords(prisma, [records]);
  return records;
}

/** The SQL type of each column to fill; a column holds the row's field of the same name. */
type Columns<Row> = { [Name in keyof Row & string]?: string };

/** A field as the text PostgreSQL casts back: dates as YYYY-MM-DD (they are calendar days), the rest as written. */
const cell = (value: unknown): string | null => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** INSERT … SELECT FROM unnest(arrays): one statement per 20,000 rows (Prisma's createMany is far slower here). */
async function insertRows<Row>(prisma: import("@/lib/server/db/client").PrismaClient, table: string, types: Columns<Row>, rows: readonly Row[]): Promise<void> {
  const size = 20_000;
  const columns = Object.entries(types) as [keyof Row & string, string][];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const selects = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
    const casts = columns.map(([name, type], i) => `c${i}::${type} AS "${name}"`).join(", ");
    await prisma.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(", ")}, "updatedAt")
       SELECT ${casts}, now() FROM unnest(${selects}) AS t(${columns.map((_, i) => `c${i}`).join(", ")})
       ON CONFLICT DO NOTHING`,
      ...columns.map(([name]) => chunk.map((row) => cell(row[name]))),
    );
  }
}

/** Writes built records in a few batched inserts. */
export async function writeMasterRecords(prisma: import("@/lib/server/db/client").PrismaClient, all: readonly MasterRecordsFixture[]): Promise<void> {
  await insertRows<PeriodFixture>(prisma, "ParticipationPeriod", {
    sourceId: "text", bhxhCode: "text", scheme: '"InsuranceScheme"', fromMonth: "char(7)", toMonth: "char(7)",
    employerCode: "text", jobTitle: "text", salaryBasis: "bigint", rateBasisPoints: "int", synthetic: "boolean",
  }, all.flatMap((r) => r.periods));
  await insertRows<CardFixture>(prisma, "HealthInsuranceCard", {
    cardNumber: "char(15)", bhxhCode: "text", validFrom: "date", validTo: "date", facilityCode: "text", fiveYearsFrom: "date", issuedOn: "date", synthetic: "boolean",
  }, all.map((r) => r.card));
  await insertRows<BenefitFixture>(prisma, "BenefitPayment", {
    sourceId: "text", bhxhCode: "text", kind: '"BenefitKind"', periodFrom: "date", periodTo: "date", amount: "bigint", payingOffice: "text", paidOn: "date", synthetic: "boolean",
  }, all.flatMap((r) => r.benefits));
  await insertRows<VisitFixture>(prisma, "MedicalVisit", {
    sourceId: "text", bhxhCode: "text", facilityCode: "text", type: '"VisitType"', admittedOn: "date", dischargedOn: "date", icd10Code: "text", diagnosis: "text",
    totalCost: "bigint", paidByInsurance: "bigint", paidByPatient: "bigint", synthetic: "boolean",
  }, all.flatMap((r) => r.visits));
}
