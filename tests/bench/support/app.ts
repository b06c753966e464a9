// For the benches that drive the app's services or route handlers end to end: a scratch cluster with a
// migrated "bench" database and a temporary photo folder, the app's environment pointed at both, all
// removed afterwards; and the few lines that run a bench file on its own.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "../run";

/**
 * Runs `body` with the database's URL once the environment is set. The app's modules read it on first
 * use, so `body` imports them itself (dynamic import), never the bench file at its top.
 */
export async function withBenchApp<T>(storagePrefix: string, body: (databaseUrl: string) => Promise<T>): Promise<T> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const cluster = await startScratchCluster();
  const storageDir = mkdtempSync(path.join(os.tmpdir(), storagePrefix));
  try {
    await ensureDatabase(cluster.adminUrl, "bench");
    const databaseUrl = cluster.urlFor("bench");
    await migrate(databaseUrl);
    Object.assign(process.env, { DATABASE_URL: databaseUrl, STORAGE_DRIVER: "local", STORAGE_DIR: storageDir, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", APP_MODE: "demo" });
    return await body(databaseUrl);
  } finally {
    await cluster.stop();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

/** `npx tsx … tests/bench/x.bench.ts` alone: its results as JSON lines (`npm run bench` imports `run` instead). */
export async function runWhenMain(moduleUrl: string, run: () => Promise<BenchResult[]>): Promise<void> {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  for (const result of await run()) console.log(JSON.stringify(result));
  process.exit(0);
}
