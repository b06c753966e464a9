// Resident memory (RSS, from /proc) of the two long-running processes, on a scratch PostgreSQL with the
// demo data (issue 18, target 7; docs/decisions/0026):
// - the web server as `npm start` runs it (scripts/serve.ts on the benches' own build, through the
//   supervisor's spawn in scripts/lib/web-server-process.ts): at start (warmed up), its peak during a burst
//   (BENCH_MEMORY_CONNECTIONS keep-alive connections, default 500, on the home page, the status look-up
//   page and the offices API, BENCH_MEMORY_SECONDS each, default 10), and BENCH_MEMORY_IDLE_SECONDS (default
//   60) after the server has worked off what the burst queued (its CPU time stops growing); the ratio
//   after-idle ÷ start (warmed up; the RSS right after start-up is reported too), target ≤ 1.5;
// - the worker as `npm start` runs it (the compiled dist/worker.mjs, scripts/lib/worker-process.ts): idle,
//   after delivering NOTIFICATIONS messages, and after emails carrying the Tờ khai 01 PDF (the renderer is
//   loaded on the first one); target < 100 MB for the first two. "After" is once the worker has been idle
//   for WORKER_REST_MS (its collection when quiet has run, scripts/lib/idle-gc.ts); the figure 3 s after the
//   last message and the peak are printed beside it. Beside RSS, the worker's private memory (what it costs
//   on top of the `node` binary's pages, which every Node process shares).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchResult } from "./run";
import { round } from "./stats";
import { hammer } from "./cluster.bench";
import { BENCH_DIST, ensureBenchBuild, waitUntilReady } from "./support/portal";

const CONNECTIONS = Number(process.env.BENCH_MEMORY_CONNECTIONS ?? 500);
const BURST_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 10);
const IDLE_SECONDS = Number(process.env.BENCH_MEMORY_IDLE_SECONDS ?? 60);
/** The server counts as done with the burst when it used less than this share of a core over QUIET_WINDOW_MS. */
const QUIET_CPU_SHARE = 0.05;
const QUIET_WINDOW_MS = 2000;
const QUIET_TIMEOUT_MS = 180_000;
const NOTIFICATIONS = 300;
const PDF_EMAILS = 5;
/** How long the worker sits idle after its jobs before it is measured: its quiet check runs every 5 s. */
const WORKER_REST_MS = 15_000;
const TARGETS = ["/", "/tra-cuu", "/api/v1/offices?provinceCode=01"];
const SERVER_RATIO_TARGET = 1.5;
const WORKER_TARGET_MB = 100;

