// A bench's own PostgreSQL: a scratch embedded cluster with one migrated database holding the reference
// data, the app's Prisma client pointed at it (the services use the process's one client), a pg pool
// for bulk SQL, and everything stopped afterwards. Plus the timing loop the query benches share.
import pg from "pg";
import type { PrismaClient } from "@/lib/server/db/client";

export async function withBenchDatabase<T>(name: string, body: (handles: { pool: pg.Pool; db: PrismaClient }) => Promise<T>): Promise<T> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const cluster = await startScratchCluster();
  const pool = new pg.Pool({ connectionString: cluster.urlFor(name), max: 4 });
  // Idle connections are cut when the cluster stops: not an error.
  pool.on("error", () => {});
  try {
    await ensureDatabase(cluster.adminUrl, name);
    const url = cluster.urlFor(name);
    process.env.DATABASE_URL ??= url;
    await migrate(url);
    const { createPrismaClient } = await import("@/lib/server/db/client");
    const db = createPrismaClient(url);
    (globalThis as unknown as { prisma?: unknown }).prisma = db;
    const { seedReferenceData } = await import("@/prisma/seed");
    await seedReferenceData(db, () => {});
    try {
      return await body({ pool, db });
    } finally {
      await db.$disconnect();
      (globalThis as unknown as { prisma?: unknown }).prisma = undefined;
    }
  } finally {
    await pool.end();
    await cluster.stop();
  }
}

/** Milliseconds of each of `iterations` calls, after `warmUp` calls that are not counted. */
export async function timeSamples(fn: () => Promise<unknown>, iterations: number, warmUp = 30): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}
