// A national burst on loopback (issues 16 and 18): 1 node vs 2 nodes behind nginx (deploy/nginx.conf,
// scripts/lib/cluster.ts), each with one worker, on a throwaway PostgreSQL with the demo data. For each target,
// BENCH_CLUSTER_CONNECTIONS (default 500) keep-alive connections hammer one URL through nginx for
// BENCH_CLUSTER_SECONDS (default 30): the bare health check as the baseline, the status look-up (the API, the
// ID number in X-Id-Number, a new client address every 20 requests so the per-address limit is not what is
// measured: each connection binds its own 127.x.y.z), alone and again while declarations with three photos
// arrive at BENCH_DECLARATIONS_PER_SECOND (default 1), then the home page and the offices API. One JSON line
// per target and node count: throughput, p50/p95/p99, the status histogram, socket errors and timeouts, each
// node's resident memory before and after; then the ratios to health of the same run, and 2 nodes ÷ 1 node.
// Each target's line also says where the CPU went (cores used by the nodes, their workers, nginx, PostgreSQL
// and this load generator, and the machine as a whole): on a machine with fewer cores than processes, that
// is what limits a second node. Needs a production build and nginx.
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchResult } from "./run";
import { percentile, round } from "./stats";
import { machineCpuSeconds, measureCpu, treeCpuSeconds } from "./support/cpu";

const CONNECTIONS = Number(process.env.BENCH_CLUSTER_CONNECTIONS ?? 500);
const SECONDS = Math.min(60, Number(process.env.BENCH_CLUSTER_SECONDS ?? 30));
const DECLARATIONS_PER_SECOND = Number(process.env.BENCH_DECLARATIONS_PER_SECOND ?? 1);
const REQUEST_TIMEOUT_MS = 10_000;
const WARM_UP_SECONDS = 4;
/** A new client address (and connection) after this many look-ups: the per-address limit is 30 per 10 min. */
const REQUESTS_PER_ADDRESS = 20;
const AUTH_SECRET = "bench-cluster-secret-bench-cluster-secret-01";

export type Target = { name: string; path: string; headers?: Record<string, string>; rotateAddress?: boolean; whileDeclaring?: boolean };
/** A reference that does not exist: the rate limit and the look-up query run; the answer is 404. */
const STATUS_LOOKUP: Target = { name: "status-lookup", path: "/api/v1/declarations/TK-2222-2222", headers: { "X-Id-Number": "001190099999" }, rotateAddress: true };
const TARGETS: Target[] = [
  { name: "health", path: "/api/health" },
  // Alone: what the look-up costs beside health (issue 18). Then again while declarations with photos arrive
  // (issue 16: a look-up burst must not keep people from declaring); their photo processing takes CPU from it.
  STATUS_LOOKUP,
  { ...STATUS_LOOKUP, name: "status-lookup-while-declaring", whileDeclaring: true },
  { name: "home", path: "/" },
  { name: "offices-api", path: "/api/v1/offices?provinceCode=01" },
];

type Load = { requests: number; latencies: number[]; acceptedLatencies: number[]; statuses: Record<string, number>; errors: number; timeouts: number; seconds: number; retryAfterMissing: number };

/** What one request ended with: after a refusal, the seconds its Retry-After asked the caller to wait. */
type Outcome = { retryAfterSeconds: number };

/** The pid in a pid file's first line (nginx.pid, PostgreSQL's postmaster.pid), if the file is there. */
function pidIn(file: string): number | undefined {
  try {
    return Number(readFileSync(file, "utf8").split("\n")[0]) || undefined;
  } catch {
    return undefined;
  }
}

/** The CPU seconds of several process trees, or null when one of them cannot be read. */
function summed(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + b!, 0);
}

/** Loopback addresses 127.1.0.1 … : each connection (and, when rotating, each batch of requests) its own client. */
let addressCounter = 0;
function nextLoopbackAddress(): string {
  const n = addressCounter++;
  return `127.${1 + ((n >> 16) % 250)}.${(n >> 8) & 255}.${1 + (n % 250)}`;
}

