// `npm run worker`: the notification and lifecycle worker on its own (for deployments with several app
// servers; `npm start` runs one itself unless RUN_WORKER=false). The database is DATABASE_URL, or the
// project's embedded PostgreSQL: the one `npm start` is running, or started here when none is.
import { environmentProblems } from "../lib/server/env";
import { demoAuthSecret } from "./lib/demo-secret";
import { migrateAndReport, resolveDatabase, runningEmbeddedDatabaseUrl, type ResolvedDatabase } from "./lib/database";
import { logger, scrub } from "../lib/server/logging/logger";
import { collectGarbageWhenQuiet } from "./lib/idle-gc";

// JSON lines (pino); messages quote gateway errors, so long numbers are blanked (logger.ts).
const log = (msg: string) => logger().info({ component: "worker" }, scrub(msg));

async function main() {
  // In production the environment is complete or nothing runs (the same check as `npm start`).
  if (process.env.APP_MODE === "production") {
    const problems = environmentProblems(process.env);
    if (problems.length) {
      console.error(`[worker] The worker cannot start in production mode; fix these variables:\n${problems.join("\n")}`);
      process.exit(1);
    }
  } else {
    // Demo: the installation's secret, so this worker opens the messages `npm start`'s server sealed.
    process.env.AUTH_SECRET = demoAuthSecret();
  }
  let database: ResolvedDatabase;
  const running = process.env.DATABASE_URL ? undefined : runningEmbeddedDatabaseUrl();
  if (running) {
    log("Using the embedded PostgreSQL that is already running.");
    database = { url: running, embedded: true, stop: async () => {} };
  } else {
    database = await resolveDatabase(log);
  }
  process.env.DATABASE_URL = database.url; // env() reads it (drivers, retention, base URL)
  await migrateAndReport(database.url, log);

  const { startWorker } = await import("../lib/server/jobs/worker");
  const worker = await startWorker({ databaseUrl: database.url, log });
  log("Delivering notifications and running the lifecycle jobs.");
  // A delivery run's garbage would otherwise stay until the next one (decision 0026; needs --expose-gc).
  collectGarbageWhenQuiet();

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping.`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await worker.stop();
      await database.stop();
    } finally {
      process.exit(0);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(`${signal} received`));
  // Started by `npm start` (with an IPC channel): if that process dies, even by SIGKILL, stop too.
  if (process.connected) process.on("disconnect", () => void stop("The parent process is gone"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