/** Resident set of a process in MB (VmRSS), or NaN once it is gone. */
function rssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Private memory in MB (Private_Clean + Private_Dirty of smaps_rollup): RSS less the pages shared with other processes. */
function privateMb(pid: number | undefined): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(rollup)?.[1] ?? Number.NaN);
    return (kb("Private_Clean") + kb("Private_Dirty")) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds a process has used (utime + stime from /proc/<pid>/stat; clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Waits until the process has worked off its backlog: under QUIET_CPU_SHARE of a core for QUIET_WINDOW_MS. Returns the ms waited. */
async function waitUntilQuiet(pid: number | undefined): Promise<number> {
  const started = Date.now();
  let before = cpuSeconds(pid);
  while (Date.now() - started < QUIET_TIMEOUT_MS) {
    await sleep(QUIET_WINDOW_MS);
    const now = cpuSeconds(pid);
    if (now - before < (QUIET_CPU_SHARE * QUIET_WINDOW_MS) / 1000) break;
    before = now;
  }
  return Date.now() - started;
}

/** Samples a process's RSS every 100 ms until stopped; `peak` and `last` in MB. */
function sampleRss(pid: number | undefined) {
  const figures = { peak: rssMb(pid), last: rssMb(pid) };
  const timer = setInterval(() => {
    figures.last = rssMb(pid);
    figures.peak = Math.max(figures.peak, figures.last);
  }, 100);
  return { figures, stop: () => clearInterval(timer) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(): Promise<BenchResult[]> {
  const buildMs = ensureBenchBuild();
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const { freePort } = await import("@/lib/server/db/embedded");
  const cluster = await startScratchCluster();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-memory-"));
  const stops: (() => Promise<void>)[] = [];
  try {
    await ensureDatabase(cluster.adminUrl, "bench_memory");
    const url = cluster.urlFor("bench_memory");
    await migrate(url);
    const { seedIfEmpty } = await import("@/prisma/seed");
    await seedIfEmpty(url, () => {});
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: BENCH_DIST,
      APP_MODE: "demo",
      DATABASE_URL: url,
      AUTH_SECRET: "bench-auth-secret-bench-auth-secret-0123456789",
      STORAGE_DIR: path.join(scratch, "files"),
      SMS_DRIVER: "outbox",
      EMAIL_DRIVER: "outbox",
      LOG_LEVEL: "warn",
    };
    Object.assign(process.env, { DATABASE_URL: url, AUTH_SECRET: env.AUTH_SECRET, STORAGE_DIR: env.STORAGE_DIR });

    // The worker: idle, then after delivering messages, then after PDF attachments.
    const { startWorkerProcess } = await import("@/scripts/lib/worker-process");
    const { createPrismaClient } = await import("@/lib/server/db/client");
    const { enqueueNotification } = await import("@/lib/server/notifications/outbox");
    const { createDeclaration } = await import("@/tests/integration/notifications/support");
    const db = createPrismaClient(url);
    stops.push(() => db.$disconnect());
    const worker = startWorkerProcess({ env, log: () => {}, quiet: true });
    stops.push(() => worker.stop());
    const workerPid = () => worker.current()?.pid;
    await sleep(10_000);
    const workerIdle = rssMb(workerPid());
    const workerIdlePrivate = privateMb(workerPid());
    const workerSampler = sampleRss(workerPid());
    const pendingCount = () => db.notification.count({ where: { status: "pending" } });
    const drain = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while ((await pendingCount()) > 0 && Date.now() < deadline) await sleep(250);
    };
    for (let i = 0; i < NOTIFICATIONS; i += 1) {
      await db.$transaction((tx) =>
        enqueueNotification(tx, {
          channel: i % 2 ? "sms" : "email",
          recipient: i % 2 ? `+8491${String(2000000 + i).padStart(7, "0")}` : `bench-${i}@example.test`,
          template: "declarationReceived",
          subject: "BHXH",
          body: `Bench message ${i}`,
          idempotencyKey: `bench-memory:${i}`,
        }),
      );
    }
    await drain(120_000);
    await sleep(3000);
    const workerJustAfterJobs = rssMb(workerPid());
    await sleep(WORKER_REST_MS - 3000);
    const workerAfterJobs = rssMb(workerPid());
    const workerAfterJobsPrivate = privateMb(workerPid());
    const declarations = await Promise.all(Array.from({ length: PDF_EMAILS }, () => createDeclaration(db)));
    for (const declaration of declarations) {
      await db.$transaction((tx) =>
        enqueueNotification(tx, {
          channel: "email",
          recipient: declaration.email!,
          template: "declarationReceived",
          subject: "BHXH",
          body: "Tờ khai 01",
          attachments: [{ kind: "declarationPdf", declarationId: declaration.id }],
          idempotencyKey: `bench-memory:pdf:${declaration.id}`,
          declarationId: declaration.id,
        }),
      );
    }
    await drain(120_000);
    await sleep(WORKER_REST_MS);
    const workerAfterPdf = rssMb(workerPid());
    workerSampler.stop();
    const statuses = Object.fromEntries((await db.notification.groupBy({ by: ["status"], _count: true })).map((row) => [row.status, row._count]));
    await worker.stop();

    // The web server as `npm start` runs it.
    const { startWebServerProcess } = await import("@/scripts/lib/web-server-process");
    const port = await freePort();
    const server = startWebServerProcess({
      env: { ...env, PORT: String(port), LISTEN_HOST: "127.0.0.1", TRUST_PROXY_HOPS: "0" },
      log: () => {},
      onGiveUp: () => {},
      pidFile: path.join(scratch, "server.pid"),
    });
    stops.push(() => server.stop());
    const base = `http://127.0.0.1:${port}`;
    if (!(await waitUntilReady(base, { timeoutMs: 180_000, gaveUp: () => false }))) throw new Error("the web server did not become ready");
    const serverPid = server.current()?.pid;
    const serverCold = rssMb(serverPid);
    // Warm up each page (its modules and first render), then let the heap settle.
    for (let round = 0; round < 3; round += 1) for (const target of TARGETS) await fetch(`${base}${target}`).then((r) => r.arrayBuffer());
    await sleep(5000);
    const serverStart = rssMb(serverPid);
    const serverSampler = sampleRss(serverPid);
    const burst: Record<string, { requests: number; errors: number; timeouts: number; statuses: Record<string, number> }> = {};
    for (const target of TARGETS) {
      const load = await hammer(base, { name: target, path: target }, BURST_SECONDS, CONNECTIONS);
      burst[target] = { requests: load.requests, errors: load.errors, timeouts: load.timeouts, statuses: load.statuses };
    }
    const backlogMs = await waitUntilQuiet(serverPid);
    await sleep(IDLE_SECONDS * 1000);
    const serverPeak = serverSampler.figures.peak;
    serverSampler.stop();
    const serverAfterIdle = rssMb(serverPid);

    const mb = (value: number) => round(value, 0);
    const context = { connections: CONNECTIONS, burstSeconds: BURST_SECONDS, idleSeconds: IDLE_SECONDS, targets: TARGETS, benchBuildMs: Math.round(buildMs) };
    return [
      { name: "server_rss_cold", value: mb(serverCold), unit: "MB", note: "right after start-up, before any page was rendered", ...context },
      { name: "server_rss_start", value: mb(serverStart), unit: "MB", note: "after one render of each target", ...context },
      { name: "server_rss_peak", value: mb(serverPeak), unit: "MB", burst, ...context },
      { name: "server_rss_after_idle", value: mb(serverAfterIdle), unit: "MB", backlogMs, ...context },
      { name: "server_rss_after_idle_ratio", value: round(serverAfterIdle / serverStart, 2), unit: "ratio", baseline: "server_rss_start", target: `<= ${SERVER_RATIO_TARGET}`, ...context },
      { name: "worker_rss_idle", value: mb(workerIdle), unit: "MB", target: `< ${WORKER_TARGET_MB}`, privateMb: mb(workerIdlePrivate) },
      { name: "worker_rss_after_jobs", value: mb(workerAfterJobs), unit: "MB", target: `< ${WORKER_TARGET_MB}`, privateMb: mb(workerAfterJobsPrivate), justAfterMb: mb(workerJustAfterJobs), restMs: WORKER_REST_MS, notifications: NOTIFICATIONS, peak: mb(workerSampler.figures.peak), statuses },
      { name: "worker_rss_after_pdf_emails", value: mb(workerAfterPdf), unit: "MB", pdfEmails: PDF_EMAILS, note: "the PDF renderer and sharp load on the first attachment" },
    ];
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
  process.exit(0);
}
