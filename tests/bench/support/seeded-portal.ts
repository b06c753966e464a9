// The portal as the page benches (dang-ky-tbt, lighthouse) load it: the benches' own production build
// (portal.ts) serving a scratch PostgreSQL, migrated and seeded with the reference data, on a free port.
import { createBenchRoot, ensureBenchBuild, startNextServer } from "./portal";

/** What they load: the home page (the baseline), the declaration's start page and its form. */
export const PAGES = [
  { name: "home", path: "/" },
  { name: "dang-ky", path: "/dang-ky" },
  { name: "dang-ky-form", path: "/dang-ky/ke-khai" },
] as const;

export type SeededPortal = { url: string; /** The build's ms (0 when it was current). */ benchBuildMs: number; stop: () => Promise<void> };

/** Builds if needed, starts a scratch cluster with `database` migrated and seeded, and `next start` on a free port. */
export async function startSeededPortal(database: string): Promise<SeededPortal> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const { freePort } = await import("@/lib/server/db/embedded");
  const benchBuildMs = ensureBenchBuild();
  const cluster = await startScratchCluster();
  const { root, remove } = createBenchRoot();
  const release = async () => {
    remove();
    await cluster.stop();
  };
  try {
    await ensureDatabase(cluster.adminUrl, database);
    const url = cluster.urlFor(database);
    await migrate(url);
    const appEnv = { DATABASE_URL: url, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", APP_MODE: "demo" };
    Object.assign(process.env, appEnv);
    const { prisma } = await import("@/lib/server/db/client");
    const { seedReferenceData } = await import("@/prisma/seed");
    await seedReferenceData(prisma, () => {});
    await prisma.$disconnect();
    const port = await freePort();
    const server = await startNextServer(root, port, { ...appEnv, PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    return {
      url: server.url,
      benchBuildMs,
      stop: async () => {
        await server.stop();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
