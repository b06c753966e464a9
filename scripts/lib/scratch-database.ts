// A throwaway embedded PostgreSQL cluster in a temporary folder, for tools and tests.
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/server/db/embedded";

export async function startScratchCluster(): Promise<EmbeddedDatabase & { dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-pg-"));
  chmodSync(dir, 0o755); // the postgres system user must reach the data directory
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), durable: false });
  return {
    ...db,
    dir,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function withScratchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const cluster = await startScratchCluster();
  try {
    return await body(cluster.adminUrl);
  } finally {
    await cluster.stop();
  }
}
