// The server the end-to-end suite drives: the production build on a throwaway PostgreSQL with the
// reference and demo data, and the outbox notification drivers. Run by playwright.config.ts.
import path from "node:path";
import { requireProductionBuild, startSeededScratchDatabase } from "./lib/e2e-database";
import { startWebServerProcess } from "./lib/web-server-process";
import { startWorkerProcess } from "./lib/worker-process";

const port = process.env.E2E_PORT ?? "3107";

requireProductionBuild();

const log = (msg: string) => console.log(`[e2e] ${msg}`);
const { database: cluster, url } = await startSeededScratchDatabase("bhxh_e2e", log);

const serverEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: url,
  APP_MODE: "demo",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
  PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  STORAGE_DIR: path.join(cluster.dir, "files"),
  // The same front server as `npm start` (scripts/serve.ts): the client address is the socket's.
  PORT: port,
  LISTEN_HOST: "127.0.0.1",
  // As behind deploy/nginx.conf: specs that set up data through the API say whose address it is.
  TRUST_PROXY_HOPS: "1",
} as const;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await Promise.all([server.stop(), worker.stop()]);
  await cluster.stop().catch(() => {});
  process.exit(code);
};
const server = startWebServerProcess({ env: serverEnv, log, pidFile: path.join(cluster.dir, "server.pid"), onGiveUp: () => void stop(1) });
// The worker delivers to the outbox, so the tests read messages from /api/dev/outbox as sent.
const worker = startWorkerProcess({ env: serverEnv, log });
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
