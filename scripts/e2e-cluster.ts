// The cluster the multi-node e2e suite drives (playwright.cluster.config.ts): a throwaway PostgreSQL with
// the reference and demo data, 2 nodes and 2 workers behind nginx with deploy/nginx.conf, each process
// logging to a file (the suite scans them for personal data). Fixed ports from E2E_CLUSTER_PORT: the proxy
// on it, the nodes on the next two. Writes what the suite needs to E2E_CLUSTER_STATE.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startScratchCluster } from "./lib/scratch-database";
import { ensureDatabase, migrate } from "../lib/server/db/migrate";
import { seedIfEmpty } from "../prisma/seed";
import { startCluster } from "./lib/cluster";

const port = Number(process.env.E2E_CLUSTER_PORT ?? 3117);
const stateFile = process.env.E2E_CLUSTER_STATE ?? path.join(process.cwd(), ".data", `e2e-cluster-${port}.json`);
const log = (msg: string) => console.log(`[e2e-cluster] ${msg}`);

if (!existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first (npm test does).");
  process.exit(1);
}

const database = await startScratchCluster();
await ensureDatabase(database.adminUrl, "bhxh_cluster");
const url = database.urlFor("bhxh_cluster");
await migrate(url);
await seedIfEmpty(url, log);
const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-e2e-cluster-"));
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await cluster?.stop();
  await database.stop().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

const cluster = await startCluster({
  databaseUrl: url,
  nodes: 2,
  workers: 2,
  proxyPort: port,
  nodePorts: [port + 1, port + 2],
  dir,
  logToFiles: true,
  env: { APP_MODE: "demo", AUTH_SECRET: "e2e-cluster-secret-e2e-cluster-secret-0123", LOG_LEVEL: "info" },
  log,
}).catch(async (error: unknown) => {
  console.error(error);
  await stop(1);
  throw error;
});
try {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ proxyUrl: cluster.proxyUrl, nodeUrls: cluster.nodeUrls, databaseUrl: url, dir, logFiles: cluster.logFiles }));
} catch (error) {
  console.error(error);
  await stop(1);
}
log(`Ready: ${cluster.proxyUrl} → ${cluster.nodeUrls.join(", ")}`);
