// A national burst on loopback: 1 node vs 2 nodes behind nginx (deploy/nginx.conf, scripts/lib/cluster.ts),
// each with one worker, on a throwaway PostgreSQL with the demo data. For each target, BENCH_CLUSTER_CONNECTIONS
// (default 500) keep-alive connections hammer one URL for BENCH_CLUSTER_SECONDS (default 15; the issue's
// scenario is 30): the bare health check as the baseline, the status look-up page, the home page and the
// offices API. One JSON line each: throughput, p50/p95/p99, the status histogram, socket errors and
// timeouts, and each node's resident memory before and after. Needs a production build and nginx.
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchResult } from "./run";
import { percentile, round } from "./stats";

const CONNECTIONS = Number(process.env.BENCH_CLUSTER_CONNECTIONS ?? 500);
const SECONDS = Math.min(30, Number(process.env.BENCH_CLUSTER_SECONDS ?? 15));
const REQUEST_TIMEOUT_MS = 10_000;
const TARGETS = [
  { name: "health", path: "/api/health" },
  { name: "status-lookup-page", path: "/tra-cuu" },
  { name: "home", path: "/" },
  { name: "offices-api", path: "/api/v1/offices?provinceCode=01" },
];

type Load = { requests: number; latencies: number[]; statuses: Record<string, number>; errors: number; timeouts: number; seconds: number };

/** CONNECTIONS loops, each sending the next request when the last one ends, until the time is up. */
export async function hammer(url: string, seconds: number, connections: number): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const load: Load = { requests: 0, latencies: [], statuses: {}, errors: 0, timeouts: 0, seconds };
  const deadline = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.get(url, { agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
        res.resume();
        res.on("end", () => {
          load.requests++;
          load.latencies.push(performance.now() - started);
          load.statuses[String(res.statusCode)] = (load.statuses[String(res.statusCode)] ?? 0) + 1;
          resolve();
        });
        res.on("error", () => {
          load.errors++;
          resolve();
        });
      });
      req.on("timeout", () => {
        load.timeouts++;
        req.destroy(new Error("timeout"));
      });
      req.on("error", (error) => {
        if (error.message !== "timeout") load.errors++;
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  agent.destroy();
  return load;
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
  const database = await startScratchCluster();
  const results: BenchResult[] = [];
  try {
    await ensureDatabase(database.adminUrl, "bhxh_bench");
    const url = database.urlFor("bhxh_bench");
    await migrate(url);
    await seedIfEmpty(url, () => {});
    for (const nodes of [1, 2]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-cluster-"));
      const cluster = await startCluster({
        databaseUrl: url,
        nodes,
        workers: 1,
        dir,
        logToFiles: true,
        env: { APP_MODE: "demo", AUTH_SECRET: "bench-cluster-secret-bench-cluster-secret-01", LOG_LEVEL: "warn" },
        log: () => {},
      });
      try {
        // Warm each node (first renders compile and fill caches), then measure through nginx.
        for (const node of cluster.nodeUrls) for (const target of TARGETS) await fetch(`${node}${target.path}`).then((r) => r.arrayBuffer());
        for (const target of TARGETS) {
          const memoryBefore = cluster.nodes.map((n) => residentMb(n.current()?.pid));
          const load = await hammer(`${cluster.proxyUrl}${target.path}`, SECONDS, CONNECTIONS);
          const memoryAfter = cluster.nodes.map((n) => residentMb(n.current()?.pid));
          results.push({
            name: `cluster-${target.name}-${nodes}-node${nodes > 1 ? "s" : ""}`,
            value: round(load.requests / load.seconds, 0),
            unit: "requests/s",
            nodes,
            path: target.path,
            connections: CONNECTIONS,
            seconds: SECONDS,
            p50Ms: round(percentile(load.latencies, 50)),
            p95Ms: round(percentile(load.latencies, 95)),
            p99Ms: round(percentile(load.latencies, 99)),
            statuses: load.statuses,
            socketErrors: load.errors,
            timeouts: load.timeouts,
            nodeRssMbBefore: memoryBefore,
            nodeRssMbAfter: memoryAfter,
            cpus: os.cpus().length,
          });
        }
      } finally {
        await cluster.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await database.stop();
  }
  return results;
}
