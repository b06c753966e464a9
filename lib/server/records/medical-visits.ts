import "server-only";
// The holder's medical visits paid by BHYT, newest first, by keyset pages on (admittedOn, id), and one
// visit's detail. Both scoped by the BHXH code: another person's visit id is simply not found.
import { prisma, type PrismaClient } from "../db/client";

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

const LIST_SELECT = { id: true, type: true, admittedOn: true, dischargedOn: true, icd10Code: true, diagnosis: true, totalCost: true, paidByInsurance: true, paidByPatient: true, facility: { select: { name: true } } } as const;

export async function listMedicalVisits(bhxhCode: string, cursor?: string, db: PrismaClient = prisma) {
  const after = decodeVisitCursor(cursor);
  const rows = await db.medicalVisit.findMany({
    where: {
      bhxhCode,
      ...(after ? { OR: [{ admittedOn: { lt: after.admittedOn } }, { admittedOn: after.admittedOn, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ admittedOn: "desc" }, { id: "desc" }],
    take: VISITS_PAGE_SIZE + 1,
    select: LIST_SELECT,
  });
  const page = rows.slice(0, VISITS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    visits: page.map((v) => ({ ...v, id: v.id.toString(), facilityName: v.facility.name })),
    nextCursor: rows.length > VISITS_PAGE_SIZE && last ? encodeVisitCursor(last.admittedOn, last.id) : null,
  };
}

export async function getMedicalVisit(bhxhCode: string, rawId: string, db: PrismaClient = prisma) {
  if (!/^\d{1,18}$/.test(rawId)) return null;
  const visit = await db.medicalVisit.findFirst({
    where: { id: BigInt(rawId), bhxhCode },
    select: { ...LIST_SELECT, facilityCode: true, facility: { select: { name: true, address: true, code: true } } },
  });
  return visit ? { ...visit, id: visit.id.toString(), facilityName: visit.facility.name } : null;
}
