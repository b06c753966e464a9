// `npm run import:master-data`: a folder of CSV files into the real tables, idempotent, bad rows set
// aside with their line numbers, and all or nothing (a broken file, an interrupted connection).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRefused, importMasterData, type FileReport } from "@/lib/server/master-data/import-master-data";
import { loadAdministrativeUnits } from "@/tests/factories/administrative-units";
import { buildEmployers, buildMasterRecords, buildMedicalFacilities } from "@/tests/factories/master-data";
import { CSV_COLUMNS, toCsv, type ParticipantCsvRow } from "@/tests/factories/master-data-csv";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";

const { provinces } = loadAdministrativeUnits();
const facilities = buildMedicalFacilities(provinces);
const employers = buildEmployers(provinces);
const rng = createRng(Date.now() % 1_000_000);
const folders: string[] = [];
let client: pg.Client;

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "master-data-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function people(count: number): ParticipantCsvRow[] {
  return Array.from({ length: count }, () => {
    const p = buildPerson(rng);
    return { bhxhCode: p.bhxhCode, fullName: p.fullName, dateOfBirth: p.dateOfBirth, sex: p.sex, idNumber: p.idNumber, address: "Số 1 phố Tràng Tiền, Hà Nội", phone: p.phone };
  });
}

function dataset(count: number) {
  const persons = people(count);
  const records = persons.map((p) => buildMasterRecords(rng, p, employers, facilities, { today: new Date("2026-12-01T00:00:00Z") }));
  return {
    persons,
    records,
    files: {
      "employers.csv": toCsv("employers.csv", employers),
      "medical-facilities.csv": toCsv("medical-facilities.csv", facilities),
      "participants.csv": toCsv("participants.csv", persons),
      "participation-periods.csv": toCsv("participation-periods.csv", records.flatMap((r) => r.periods)),
      "health-insurance-cards.csv": toCsv("health-insurance-cards.csv", records.map((r) => r.card)),
      "benefit-payments.csv": toCsv("benefit-payments.csv", records.flatMap((r) => r.benefits)),
      "medical-visits.csv": toCsv("medical-visits.csv", records.flatMap((r) => r.visits)),
    } as Record<string, string>,
  };
}

