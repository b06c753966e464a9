// `npm run import:master-data` at national scale, then the records pages on that data. Generates CSV
// files for BENCH_MASTER_PARTICIPANTS people (default 1,000,000) with 10 participation periods each
// (10,000,000), a BHYT card, two medical visits and, for one in four, a benefit payment; imports them
// with the app's importer into a bench-only PostgreSQL, reporting rows/s and the importer's peak memory
// (RSS sampled every 100 ms: flat means independent of the size). Then, with the data in the tables, the
// p95 of what each records page awaits on the server (its service calls) for random holders, the pages taking turns.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { BenchResult } from "./run";
import { p95Line, round } from "./stats";

const PARTICIPANTS = Number(process.env.BENCH_MASTER_PARTICIPANTS ?? 1_000_000);
const PERIODS_PER_PERSON = 10;
const ITERATIONS = Number(process.env.BENCH_MASTER_ITERATIONS ?? 300);
const SCHEMES = ["compulsorySocial", "unemployment", "occupationalAccident", "health"] as const;

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const bhxh = (i: number) => pad((i * 7919 + 1_000_003) % 10_000_000_000, 10);
const month = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function generate(folder: string, employers: { code: string }[], facilities: { code: string }[]) {
  const { writeCsvStream } = await import("@/tests/factories/master-data-csv");
  const { buildBhytCardNumber } = await import("@/lib/domain/bhyt-card");
  const NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Thu Dung", "Hoàng Đức Em", "Vũ Thị Giang", "Đặng Quang Hải", "Bùi Ngọc Khánh"];
  const people = function* () {
    for (let i = 0; i < PARTICIPANTS; i++) {
      yield { bhxhCode: bhxh(i), fullName: NAMES[i % NAMES.length]!, dateOfBirth: day(Date.UTC(1960 + (i % 45), i % 12, 1 + (i % 28))), sex: (i % 2 ? "male" : "female") as "male" | "female", idNumber: null, address: `Số ${i % 300} đường Lê Lợi`, phone: null };
    }
  };
  const periods = function* () {
    for (let i = 0; i < PARTICIPANTS; i++) {
      const code = bhxh(i);
      const start = 2000 * 12 + (i % 120);
      const employer = employers[i % employers.length]!.code;
      // Two jobs (four schemes each), a gap, then two voluntary periods.
      for (let j = 0; j < 2; j++) {
        const from = start + j * 48;
        for (const scheme of SCHEMES) {
          yield { sourceId: `b${i}-${j}-${scheme}`, bhxhCode: code, scheme, fromMonth: month(from), toMonth: month(from + 47), employerCode: employer, jobTitle: "Công nhân", salaryBasis: BigInt(5_000_000 + (i % 50) * 100_000), rateBasisPoints: scheme === "compulsorySocial" ? 2550 : scheme === "health" ? 450 : scheme === "unemployment" ? 200 : 50, synthetic: true as const };
        }
      }
      for (let j = 0; j < PERIODS_PER_PERSON - 2 * SCHEMES.length; j++) {
        const from = start + 100 + j * 24;
        yield { sourceId: `b${i}-v${j}`, bhxhCode: code, scheme: "voluntarySocial" as const, fromMonth: month(from), toMonth: j === PERIODS_PER_PERSON - 2 * SCHEMES.length - 1 ? null : month(from + 23), employerCode: null, jobTitle: null, salaryBasis: 3_000_000n, rateBasisPoints: 2200, synthetic: true as const };
      }
    }
  };
  const cards = function* () {
    for (let i = 0; i < PARTICIPANTS; i++) {
      const code = bhxh(i);
      yield { cardNumber: buildBhytCardNumber({ beneficiaryGroup: "GD", benefitLevel: 4, provinceCode: code.slice(0, 2), bhxhCode: code }), bhxhCode: code, validFrom: new Date(Date.UTC(2026, 0, 1)), validTo: new Date(Date.UTC(2026, 11, 31)), facilityCode: facilities[i % facilities.length]!.code, fiveYearsFrom: null, issuedOn: new Date(Date.UTC(2025, 11, 20)), synthetic: true as const };
    }
  };
  const visits = function* () {
    for (let i = 0; i < PARTICIPANTS; i++) {
      for (let j = 0; j < 2; j++) {
        const admitted = new Date(Date.UTC(2024, (i + j * 5) % 12, 1 + (i % 28)));
        yield { sourceId: `b${i}-k${j}`, bhxhCode: bhxh(i), facilityCode: facilities[(i + j) % facilities.length]!.code, type: "outpatient" as const, admittedOn: admitted, dischargedOn: admitted, icd10Code: "J06.9", diagnosis: "Nhiễm trùng đường hô hấp trên cấp", totalCost: 500_000n, paidByInsurance: 400_000n, paidByPatient: 100_000n, synthetic: true as const };
      }
    }
  };
  const benefits = function* () {
    for (let i = 0; i < PARTICIPANTS; i += 4) {
      yield { sourceId: `b${i}-s`, bhxhCode: bhxh(i), kind: "sickness" as const, periodFrom: new Date(Date.UTC(2023, 2, 1)), periodTo: new Date(Date.UTC(2023, 2, 5)), amount: 1_250_000n, payingOffice: "BHXH cơ sở Ba Đình", paidOn: new Date(Date.UTC(2023, 3, 1)), synthetic: true as const };
    }
  };
  const counts = {
    participants: await writeCsvStream(folder, "participants.csv", people()),
    periods: await writeCsvStream(folder, "participation-periods.csv", periods()),
    cards: await writeCsvStream(folder, "health-insurance-cards.csv", cards()),
    visits: await writeCsvStream(folder, "medical-visits.csv", visits()),
    benefits: await writeCsvStream(folder, "benefit-payments.csv", benefits()),
  };
  return counts;
}