/**
 * CONNECTIONS loops, each sending the next request when the last one ends, until the time is up. After a 429 or
 * 503 a loop waits what Retry-After says, as a well-behaved client (or a person told "try again in 2 s") does:
 * a load generator that fires again at once measures how fast a refusal can be repeated, not the service.
 */
export async function hammer(base: string, target: Target, seconds: number, connections: number): Promise<Load> {
  const load: Load = { requests: 0, latencies: [], acceptedLatencies: [], statuses: {}, errors: 0, timeouts: 0, seconds, retryAfterMissing: 0 };
  const deadline = performance.now() + seconds * 1000;
  const url = `${base}${target.path}`;
  const one = (agent: http.Agent) =>
    new Promise<Outcome>((resolve) => {
      const started = performance.now();
      const req = http.get(url, { agent, timeout: REQUEST_TIMEOUT_MS, headers: { "Accept-Encoding": "gzip", ...target.headers } }, (res) => {
        res.resume();
        res.on("end", () => {
          load.requests++;
          load.latencies.push(performance.now() - started);
          const status = res.statusCode ?? 0;
          // Accepted: answered by the app (not refused by a limit or a cap, not a proxy error).
          if (status < 429) load.acceptedLatencies.push(performance.now() - started);
          load.statuses[String(status)] = (load.statuses[String(status)] ?? 0) + 1;
          const refused = status === 429 || status === 503;
          if (refused && !res.headers["retry-after"]) load.retryAfterMissing++;
          resolve({ retryAfterSeconds: refused ? Number(res.headers["retry-after"]) || 0 : 0 });
        });
        res.on("error", () => {
          load.errors++;
          resolve({ retryAfterSeconds: 0 });
        });
      });
      req.on("timeout", () => {
        load.timeouts++;
        req.destroy(new Error("timeout"));
      });
      req.on("error", (error) => {
        if (error.message !== "timeout") load.errors++;
        resolve({ retryAfterSeconds: 0 });
      });
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      let agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: nextLoopbackAddress() });
      let sent = 0;
      while (performance.now() < deadline) {
        if (target.rotateAddress && sent > 0 && sent % REQUESTS_PER_ADDRESS === 0) {
          agent.destroy();
          agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: nextLoopbackAddress() });
        }
        const { retryAfterSeconds } = await one(agent);
        sent++;
        const wait = Math.min(retryAfterSeconds * 1000, deadline - performance.now());
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      agent.destroy();
    }),
  );
  return load;
}

type Submissions = { sent: number; latencies: number[]; statuses: Record<string, number>; errors: number };

/** Declarations with three photos through the public API, one every 1/rate s, each from its own address, until `seconds` pass. */
async function declareSteadily(base: string, seconds: number, rate: number, photos: { portrait: Buffer; idFront: Buffer; idBack: Buffer }, seed: number): Promise<Submissions> {
  const { buildPerson } = await import("@/tests/factories/people");
  const { createRng } = await import("@/tests/factories/random");
  const { declarationJson } = await import("@/tests/fixtures/declaration-json");
  const rng = createRng(seed); // people of their own per run: the same person twice is a 409, not a measurement
  const result: Submissions = { sent: 0, latencies: [], statuses: {}, errors: 0 };
  const total = Math.max(0, Math.floor(seconds * rate));
  const sending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const person = buildPerson(rng);
    const boundary = `bench${crypto.randomUUID()}`;
    const part = (name: string, body: Buffer | string, file?: string) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: image/jpeg` : "\r\nContent-Type: application/json"}\r\n\r\n`),
        typeof body === "string" ? Buffer.from(body) : body,
        Buffer.from("\r\n"),
      ]);
    const body = Buffer.concat([
      part("declaration", JSON.stringify(declarationJson(person))),
      part("portrait", photos.portrait, "portrait.jpg"),
      part("idFront", photos.idFront, "front.jpg"),
      part("idBack", photos.idBack, "back.jpg"),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    sending.push(
      new Promise<void>((resolve) => {
        const started = performance.now();
        const req = http.request(`${base}/api/v1/declarations`, {
          method: "POST",
          localAddress: nextLoopbackAddress(),
          timeout: 60_000,
          headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, "Content-Length": String(body.byteLength), "Idempotency-Key": crypto.randomUUID() },
        }, (res) => {
          res.resume();
          res.on("end", () => {
            result.sent++;
            result.latencies.push(performance.now() - started);
            result.statuses[String(res.statusCode)] = (result.statuses[String(res.statusCode)] ?? 0) + 1;
            resolve();
          });
        });
        req.on("timeout", () => req.destroy(new Error("timeout")));
        req.on("error", () => {
          result.errors++;
          resolve();
        });
        req.end(body);
      }),
    );
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  await Promise.all(sending);
  return result;
}

