// Starts a throwaway PostgreSQL for the integration tests (never the demo database), migrates it and
// loads the reference data. TEST_DATABASE_URL may name a server to use instead; only a local one.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { ensureDatabase, migrate } from "@/lib/server/db/migrate";
import { startScratchCluster } from "@/scripts/lib/scratch-database";
import { createPrismaClient } from "@/lib/server/db/client";
import { seedReferenceData } from "@/prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
    storageRoot: string;
  }
}

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
    assertLocalDatabase(adminUrl);
  } else {
    const cluster = await startScratchCluster();
    adminUrl = cluster.adminUrl;
    stop = cluster.stop;
  }
  const name = `bhxh_test_${process.pid}_${Date.now()}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await seedReferenceData(prisma, () => {});
  await prisma.$disconnect();

  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
  // Stored files of this run (each worker its own folder under it), removed with the run.
  const storageRoot = mkdtempSync(path.join(os.tmpdir(), "bhxh-test-files-"));
  project.provide("storageRoot", storageRoot);

  return async () => {
    if (process.env.TEST_DATABASE_URL) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    }
    await stop();
    rmSync(storageRoot, { recursive: true, force: true });
  };
}
