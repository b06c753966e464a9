// The benches' own production build and their own root to run it from, so that `npm run bench` never
// touches a portal running from this checkout (its .data, its pid file, its .next):
// - the build is `NEXT_DIST_DIR=.next-bench` in the checkout (Turbopack builds only inside the project's real
//   folder), made when missing or older than the sources, never touching `.next`;
// - the root is a temporary folder with a symbolic link to every entry of the checkout except .data and the
//   builds, its own .data, and `.next` pointing at the bench build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { newestSourceMtime as newestSourceMtimeUnder } from "../../../scripts/lib/build-sources";

const checkout = process.cwd();
export const BENCH_DIST = ".next-bench";
const nextBin = path.join(checkout, "node_modules", "next", "dist", "bin", "next");

const newestSourceMtime = () => newestSourceMtimeUnder(checkout);

/** The benches' production build, rebuilt only when missing or older than the sources. Returns the build's ms (0 when current). */
export function ensureBenchBuild(): number {
  const buildId = path.join(checkout, BENCH_DIST, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime()) return 0;
  const started = performance.now();
  // `next build` adds its dist folder's types to tsconfig.json's include: put the checkout's file back.
  const tsconfig = path.join(checkout, "tsconfig.json");
  const tsconfigBefore = readFileSync(tsconfig);
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: checkout,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", 2, 2],
  });
  if (!readFileSync(tsconfig).equals(tsconfigBefore)) writeFileSync(tsconfig, tsconfigBefore);
  if (result.status !== 0) throw new Error(`next build (${BENCH_DIST}) failed with ${result.status ?? result.signal}`);
  return performance.now() - started;
}

/** A root of links to the checkout with its own .data; `remove` deletes it (never what the links point to). */
export function createBenchRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-root-"));
  for (const entry of readdirSync(checkout)) {
    if (entry === ".data" || entry === ".git" || entry.startsWith(".next")) continue;
    symlinkSync(path.join(checkout, entry), path.join(root, entry));
  }
  mkdirSync(path.join(root, ".data"));
  // `npm start` looks for .next/BUILD_ID; Next serves NEXT_DIST_DIR (set by the callers): both are the bench build.
  symlinkSync(path.join(checkout, BENCH_DIST), path.join(root, ".next"));
  symlinkSync(path.join(checkout, BENCH_DIST), path.join(root, BENCH_DIST));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Polls GET /api/health/ready until 200; false when `gaveUp()` says the server has ended or time runs out. */
export async function waitUntilReady(baseUrl: string, options: { timeoutMs: number; gaveUp: () => boolean }): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline && !options.gaveUp()) {
    try {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** `next start` of the bench build from `root`, with `env` (DATABASE_URL, STORAGE_DIR…), ready when this resolves. */
export async function startNextServer(root: string, port: number, env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", 2, 2],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => (exited = true));
  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      await exit;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  if (!(await waitUntilReady(url, { timeoutMs: 120_000, gaveUp: () => exited }))) {
    await stop();
    throw new Error("next start did not become ready");
  }
  return { url, stop };
}
