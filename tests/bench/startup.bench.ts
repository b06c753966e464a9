// Time from `npm start` to a ready portal (GET /api/health/ready: database reachable, migrations applied) on an
// existing data directory, a bench-only one.
// `npm start` keeps its state in <cwd>/.data (the web server's pid file, which the next start SIGTERMs, the
// auth secret, the embedded PostgreSQL) and serves <cwd>/.next, so the bench never runs it from the checkout:
// - its own build, `NEXT_DIST_DIR=.next-bench-startup` in the checkout (Turbopack builds only inside the
//   project's real folder), made when missing or older than the sources, never touching `.next`;
// - its own root, a temporary folder with a symbolic link to every entry of the checkout except .data and
//   the builds, its own .data, and `.next` pointing at the bench's build.
// A portal already running from this checkout is never signalled and its build never rewritten.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/server/db/embedded";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";

const checkout = process.cwd();
const dataDir = path.join(checkout, ".data", "bench-startup-pg");
const DIST = ".next-bench-startup";

/** The newest modification time of what a build is made from: the same folders and files `npm start` checks. */
function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "data"]) walk(path.join(checkout, dir));
  for (const file of ["next.config.js", "package-lock.json", "prisma/schema.prisma"]) {
    const full = path.join(checkout, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The bench's own production build, rebuilt only when missing or older than the sources. Returns build ms (0 when current). */
function ensureBenchBuild(): number {
  const buildId = path.join(checkout, DIST, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime()) return 0;
  const started = performance.now();
  // `next build` adds its dist folder's types to tsconfig.json's include: put the checkout's file back.
  const tsconfig = path.join(checkout, "tsconfig.json");
  const tsconfigBefore = readFileSync(tsconfig);
  const result = spawnSync(process.execPath, [path.join(checkout, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: checkout,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", 2, 2],
  });
  if (!readFileSync(tsconfig).equals(tsconfigBefore)) writeFileSync(tsconfig, tsconfigBefore);
  if (result.status !== 0) throw new Error(`next build (${DIST}) failed with ${result.status ?? result.signal}`);
  return performance.now() - started;
}

function benchRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-startup-"));
  for (const entry of readdirSync(checkout)) {
    if (entry === ".data" || entry === ".git" || entry.startsWith(".next")) continue;
    symlinkSync(path.join(checkout, entry), path.join(root, entry));
  }
  mkdirSync(path.join(root, ".data"));
  // `npm start` looks for .next/BUILD_ID; Next serves NEXT_DIST_DIR (set below): both are the bench's build.
  symlinkSync(path.join(checkout, DIST), path.join(root, ".next"));
  symlinkSync(path.join(checkout, DIST), path.join(root, DIST));
  return root;
}

async function startOnce(root: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: "", NEXT_DIST_DIR: DIST },
    stdio: "ignore",
    detached: true,
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => (exited = true));
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline && !exited) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
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
  const root = benchRoot();
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
    rmSync(root, { recursive: true, force: true });
  }
}