/** The fields of /proc/<pid>/stat after the command name (Linux); null when the process is gone or elsewhere. */
function statOf(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far; null elsewhere than Linux. */
function cpuSecondsOf(pid: number): number | null {
  const fields = statOf(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : null; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * CPU seconds the whole PostgreSQL cluster has used so far: the postmaster, its live children (the import's
 * backend, its parallel workers, the WAL writer, the checkpointer…) and the children that have exited
 * (parallel workers end with their query; the kernel adds them to the postmaster's cutime/cstime).
 */
function clusterCpuSeconds(postmasterPid: number): number | null {
  const own = statOf(postmasterPid);
  if (!own) return null;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statOf(Number(entry));
    if (fields && Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/**
 * Milliseconds per call of each page's work, the pages taking turns (one call of each per round) so that a
 * change in the machine's load during the run falls on every page alike, not on whichever ran first.
 */
async function timeInTurns(pages: [string, () => Promise<unknown>][], rounds: number): Promise<Map<string, number[]>> {
  for (let i = 0; i < 20; i++) for (const [, fn] of pages) await fn();
  const samples = new Map(pages.map(([name]) => [name, [] as number[]]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of pages) {
      const started = performance.now();
      await fn();
      samples.get(name)!.push(performance.now() - started);
    }
  }
  return samples;
}

export async function run(): Promise<BenchResult[]> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const { loadAdministrativeUnits } = await import("@/tests/factories/administrative-units");
  const { buildEmployers, buildMedicalFacilities } = await import("@/tests/factories/master-data");
  const { writeCsvStream } = await import("@/tests/factories/master-data-csv");
  const { importMasterData } = await import("@/lib/server/master-data/import-master-data");
  const cluster = await startScratchCluster();
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-master-data-"));
  const results: BenchResult[] = [];
  const client = new pg.Client({ connectionString: cluster.urlFor("bench_master") });
  try {
    await ensureDatabase(cluster.adminUrl, "bench_master");
    const url = cluster.urlFor("bench_master");
    await migrate(url);
    const { provinces } = loadAdministrativeUnits();
    const employers = buildEmployers(provinces);
    const facilities = buildMedicalFacilities(provinces);
    // The registries go first, in their own import (as they would in service).
    const registry = mkdtempSync(path.join(os.tmpdir(), "bench-registry-"));
    await writeCsvStream(registry, "employers.csv", employers);
    await writeCsvStream(registry, "medical-facilities.csv", facilities);
    await client.connect();
    await importMasterData(client, registry);
    rmSync(registry, { recursive: true, force: true });

    const generateStarted = performance.now();
    const counts = await generate(folder, employers, facilities);
    const generateSeconds = (performance.now() - generateStarted) / 1000;
    const bytes = ["participants.csv", "participation-periods.csv", "health-insurance-cards.csv", "medical-visits.csv", "benefit-payments.csv"].reduce((n, f) => n + statSync(path.join(folder, f)).size, 0);

    // On a shared machine the wall time mostly measures the other jobs: the CPU time the import itself used
    // (this process and its PostgreSQL backend) says what it would do with the cores to itself.
    const backendPid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const postmasterPid = Number(statOf(backendPid)?.[1] ?? NaN);
    const backendCpuBefore = cpuSecondsOf(backendPid);
    const clusterCpuBefore = clusterCpuSeconds(postmasterPid);
    const cpuBefore = process.cpuUsage();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
    const started = performance.now();
    // Per file: seconds to COPY, and in all (copy, checks, upserts), from the importer's own log.
    const phases: Record<string, number> = {};
    const report = await importMasterData(client, folder, {
      log: (m) => {
        const match = /^([\w.-]+): .*(copied|checked|rejected) in (\d+) ms$/.exec(m);
        if (match) phases[`${match[1]}:${{ copied: "copy", checked: "checked", rejected: "total" }[match[2]!]}`] = round(Number(match[3]) / 1000);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpuBefore);
    const importerCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const backendCpuAfter = cpuSecondsOf(backendPid);
    const backendCpuSeconds = backendCpuBefore !== null && backendCpuAfter !== null ? backendCpuAfter - backendCpuBefore : null;
    const clusterCpuAfter = clusterCpuSeconds(postmasterPid);
    const postgresCpuSeconds = clusterCpuBefore !== null && clusterCpuAfter !== null ? clusterCpuAfter - clusterCpuBefore : null;
    const rows = report.files.reduce((n, f) => n + f.read, 0);
    const rejected = report.files.reduce((n, f) => n + f.rejectedCount, 0);
    if (rejected > 0) throw new Error(`the bench data had ${rejected} rejected rows: ${JSON.stringify(report.files.map((f) => f.rejected.slice(0, 3)))}`);
    results.push({
      name: "master_data_import_rows_per_second",
      value: Math.round(rows / seconds),
      unit: "rows/s",
      target: 50_000,
      participants: counts.participants,
      periods: counts.periods,
      rows,
      seconds: round(seconds),
      csvMegabytes: round(bytes / 1e6),
      generateSeconds: round(generateSeconds),
      phasesSeconds: phases,
      // postgres: the whole cluster (the backend, its parallel workers, the WAL writer…); postgresBackend: the import's own connection.
      cpuSeconds: { importer: round(importerCpuSeconds), postgres: postgresCpuSeconds === null ? null : round(postgresCpuSeconds), postgresBackend: backendCpuSeconds === null ? null : round(backendCpuSeconds) },
      rowsPerCpuSecond: postgresCpuSeconds === null ? null : Math.round(rows / (importerCpuSeconds + postgresCpuSeconds)),
      loadAverage: os.loadavg().map((l) => round(l, 2)),
    });
    results.push({ name: "master_data_import_peak_rss", value: round(rssPeak / 1e6), unit: "MB", rssBeforeMB: round(rssBefore / 1e6), growthMB: round((rssPeak - rssBefore) / 1e6), rows });

    // Re-import of the same files: nothing changes.
    if (process.env.BENCH_MASTER_REIMPORT === "1") {
      const again = performance.now();
      const second = await importMasterData(client, folder);
      results.push({ name: "master_data_reimport_seconds", value: round((performance.now() - again) / 1000), unit: "s", changed: second.files.reduce((n, f) => n + f.inserted + f.updated, 0), rows });
    }
    await client.query("VACUUM ANALYZE");

    // The pages' server work on this data: the services each page awaits, for random holders.
    process.env.DATABASE_URL ??= url;
    const { createPrismaClient } = await import("@/lib/server/db/client");
    const db = createPrismaClient(url);
    (globalThis as unknown as { prisma?: unknown }).prisma = db;
    const { getHealthCard } = await import("@/lib/server/records/get-health-card");
    const { getParticipationHistory } = await import("@/lib/server/records/get-participation-history");
    const { getBenefitPayments } = await import("@/lib/server/records/get-benefit-payments");
    const { listMedicalVisits, getMedicalVisit } = await import("@/lib/server/records/medical-visits");
    const { recordView } = await import("@/lib/server/records/record-views");
    const accountId = "00000000-0000-4000-8000-000000000000";
    const request = { ip: "203.0.113.1", userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/130.0.0.0 Mobile" };
    const holder = () => bhxh(Math.floor(Math.random() * PARTICIPANTS));
    const sample = await getParticipationHistory(bhxh(0));
    if (sample.periods.length !== PERIODS_PER_PERSON) throw new Error(`expected ${PERIODS_PER_PERSON} periods, got ${sample.periods.length}`);
    const visitSample = (await client.query<{ bhxhCode: string; id: string }>(`SELECT "bhxhCode", id::text FROM "MedicalVisit" WHERE id % 97 = 0 LIMIT 1000`)).rows;
    let v = 0;
    // Each page's awaits, as the page runs them (the data and the view record in parallel).
    const pages: [string, () => Promise<unknown>][] = [
      ["card", async () => Promise.all([getHealthCard(holder()), recordView(accountId, "card", request)])],
      ["participation", async () => Promise.all([getParticipationHistory(holder()), recordView(accountId, "participation", request)])],
      ["benefits", async () => Promise.all([getBenefitPayments(holder()), recordView(accountId, "benefits", request)])],
      ["visits", async () => Promise.all([listMedicalVisits(holder()), recordView(accountId, "visits", request)])],
      [
        "visit_detail",
        async () => {
          const visit = visitSample[v++ % visitSample.length]!;
          if (!(await getMedicalVisit(visit.bhxhCode, visit.id))) throw new Error("visit not found");
          return recordView(accountId, "visits", request);
        },
      ],
    ];
    const timings = await timeInTurns(pages, ITERATIONS);
    for (const [name, samples] of timings) {
      results.push(p95Line(`master_data_page_${name}_p95`, samples, { target: 50, periods: counts.periods }));
    }
    await db.$disconnect();
    (globalThis as unknown as { prisma?: unknown }).prisma = undefined;
  } finally {
    await client.end().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
    await cluster.stop();
  }
  return results;
}
