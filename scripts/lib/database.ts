// Resolves the database for `npm start`, `npm run db:*` and the worker: DATABASE_URL when given,
// otherwise the project's embedded PostgreSQL in .data/pg.
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/server/db/embedded";
import { ensureDatabase, migrate } from "../../lib/server/db/migrate";

export const EMBEDDED_DATA_DIR = path.resolve(process.env.EMBEDDED_PG_DATA_DIR ?? path.join(".data", "pg"));
const EMBEDDED_DATABASE = "bhxh";

export type ResolvedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function resolveDatabase(log: (msg: string) => void): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const cluster = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, log });
  await ensureDatabase(cluster.adminUrl, EMBEDDED_DATABASE);
  return { url: cluster.urlFor(EMBEDDED_DATABASE), embedded: true, stop: cluster.stop };
}

export async function migrateAndReport(url: string, log: (msg: string) => void): Promise<void> {
  const { applied } = await migrate(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
}
