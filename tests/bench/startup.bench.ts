// Time from `npm start` to a ready portal (GET /api/health/ready: database reachable, migrations applied) on an
// existing data directory, a bench-only one.
// `npm start` keeps its state in <cwd>/.data (the web server's pid file, which the next start SIGTERMs, the
// auth secret, the embedded PostgreSQL), so the bench runs it from its own root: a temporary folder with a
// symbolic link to every entry of the checkout except .data and .next, its own .data, and its own copy of the
// build. A portal already running from this checkout is never signalled, and its build never rewritten (if
// the copy is stale, `npm start` rebuilds the copy).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/server/db/embedded";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";

const checkout = process.cwd();
const dataDir = path.join(checkout, ".data", "bench-startup-pg");

/** The bench's own root for `npm start` (see the top of this file). */
function benchRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-startup-"));
  for (const entry of readdirSync(checkout)) {
    if (entry === ".data" || entry === ".next" || entry === ".git") continue;
    symlinkSync(path.join(checkout, entry), path.join(root, entry));
  }
  mkdirSync(path.join(root, ".data"));
  const build = path.join(checkout, ".next");
  if (existsSync(build)) {
    // Timestamps kept: `npm start` compares BUILD_ID's with the sources' to decide whether to rebuild.
    cpSync(build, path.join(root, ".next"), { recursive: true, preserveTimestamps: true, filter: (source) => !source.startsWith(path.join(build, "cache")) });
  }
  return root;
}

async function startOnce(root: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: "" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the portal did not become ready within 10 minutes");
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGINT");
    await exited;
  }
}

export async function run(): Promise<BenchResult[]> {
  const root = benchRoot();
  try {
    const first = await startOnce(root); // creates and seeds the data directory (and builds the copy if needed)
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push(await startOnce(root));
    return [
      {
        name: "startup_to_ready_existing_data",
        value: round(median(samples)),
        unit: "ms",
        p95: round(percentile(samples, 95)),
        samples: samples.map((s) => round(s)),
        firstStartIncludingSeedMs: round(first),
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
