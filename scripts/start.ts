// `npm start`: the whole portal from one command. Starts the embedded PostgreSQL (unless DATABASE_URL is
// set), applies migrations, seeds demo data into an empty embedded database, builds when the build is
// missing or older than the sources, then serves the production build (or `next dev` with --dev) through
// scripts/serve.ts. The web server and the worker are supervised children (restarted after a crash).
// In production mode the environment is checked first and no secret is generated.
import type { ChildProcess } from "node:child_process";
import { migrateAndReport, resolveDatabase } from "./lib/database";
import { demoAuthSecret } from "./lib/demo-secret";
import { environmentProblems } from "../lib/server/env";
import type { Supervised } from "./lib/supervisor";
import { startWebServerProcess, stopOrphanedWebServer } from "./lib/web-server-process";
import { startWorkerProcess, type WorkerProcess } from "./lib/worker-process";
import { buildIsCurrent, runProductionBuild } from "./lib/production-build";

const dev = process.argv.includes("--dev");
const log = (msg: string) => console.log(`[start] ${msg}`);
const root = process.cwd();

/**
 * The whole environment, checked before anything starts. Production: every variable as given, nothing
 * generated, every problem named, exit 1. Demo: the same checks with the embedded database standing in
 * for a missing DATABASE_URL.
 */
function checkEnvironment(): boolean {
  const production = process.env.APP_MODE === "production";
  const problems = environmentProblems(production ? process.env : { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://embedded" });
  if (problems.length === 0) return true;
  console.error(`[start] The portal cannot start${production ? " in production mode" : ""}; fix these variables (see .env.example and the README):\n${problems.join("\n")}`);
  return false;
}

async function main() {
  if (!checkEnvironment()) process.exit(1);
  const production = process.env.APP_MODE === "production";
  const started = Date.now();
  stopOrphanedWebServer(log);
  let build: ChildProcess | undefined;
  // Set once PostgreSQL is up; a signal may arrive before that.
  const running: { database?: Awaited<ReturnType<typeof resolveDatabase>>; worker?: WorkerProcess; server?: Supervised } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (build && build.exitCode === null) {
      build.kill("SIGTERM");
      await new Promise((resolve) => build!.once("exit", resolve));
    }
    await Promise.all([running.server?.stop(), running.worker?.stop()]);
    if (running.database) {
      await running.database.stop().catch((e) => console.error(e));
      if (running.database.embedded) log("PostgreSQL stopped.");
    }
    process.exit(code);
  };
  // Ctrl-C or SIGTERM at any moment (migrating, building, serving) stops everything cleanly; a second
  // one does not wait: the children are killed and we exit (the next start copes with what is left).
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) {
        log(`${signal} received again: forcing exit.`);
        build?.kill("SIGKILL");
        running.server?.kill();
        running.worker?.kill();
        process.exit(130);
      }
      log(`${signal} received: stopping (again to force).`);
      void shutdown(0);
    });
  }

  const database = await resolveDatabase(log);
  running.database = database;

  try {
    await migrateAndReport(database.url, log);
    if (database.embedded) {
      const { seedIfEmpty } = await import("../prisma/seed");
      await seedIfEmpty(database.url, log);
    }
  } catch (error) {
    console.error(error);
    await shutdown(1);
    return;
  }

  const port = process.env.PORT ?? "3000";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: production ? process.env.AUTH_SECRET : demoAuthSecret(),
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS || "0",
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && !buildIsCurrent(root)) {
    log("Building the portal (first start or sources changed)…");
    const status = await runProductionBuild(root, env, (child) => (build = child));
    if (stopping) return;
    if (status !== 0) {
      console.error("[start] The build failed.");
      await shutdown(status ?? 1);
      return;
    }
  }

  if (stopping) return;
  const childEnv: NodeJS.ProcessEnv = dev ? env : { ...env, NODE_ENV: "production" };
  const giveUp = () => void shutdown(1);
  // Notifications and lifecycle jobs (scripts/worker.ts); RUN_WORKER=false when workers run elsewhere.
  // One supervised worker per `npm start`: a restart waits for the previous one to have exited.
  if (process.env.RUN_WORKER !== "false") running.worker = startWorkerProcess({ env: childEnv, log, onGiveUp: giveUp });
  running.server = startWebServerProcess({ env: childEnv, log, dev, onGiveUp: giveUp });
  log(`Serving on http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s before Next starts)`);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