/** Why nginx answered 502/504 in this run: its error log's upstream messages, counted by kind. */
function proxyErrors(file: string): { value: number; reasons: Record<string, number> } {
  const reasons: Record<string, number> = {};
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { value: 0, reasons };
  }
  for (const line of text.split("\n")) {
    const reason = /(upstream timed out|Connection refused|Connection reset by peer|upstream prematurely closed connection|no live upstreams|Permission denied)/.exec(line)?.[1];
    if (reason) reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  return { value: Object.values(reasons).reduce((a, b) => a + b, 0), reasons };
}

function residentMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return round(kb / 1024, 0);
  } catch {
    return null;
  }
}

export async function run(): Promise<BenchResult[]> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const { seedIfEmpty } = await import("@/prisma/seed");
  const { startCluster } = await import("@/scripts/lib/cluster");
  const { phonePhotoJpeg } = await import("@/tests/fixtures/photo-files");
  const database = await startScratchCluster();
  const results: BenchResult[] = [];
  try {
    await ensureDatabase(database.adminUrl, "bhxh_bench");
    const url = database.urlFor("bhxh_bench");
    await migrate(url);
    await seedIfEmpty(url, () => {});
    // The declarations' phone tokens are signed here with the nodes' secret (tests/fixtures/declaration-json.ts).
    Object.assign(process.env, { DATABASE_URL: url, AUTH_SECRET, APP_MODE: "demo" });
    // Photos as the wizard sends them: downscaled in the browser to about 1600 px.
    const [portrait, idFront, idBack] = await Promise.all([
      phonePhotoJpeg({ seed: 11, width: 1200, height: 1600, quality: 85 }),
      phonePhotoJpeg({ seed: 22, width: 1600, height: 1200, quality: 85 }),
      phonePhotoJpeg({ seed: 33, width: 1600, height: 1200, quality: 85 }),
    ]);
    for (const nodes of [1, 2]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-cluster-"));
      const cluster = await startCluster({
        databaseUrl: url,
        nodes,
        workers: 1,
        dir,
        logToFiles: true,
        env: { APP_MODE: "demo", AUTH_SECRET, LOG_LEVEL: "warn" },
        log: () => {},
      });
      const label = (name: string) => `cluster-${name}-${nodes}-node${nodes > 1 ? "s" : ""}`;
      try {
        // Warm each node (first renders compile and fill caches), then every target through nginx for a few
        // seconds under a lighter load (the first phase measured must not pay for the start), then measure.
        for (const node of cluster.nodeUrls) for (const target of TARGETS) await fetch(`${node}${target.path}`, { headers: target.headers }).then((r) => r.arrayBuffer());
        for (const target of TARGETS.filter((t) => !t.whileDeclaring)) await hammer(cluster.proxyUrl, target, WARM_UP_SECONDS, 50);
        for (const target of TARGETS) {
          const memoryBefore = cluster.nodes.map((n) => residentMb(n.current()?.pid));
          const cpu = measureCpu({
            nodes: () => summed(cluster.nodes.map((n) => treeCpuSeconds(n.current()?.pid))),
            workers: () => summed(cluster.workers.map((w) => treeCpuSeconds(w.current()?.pid))),
            nginx: () => treeCpuSeconds(pidIn(path.join(dir, "nginx", "nginx.pid"))),
            postgres: () => treeCpuSeconds(pidIn(path.join(database.dir, "data", "postmaster.pid"))),
            loadGenerator: () => {
              const used = process.cpuUsage();
              return (used.user + used.system) / 1e6;
            },
            machine: machineCpuSeconds,
          });
          const declaring = target.whileDeclaring && DECLARATIONS_PER_SECOND > 0 ? declareSteadily(cluster.proxyUrl, SECONDS, DECLARATIONS_PER_SECOND, { portrait: portrait!, idFront: idFront!, idBack: idBack! }, 1600 + nodes) : null;
          const load = await hammer(cluster.proxyUrl, target, SECONDS, CONNECTIONS);
          const submissions = await declaring;
          const memoryAfter = cluster.nodes.map((n) => residentMb(n.current()?.pid));
          const cpuCores = cpu();
          results.push({
            name: label(target.name),
            value: round(load.requests / load.seconds, 0),
            unit: "requests/s",
            // Answered by the app (below 429): nginx's own 502/504 and the caps' 503 are fast but are not service.
            acceptedPerSecond: round(load.acceptedLatencies.length / load.seconds, 0),
            nodes,
            path: target.path,
            connections: CONNECTIONS,
            seconds: SECONDS,
            p50Ms: round(percentile(load.latencies, 50)),
            p95Ms: round(percentile(load.latencies, 95)),
            p99Ms: round(percentile(load.latencies, 99)),
            acceptedP95Ms: round(percentile(load.acceptedLatencies, 95)),
            statuses: load.statuses,
            socketErrors: load.errors,
            timeouts: load.timeouts,
            refusalsWithoutRetryAfter: load.retryAfterMissing,
            nodeRssMbBefore: memoryBefore,
            nodeRssMbAfter: memoryAfter,
            cpuCores,
            // What the nodes did with the CPU they got: equal for 1 and 2 nodes means they scale with cores.
            acceptedPerNodeCore: cpuCores.nodes ? round(load.acceptedLatencies.length / load.seconds / cpuCores.nodes, 0) : null,
          });
          if (submissions) {
            results.push({
              name: label("declarations-with-photos"),
              value: submissions.sent,
              unit: "declarations",
              nodes,
              ratePerSecond: DECLARATIONS_PER_SECOND,
              during: label(target.name),
              p50Ms: round(percentile(submissions.latencies, 50)),
              p95Ms: round(percentile(submissions.latencies, 95)),
              statuses: submissions.statuses,
              socketErrors: submissions.errors,
              photoBytes: [portrait!.byteLength, idFront!.byteLength, idBack!.byteLength],
            });
          }
        }
        for (const target of TARGETS.slice(1)) {
          const value = results.find((r) => r.name === label(target.name))!.value;
          const health = results.find((r) => r.name === label("health"))!.value;
          results.push({ name: `${label(target.name)}-vs-health`, value: round(value / health, 2), unit: "ratio", baseline: label("health") });
        }
        results.push({ name: label("proxy-errors"), unit: "nginx error-log lines", ...proxyErrors(path.join(dir, "nginx", "error.log")) });
      } finally {
        await cluster.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    for (const target of TARGETS) {
      const one = results.find((r) => r.name === `cluster-${target.name}-1-node`)!;
      const two = results.find((r) => r.name === `cluster-${target.name}-2-nodes`)!;
      // Answers of every kind (refusals are quick), and the answers the app gave (what a second node adds).
      const accepted = round(Number(two.acceptedPerSecond) / Number(one.acceptedPerSecond), 2);
      const perCore = one.acceptedPerNodeCore && two.acceptedPerNodeCore ? round(Number(two.acceptedPerNodeCore) / Number(one.acceptedPerNodeCore), 2) : null;
      results.push({ name: `cluster-${target.name}-2-nodes-vs-1-node`, value: round(two.value / one.value, 2), acceptedRatio: accepted, acceptedPerNodeCoreRatio: perCore, unit: "ratio", baseline: one.name });
    }
  } finally {
    await database.stop();
  }
  return results;
}
