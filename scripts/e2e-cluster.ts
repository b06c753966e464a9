// The cluster the multi-node e2e suite drives (playwright.cluster.config.ts): a throwaway PostgreSQL with
// the reference and demo data, 2 nodes and 2 workers behind nginx with deploy/nginx.conf, each process
// logging to a file (the suite scans them for personal data). Fixed ports from E2E_CLUSTER_PORT: the proxy
// on it, the nodes on the next two. Writes what the suite needs to E2E_CLUSTER_STATE.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireProductionBuild, startSeededScratchDatabase } from "./lib/e2e-database";
import { startCluster } from "./lib/cluster";

const port = Number(process.env.E2E_CLUSTER_PORT ?? 3117);
const stateFile = process.env.E2E_CLUSTER_STATE ?? path.join(process.cwd(), ".data", `e2e-cluster-${port}.json`);
const log = (msg: string) => console.log(`[e2e-cluster] ${msg}`);

requireProductionBuild();

const { database, url } = await startSeededScratchDatabase("bhxh_cluster", log);
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