const count = async (table: string, codes: string[]) =>
  Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "bhxhCode" = ANY($1)`, [codes])).rows[0]!.n);

/** Imports a participation-periods.csv of these lines (the header goes first) and returns its report. */
async function importPeriodLines(lines: string[]): Promise<FileReport> {
  const csv = [CSV_COLUMNS["participation-periods.csv"].join(","), ...lines].join("\n");
  return (await importMasterData(client, folderWith({ "participation-periods.csv": csv }))).files[0]!;
}

/** The import's working tables (unlogged ones live in the public schema while an import runs). */
const workingTables = async () =>
  (await client.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relname LIKE '%master_data_import%'`)).rows.map((r) => r.relname);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("importMasterData", () => {
  it("loads every file, and a second import of the same files changes nothing", async () => {
    const { persons, records, files } = dataset(5);
    const folder = folderWith(files);
    const codes = persons.map((p) => p.bhxhCode);
    const first = await importMasterData(client, folder);
    expect(first.committed).toBe(true);
    const periods = first.files.find((f) => f.file === "participation-periods.csv")!;
    const total = records.reduce((n, r) => n + r.periods.length, 0);
    expect(periods).toMatchObject({ read: total, inserted: total, updated: 0, unchanged: 0, rejectedCount: 0 });
    expect(first.files.find((f) => f.file === "participants.csv")).toMatchObject({ read: 5, inserted: 5, rejectedCount: 0 });
    expect(await count("ParticipationPeriod", codes)).toBe(total);
    expect(await count("MedicalVisit", codes)).toBe(records.reduce((n, r) => n + r.visits.length, 0));
    expect(await count("HealthInsuranceCard", codes)).toBe(5);
    // The unaccented search column is computed as the app computes it.
    const { rows } = await client.query<{ fullNameSearch: string }>(`SELECT "fullNameSearch" FROM "Participant" WHERE "bhxhCode" = $1`, [persons[0]!.bhxhCode]);
    const { searchableText } = await import("@/lib/domain/identifiers");
    expect(rows[0]!.fullNameSearch).toBe(searchableText(persons[0]!.fullName));

    const second = await importMasterData(client, folder);
    for (const f of second.files) expect(f, f.file).toMatchObject({ inserted: 0, updated: 0, rejectedCount: 0, unchanged: f.read });
    expect(await workingTables()).toEqual([]);
  });

  it("rejects every later line of a repeated key, counting a first line that failed a check across columns or a reference", async () => {
    const { persons, files } = dataset(1);
    await importMasterData(client, folderWith({ "participants.csv": files["participants.csv"]! }));
    const code = persons[0]!.bhxhCode;
    // Each line with the reason it must be rejected for (null: loaded). Line 2 is the file's first row.
    const lines: [string, string | null][] = [
      [`d-${code}-1,${code},health,2021-05,2021-01,,,5000000,450`, "toMonth: before fromMonth"], // still the key's first line
      [`d-${code}-1,${code},health,2021-01,,,,5000000,450`, "duplicate of line 2"],
      [`d-${code}-2,${code},health,2021-01,,,,abc,450`, "salaryBasis: invalid"], // a malformed column does not claim the key
      [`d-${code}-2,${code},health,2021-01,,,,5000000,450`, null], // so this is the key's first line
      [`d-${code}-1,${code},health,2022-01,,,,5000000,450`, "duplicate of line 2"],
      [`d-${code}-3,9999999999,health,2021-01,,,,5000000,450`, "bhxhCode: no such Participant"],
      [`d-${code}-3,${code},health,2021-01,,,,5000000,450`, "duplicate of line 7"],
      [`d-${code}-2,${code},health,2023-01,,,,5000000,450`, "duplicate of line 5"],
    ];
    const report = await importPeriodLines(lines.map(([text]) => text));
    expect(report).toMatchObject({ read: 8, inserted: 1, rejectedCount: 7 });
    expect(report.rejected).toEqual(lines.flatMap(([, reason], i) => (reason ? [{ line: i + 2, reason }] : [])));
    const { rows } = await client.query(`SELECT "sourceId", "fromMonth" FROM "ParticipationPeriod" WHERE "bhxhCode" = $1`, [code]);
    expect(rows).toEqual([{ sourceId: `d-${code}-2`, fromMonth: "2021-01" }]);
  });

  it("updates only the rows that changed", async () => {
    const { records, files } = dataset(2);
    await importMasterData(client, folderWith(files));
    const changed = records[0]!.periods.map((p, i) => (i === 0 ? { ...p, salaryBasis: p.salaryBasis + 1000n, jobTitle: "Trưởng ca" } : p));
    const report = await importMasterData(client, folderWith({ "participation-periods.csv": toCsv("participation-periods.csv", changed) }));
    expect(report.files[0]).toMatchObject({ read: changed.length, inserted: 0, updated: 1, unchanged: changed.length - 1 });
    const { rows } = await client.query(`SELECT "jobTitle", "salaryBasis"::text AS basis FROM "ParticipationPeriod" WHERE "sourceId" = $1`, [changed[0]!.sourceId]);
    expect(rows[0]).toEqual({ jobTitle: "Trưởng ca", basis: String(changed[0]!.salaryBasis) });
  });

  it("sets bad rows aside with their line numbers and reasons, and loads the rest", async () => {
    const { persons, files } = dataset(1);
    await importMasterData(client, folderWith({ "participants.csv": files["participants.csv"]! }));
    const code = persons[0]!.bhxhCode;
    const report = await importPeriodLines([
      `t-${code}-1,${code},compulsorySocial,2020-01,2020-12,,"Thợ may, tổ 2",5000000,2550`, // line 2: fine (a quoted comma)
      `t-${code}-2,${code},compulsorySocial,2020-13,,,,5000000,2550`, // 3: month 13
      `t-${code}-3,${code},pension,2021-01,,,,5000000,2550`, // 4: not a scheme
      `t-${code}-4,9999999999,health,2021-01,,,,5000000,450`, // 5: nobody with that code
      `t-${code}-5,${code},health,2021-05,2021-01,,,5000000,450`, // 6: ends before it starts
      `t-${code}-6,${code},health,2021-01,,NOPE999,,5000000,450`, // 7: unknown employer
      `t-${code}-7,${code},health,2021-01,,,,-5,450`, // 8: negative salary
      `t-${code}-1,${code},health,2022-01,,,,5000000,450`, // 9: repeats line 2's key
      `,${code},health,2022-01,,,,5000000,12000`, // 10: no id (the first problem of a row is the one reported)
      `t-${code}-8,${code},voluntarySocial,2023-01,,,,3000000,2200`, // 11: fine
    ]);
    expect(report).toMatchObject({ read: 10, inserted: 2, updated: 0, rejectedCount: 8 });
    expect(report.rejected).toEqual([
      { line: 3, reason: "fromMonth: invalid" },
      { line: 4, reason: "scheme: invalid" },
      { line: 5, reason: "bhxhCode: no such Participant" },
      { line: 6, reason: "toMonth: before fromMonth" },
      { line: 7, reason: "employerCode: no such Employer" },
      { line: 8, reason: "salaryBasis: invalid" },
      { line: 9, reason: "duplicate of line 2" },
      { line: 10, reason: "sourceId: required" },
    ]);
    const { rows } = await client.query(`SELECT "sourceId", "jobTitle" FROM "ParticipationPeriod" WHERE "bhxhCode" = $1 ORDER BY "sourceId"`, [code]);
    expect(rows).toEqual([
      { sourceId: `t-${code}-1`, jobTitle: "Thợ may, tổ 2" },
      { sourceId: `t-${code}-8`, jobTitle: null },
    ]);
  });

  it("refuses a file with a wrong header, or a structurally broken file, and changes nothing at all", async () => {
    const { persons, files } = dataset(2);
    const codes = persons.map((p) => p.bhxhCode);
    const wrongHeader = folderWith({ ...files, "participants.csv": files["participants.csv"]!.replace("fullName", "name") });
    await expect(importMasterData(client, wrongHeader)).rejects.toMatchObject({ code: "header", file: "participants.csv", line: 1 });

    // Participants come before visits: they are copied and upserted, then the visits file breaks at line 3.
    const lines = files["medical-visits.csv"]!.split("\n");
    lines[2] = `${lines[2]},an extra column`;
    const broken = folderWith({ ...files, "medical-visits.csv": lines.join("\n") });
    const refusal = await importMasterData(client, broken).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect(refusal).toMatchObject({ code: "malformed", file: "medical-visits.csv", line: 3 });
    expect(await count("Participant", codes)).toBe(0);
    expect(await count("ParticipationPeriod", codes)).toBe(0);
    expect(await workingTables()).toEqual([]);

    await expect(importMasterData(client, folderWith({ "people.csv": "a,b\n" }))).rejects.toMatchObject({ code: "unknownFile" });
  });

  it("leaves nothing behind when the connection dies in the middle of an import", async () => {
    const { persons, files } = dataset(40);
    const codes = persons.map((p) => p.bhxhCode);
    const victim = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await victim.connect();
    victim.on("error", () => {});
    const pid = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    let killed = false;
    const outcome = await importMasterData(victim, folderWith(files), {
      batchSize: 50,
      log: (message) => {
        // The participants are upserted and the periods are being upserted batch by batch: pull the plug.
        if (!killed && message.startsWith("participation-periods.csv: rows")) {
          killed = true;
          void killer.query("SELECT pg_terminate_backend($1)", [pid]);
        }
      },
    }).catch((e: unknown) => e);
    await killer.end();
    await victim.end().catch(() => {});
    expect(killed).toBe(true);
    expect(outcome).toBeInstanceOf(Error);
    expect(await count("Participant", codes)).toBe(0);
    expect(await count("ParticipationPeriod", codes)).toBe(0);
    // The working tables were created in the killed transaction: gone with it, nothing to clean up.
    expect(await workingTables()).toEqual([]);
  });

  it("holds the referenced tables against deletion while it skips the row-by-row foreign-key triggers", async () => {
    const { persons, records, files } = dataset(3);
    await importMasterData(client, folderWith({ "employers.csv": files["employers.csv"]!, "participants.csv": files["participants.csv"]! }));
    const [blocker, other] = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
    await Promise.all([blocker.connect(), other.connect()]);
    try {
      // The import is held at its first write (after the reference check) until the blocker lets go.
      await blocker.query(`BEGIN; LOCK TABLE "ParticipationPeriod" IN ACCESS EXCLUSIVE MODE`);
      const logs: string[] = [];
      let checked!: () => void;
      const referencesChecked = new Promise<void>((resolve) => (checked = resolve));
      const importing = importMasterData(client, folderWith({ "participation-periods.csv": files["participation-periods.csv"]! }), {
        log: (message) => {
          logs.push(message);
          if (message.startsWith("participation-periods.csv: checked")) checked();
        },
      });
      await referencesChecked;
      await other.query("SET lock_timeout = '300ms'");
      const deletion = await other.query(`DELETE FROM "Participant" WHERE "bhxhCode" = $1`, [persons[0]!.bhxhCode]).catch((e: unknown) => e);
      expect(deletion).toMatchObject({ code: "55P03" }); // lock_not_available: the participant cannot go
      await blocker.query("ROLLBACK");
      const report = await importing;
      expect(logs.some((m) => m.startsWith("Foreign keys checked row by row"))).toBe(false);
      expect(logs.some((m) => m.startsWith("Checks on one core"))).toBe(false);
      expect(report.files[0]).toMatchObject({ inserted: records.reduce((n, r) => n + r.periods.length, 0), rejectedCount: 0 });
      expect(await count("ParticipationPeriod", [persons[0]!.bhxhCode])).toBe(records[0]!.periods.length);
    } finally {
      await blocker.query("ROLLBACK").catch(() => {});
      await Promise.all([blocker.end(), other.end()]);
    }
  });

  it("runs the foreign-key triggers as usual for a role that may not skip them, with the same result", async () => {
    const role = `md_import_${process.pid}`;
    await client.query(`CREATE ROLE ${role} LOGIN PASSWORD 'import-test'`);
    await client.query(`GRANT TEMPORARY ON DATABASE ${client.database} TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = "import-test";
    const restricted = new pg.Client({ connectionString: url.toString() });
    await restricted.connect();
    try {
      const { persons, records, files } = dataset(2);
      const logs: string[] = [];
      const report = await importMasterData(restricted, folderWith(files), { log: (m) => logs.push(m) });
      expect(logs).toContain("Foreign keys checked row by row (this role may not set session_replication_role).");
      expect(logs).toContain("Checks on one core: this role may not create tables in its schema, so the working tables are temporary ones.");
      const periods = report.files.find((f) => f.file === "participation-periods.csv")!;
      expect(periods).toMatchObject({ inserted: records.reduce((n, r) => n + r.periods.length, 0), rejectedCount: 0 });
      expect(await count("MedicalVisit", persons.map((p) => p.bhxhCode))).toBe(records.reduce((n, r) => n + r.visits.length, 0));
    } finally {
      await restricted.end();
      await client.query(`DROP OWNED BY ${role}`);
      await client.query(`DROP ROLE ${role}`);
    }
  });

  it("is what `npm run import:master-data` runs: a report with the rejected lines, exit 0; a refused import exits 1", async () => {
    const run = (folder: string) =>
      promisify(execFile)(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/import-master-data.ts", folder], {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const { files } = dataset(1);
    const bad = files["participants.csv"]!.trimEnd() + "\n123,Tên,2000-01-01,male,,Hà Nội,\n";
    const ok = await run(folderWith({ "participants.csv": bad }));
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain("participants.csv: 2 read, 1 inserted, 0 updated, 0 unchanged, 1 rejected");
    expect(ok.out).toContain("line 3: bhxhCode: invalid");
    expect(ok.out).toMatch(/Committed: 2 rows/);
    const refused = await run(folderWith({ "participants.csv": "bhxhCode,name\n" }));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("Import refused, nothing changed: participants.csv: the header must be exactly");
  }, 60_000);
});
