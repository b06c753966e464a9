// `npm run cluster`: the portal as it runs wider than one machine, on this one: N app nodes (default 2,
// scripts/serve.ts with TRUST_PROXY_HOPS=1) and M workers (default 2) against one PostgreSQL (DATABASE_URL,
// or the project's embedded one, migrated and seeded as by `npm start`), behind nginx with the shipped
// deploy/nginx.conf. Builds first when the build is missing or older than the sources (as `npm start`); needs
// Debian's nginx.
//   npm run cluster -- --nodes 3 --workers 2 --port 8080
// Ctrl-C / SIGTERM: nginx finishes what it has, each node drains (≤ 30 s), workers finish their run.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateAndReport, resolveDatabase } from "./lib/database";
import { demoAuthSecret } from "./lib/demo-secret";
import { startCluster, type Cluster } from "./lib/cluster";
import { buildIsCurrent, runProductionBuild } from "./lib/production-build";
import { environmentProblems } from "../lib/server/env";

const log = (msg: string) => console.log(`[cluster] ${msg}`);
const { values } = parseArgs({
  options: { nodes: { type: "string", default: "2" }, workers: { type: "string", default: "2" }, port: { type: "string", default: process.env.PORT ?? "8080" } },
});
const nodes = Number(values.nodes);
const workers = Number(values.workers);
const proxyPort = Number(values.port);
if (![nodes, workers, proxyPort].every(Number.isInteger) || nodes < 1 || nodes > 16 || workers < 0 || workers > 16) {
  console.error("[cluster] --nodes 1..16, --workers 0..16, --port a port number");
  process.exit(2);
}
const production = process.env.APP_MODE === "production";
const problems = environmentProblems(production ? process.env : { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://embedded" });
if (problems.length) {
  console.error(`[cluster] Fix these variables first:\n${problems.join("\n")}`);
  process.exit(1);
}

if (!buildIsCurrent(process.cwd())) {
  log("Building the portal (no build yet, or sources changed)…");
  if ((await runProductionBuild(process.cwd(), process.env)) !== 0) {
    console.error("[cluster] The build failed.");
    process.exit(1);
  }
}
const database = await resolveDatabase(log);
let cluster: Cluster | undefined;
const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-cluster-"));
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log("Stopping: nginx, then each node (draining) and worker…");
  await cluster?.stop();
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  await migrateAndReport(database.url, log);
  if (database.embedded) {
    const { seedIfEmpty } = await import("../prisma/seed");
    await seedIfEmpty(database.url, log);
  }
  cluster = await startCluster({
    databaseUrl: database.url,
    nodes,
    workers,
    proxyPort,
    dir,
    // One secret for every process, so each node and worker opens what another sealed.
    env: { AUTH_SECRET: production ? process.env.AUTH_SECRET : demoAuthSecret(), PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || `http://localhost:${proxyPort}` },
    log,
  });
  log(`nginx on ${cluster.proxyUrl} → nodes ${cluster.nodeUrls.join(", ")}; ${workers} worker(s). Ctrl-C stops.`);
} catch (error) {
  console.error(error);
  await stop(1);
}
