import "server-only";
// The holder's medical visits paid by BHYT, newest first, by keyset pages on (admittedOn, id), and one
// visit's detail. Both scoped by the BHXH code: another person's visit id is simply not found.
import { Prisma, prisma, type PrismaClient } from "../db/client";

export const VISITS_PAGE_SIZE = 20;

/** Opaque cursor "YYYY-MM-DD.id" of the last visit of a page. */
export function encodeVisitCursor(admittedOn: Date, id: bigint): string {
  return `${admittedOn.toISOString().slice(0, 10)}.${id}`;
}

export function decodeVisitCursor(cursor: string | undefined): { admittedOn: Date; id: bigint } | null {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2})\.(\d{1,18})$/.exec(cursor) : null;
  if (!match) return null;
  const admittedOn = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(admittedOn.getTime()) ? null : { admittedOn, id: BigInt(match[2]!) };
}

type VisitRow = {
  id: string;
  type: "outpatient" | "inpatient";
  admittedOn: string;
  dischargedOn: string;
  icd10Code: string;
  diagnosis: string;
  totalCost: string;
  paidByInsurance: string;
  paidByPatient: string;
  facilityCode: string;
  facilityName: string;
  facilityAddress: string;
};

// One round trip per page or visit: the visit with its facility (ids, dates and amounts as text: exact, whatever the driver maps).
const VISIT_COLUMNS = Prisma.sql`v.id::text AS id, v.type::text AS type, v."admittedOn"::text AS "admittedOn", v."dischargedOn"::text AS "dischargedOn",
  v."icd10Code", v.diagnosis, v."totalCost"::text AS "totalCost", v."paidByInsurance"::text AS "paidByInsurance", v."paidByPatient"::text AS "paidByPatient",
  v."facilityCode", f.name AS "facilityName", f.address AS "facilityAddress"`;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function toVisit(row: VisitRow) {
  return {
    id: row.id,
    type: row.type,
    admittedOn: day(row.admittedOn),
    dischargedOn: day(row.dischargedOn),
    icd10Code: row.icd10Code,
    diagnosis: row.diagnosis,
    totalCost: BigInt(row.totalCost),
    paidByInsurance: BigInt(row.paidByInsurance),
    paidByPatient: BigInt(row.paidByPatient),
    facilityName: row.facilityName,
  };
}

export async function listMedicalVisits(bhxhCode: string, cursor?: string, db: PrismaClient = prisma) {
  const after = decodeVisitCursor(cursor);
  // Keyset: (admittedOn, id) below the cursor's, on the index (bhxhCode, admittedOn DESC, id DESC).
  const rows = await db.$queryRaw<VisitRow[]>`
    SELECT ${VISIT_COLUMNS}
      FROM "MedicalVisit" v JOIN "MedicalFacility" f ON f.code = v."facilityCode"
     WHERE v."bhxhCode" = ${bhxhCode} ${after ? Prisma.sql`AND (v."admittedOn", v.id) < (${after.admittedOn.toISOString().slice(0, 10)}::date, ${after.id})` : Prisma.empty}
     ORDER BY v."admittedOn" DESC, v.id DESC
     LIMIT ${VISITS_PAGE_SIZE + 1}`;
  const page = rows.slice(0, VISITS_PAGE_SIZE).map(toVisit);
  const last = page.at(-1);
  return {
    visits: page,
    nextCursor: rows.length > VISITS_PAGE_SIZE && last ? encodeVisitCursor(last.admittedOn, BigInt(last.id)) : null,
  };
}

export async function getMedicalVisit(bhxhCode: string, rawId: string, db: PrismaClient = prisma) {
  if (!/^\d{1,18}$/.test(rawId)) return null;
  const [row] = await db.$queryRaw<VisitRow[]>`
    SELECT ${VISIT_COLUMNS}
      FROM "MedicalVisit" v JOIN "MedicalFacility" f ON f.code = v."facilityCode"
     WHERE v.id = ${BigInt(rawId)} AND v."bhxhCode" = ${bhxhCode}`;
  return row ? { ...toVisit(row), facilityCode: row.facilityCode, facility: { name: row.facilityName, address: row.facilityAddress, code: row.facilityCode } } : null;
}
