// What both end-to-end servers (scripts/e2e-server.ts, scripts/e2e-cluster.ts) start from: the production
// build, already made, and a throwaway PostgreSQL with one migrated database holding the reference and demo data.
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, migrate } from "../../lib/server/db/migrate";
import { seedIfEmpty } from "../../prisma/seed";
import { startScratchCluster } from "./scratch-database";

/** Ends the process with a hint when there is no production build to serve. */
export function requireProductionBuild(): void {
  if (!existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    console.error("No production build: run `npx next build` first (npm test does).");
    process.exit(1);
  }
}

/** The scratch cluster (stop it when done) and the URL of its database `name`, migrated and seeded. */
export async function startSeededScratchDatabase(name: string, log: (msg: string) => void): Promise<{ database: Awaited<ReturnType<typeof startScratchCluster>>; url: string }> {
  const database = await startScratchCluster();
  await ensureDatabase(database.adminUrl, name);
  const url = database.urlFor(name);
  await migrate(url);
  await seedIfEmpty(url, log);
  return { database, url };
}
