// Time from `npm start` to a ready portal (GET /api/health/ready: database reachable, migrations applied) on an
// existing data directory, a bench-only one. `npm start` keeps its state in <cwd>/.data (the web server's pid
// file, which the next start SIGTERMs, the auth secret, the embedded PostgreSQL) and serves <cwd>/.next, so it
// runs here from the benches' own root and build (support/portal.ts): a portal already running from this
// checkout is never signalled and its build never rewritten.
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/server/db/embedded";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";
import { BENCH_DIST, createBenchRoot, ensureBenchBuild, waitUntilReady } from "./support/portal";

const dataDir = path.join(process.cwd(), ".data", "bench-startup-pg");

async function startOnce(root: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: "", NEXT_DIST_DIR: BENCH_DIST },
    stdio: "ignore",
    detached: true,
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => (exited = true));
  try {
    if (await waitUntilReady(`http://127.0.0.1:${port}`, { timeoutMs: 300_000, gaveUp: () => exited })) return performance.now() - started;
    throw new Error(exited ? "npm start ended before the portal was ready" : "the portal was not ready within 5 minutes");
  } finally {
    if (!exited) {
      process.kill(-child.pid!, "SIGINT");
      await exit;
    }
  }
}

export async function run(): Promise<BenchResult[]> {
  const buildMs = ensureBenchBuild();
  const { root, remove } = createBenchRoot();
  try {
    const first = await startOnce(root); // creates and seeds the data directory on the first run
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push(await startOnce(root));
    return [
      {
        name: "startup_to_ready_existing_data",
        value: round(median(samples)),
        unit: "ms",
        p95: round(percentile(samples, 95)),
        samples: samples.map((s) => round(s)),
        firstStartMs: round(first),
        benchBuildMs: round(buildMs),
      },
    ];
  } finally {
    remove();
  }
}
