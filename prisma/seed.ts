// Seeds reference data (administrative units, offices) and, in demo mode, synthetic BHXH master
// records and demo staff. Built from the same factories as the tests. `npm run db:seed` runs it.
import { loadAdministrativeUnits } from "../tests/factories/administrative-units";
import { DEMO_CARD_EXPIRING_SOON, DEMO_STAFF, DEMO_STAFF_PASSWORD, demoParticipantRows } from "../tests/factories/demo";
import { buildEmployers, buildMasterRecords, buildMedicalFacilities, writeMasterRecords } from "../tests/factories/master-data";
import { buildOffices } from "../tests/factories/offices";
import { buildPerson } from "../tests/factories/people";
import { createRng } from "../tests/factories/random";
import { createPrismaClient, type PrismaClient } from "../lib/server/db/client";
import { hashPassword } from "../lib/server/auth/password-hash";

export const SYNTHETIC_PARTICIPANTS = 3000;

type Log = (msg: string) => void;

export async function seedReferenceData(prisma: PrismaClient, log: Log): Promise<void> {
  const { provinces, communes } = loadAdministrativeUnits();
  await prisma.administrativeUnit.createMany({ data: [...provinces, ...communes], skipDuplicates: true });
  const offices = buildOffices(provinces, communes);
  // Parents first: the province offices, then the offices below them.
  for (const level of [offices.filter((o) => !o.parentCode), offices.filter((o) => o.parentCode)]) {
    await prisma.office.createMany({
      data: level.map(({ communeCodes: _c, ...office }) => office),
      skipDuplicates: true,
    });
  }
  await prisma.officeCommune.createMany({
    data: offices.flatMap((o) => o.communeCodes.map((communeCode) => ({ officeCode: o.code, communeCode }))),
    skipDuplicates: true,
  });
  log(`Seeded ${provinces.length} provinces, ${communes.length} communes and ${offices.length} BHXH offices.`);
}

export async function seedDemoData(prisma: PrismaClient, log: Log): Promise<void> {
  const { communes } = loadAdministrativeUnits();
  const rng = createRng(1945);
  const demo = demoParticipantRows().map(({ communeCode: _c, idIssueDate: _i, ...p }) => ({ ...p, dateOfBirth: new Date(p.dateOfBirth) }));
  const taken = new Set(demo.flatMap((p) => [p.bhxhCode, p.idNumber]));
  const synthetic = [];
  while (synthetic.length < SYNTHETIC_PARTICIPANTS) {
    const person = buildPerson(rng);
    if (taken.has(person.bhxhCode) || taken.has(person.idNumber)) continue;
    taken.add(person.bhxhCode).add(person.idNumber);
    const commune = rng.pick(communes);
    synthetic.push({
      bhxhCode: person.bhxhCode,
      fullName: person.fullName,
      fullNameSearch: person.fullNameSearch,
      dateOfBirth: new Date(person.dateOfBirth),
      sex: person.sex,
      idNumber: person.idNumber,
      phone: person.phone,
      address: `Số ${rng.int(1, 300)}, ${commune.fullName}`,
      provinceCode: commune.provinceCode,
    });
  }
  await prisma.participant.createMany({ data: [...demo, ...synthetic], skipDuplicates: true });
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  await prisma.staffUser.createMany({ data: DEMO_STAFF.map((s) => ({ ...s, passwordHash })), skipDuplicates: true });
  log(`Seeded ${demo.length + synthetic.length} BHXH master records and ${DEMO_STAFF.length} demo staff users.`);
  await seedMasterData(prisma, log, [...demo, ...synthetic].map((p) => ({ ...p, dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10) })));
}

/**
 * Synthetic master data (issue 13): the facility and employer registries, and for each master record a
 * career, a BHYT card, benefits and medical visits, made for today's date (cards stay valid in the demo).
 */
export async function seedMasterData(
  prisma: PrismaClient,
  log: Log,
  people: { bhxhCode: string; dateOfBirth: string; sex: "male" | "female" }[],
  today: Date = new Date(),
): Promise<void> {
  const { provinces } = loadAdministrativeUnits();
  const facilities = buildMedicalFacilities(provinces);
  const employers = buildEmployers(provinces);
  await prisma.medicalFacility.createMany({ data: facilities, skipDuplicates: true });
  await prisma.employer.createMany({ data: employers, skipDuplicates: true });
  const demoProvince = new Map(demoParticipantRows().map((p) => [p.bhxhCode, p.provinceCode]));
  const rng = createRng(1986);
  const records = people.map((person) =>
    buildMasterRecords(rng, person, employers, facilities, {
      today,
      cardExpiringSoon: DEMO_CARD_EXPIRING_SOON.has(person.bhxhCode),
      provinceCode: demoProvince.get(person.bhxhCode),
    }),
  );
  await writeMasterRecords(prisma, records);
  const count = (pick: (r: (typeof records)[number]) => number) => records.reduce((sum, r) => sum + pick(r), 0);
  log(
    `Seeded ${facilities.length} medical facilities, ${employers.length} employers (synthetic), ${count((r) => r.periods.length)} participation periods, ${records.length} BHYT cards, ${count((r) => r.benefits.length)} benefit payments and ${count((r) => r.visits.length)} medical visits.`,
  );
}

/** Used by `npm start` on the embedded database: seed only a fresh database. */
export async function seedIfEmpty(url: string, log: Log): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    if ((await prisma.office.count()) > 0) return;
    await seedReferenceData(prisma, log);
    if ((process.env.APP_MODE ?? "demo") === "demo") await seedDemoData(prisma, log);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const { resolveDatabase, migrateAndReport } = await import("../scripts/lib/database");
  const log = (msg: string) => console.log(`[seed] ${msg}`);
  const database = await resolveDatabase(log);
  try {
    await migrateAndReport(database.url, log);
    const prisma = createPrismaClient(database.url);
    try {
      await seedReferenceData(prisma, log);
      if ((process.env.APP_MODE ?? "demo") === "demo") await seedDemoData(prisma, log);
      else log("APP_MODE=production: no demo master records or demo staff.");
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
