// Resolves the database for `npm start`, `npm run db:*` and the worker: DATABASE_URL when given,
// otherwise the project's embedded PostgreSQL in .data/pg.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, migrate } from "../../lib/server/db/migrate";

export const EMBEDDED_DATA_DIR = path.resolve(process.env.EMBEDDED_PG_DATA_DIR ?? path.join(".data", "pg"));
const EMBEDDED_DATABASE = "bhxh";

export type ResolvedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function resolveDatabase(log: (msg: string) => void): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  // Loaded only here: a worker on DATABASE_URL never carries the embedded PostgreSQL package.
  const { startEmbeddedPostgres } = await import("../../lib/server/db/embedded");
  const cluster = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, log });
  await ensureDatabase(cluster.adminUrl, EMBEDDED_DATABASE);
  return { url: cluster.urlFor(EMBEDDED_DATABASE), embedded: true, stop: cluster.stop };
}

/**
 * The URL of the project's embedded PostgreSQL when another process (`npm start`) is running it, else
 * undefined. Lets `npm run worker` join that server instead of stopping it to start its own.
 */
export function runningEmbeddedDatabaseUrl(): string | undefined {
  const pidFile = path.join(EMBEDDED_DATA_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  // postmaster.pid: line 1 the server's pid, line 4 its port.
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

export async function migrateAndReport(url: string, log: (msg: string) => void): Promise<void> {
  const { applied } = await migrate(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
}
