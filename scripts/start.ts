// `npm start`: the whole portal from one command. Starts the embedded PostgreSQL (unless DATABASE_URL is
// set), applies migrations, seeds demo data into an empty embedded database, builds when the build is
// missing or older than the sources, then serves the production build (or `next dev` with --dev).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateAndReport, resolveDatabase } from "./lib/database";
import { startWorkerProcess, type WorkerProcess } from "./lib/worker-process";

const dev = process.argv.includes("--dev");
const log = (msg: string) => console.log(`[start] ${msg}`);
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "data"]) walk(path.join(root, dir));
  for (const file of ["next.config.js", "package-lock.json", "prisma/schema.prisma"]) {
    if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime();
}

/** Demo mode keeps one generated secret in .data so sessions survive restarts. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** A web server orphaned by a `kill -9` of this script would hold the port: stop it first. */
const serverPidFile = path.join(root, ".data", "server.pid");
function stopOrphanedWebServer() {
  if (!existsSync(serverPidFile)) return;
  const pid = Number(readFileSync(serverPidFile, "utf8"));
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("next")) {
      log(`Stopping the web server left by an earlier run (pid ${pid}).`);
      process.kill(pid, "SIGTERM");
      const deadline = Date.now() + 10_000;
      while (existsSync(`/proc/${pid}`) && Date.now() < deadline) spawnSync("sleep", ["0.1"]);
    }
  } catch {
    // not running (or not Linux): nothing to do
  }
  rmSync(serverPidFile, { force: true });
}

async function main() {
  const started = Date.now();
  stopOrphanedWebServer();
  let child: ChildProcess | undefined;
  // Set once PostgreSQL is up; a signal may arrive before that.
  const running: { database?: Awaited<ReturnType<typeof resolveDatabase>>; worker?: WorkerProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    await running.worker?.stop();
    if (running.database) {
      await running.database.stop().catch((e) => console.error(e));
      if (running.database.embedded) log("PostgreSQL stopped.");
    }
    process.exit(code);
  };
  // Ctrl-C at any moment (migrating, building, serving) stops everything cleanly.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      log(`${signal} received: stopping.`);
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
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && !buildIsCurrent()) {
    log("Building the portal (first start or sources changed)…");
    child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    const status = await new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    if (stopping) return;
    if (status !== 0) {
      console.error("[start] The build failed.");
      await shutdown(status ?? 1);
      return;
    }
  }

  if (stopping) return;
  // Notifications and lifecycle jobs (scripts/worker.ts); RUN_WORKER=false when workers run elsewhere.
  if (process.env.RUN_WORKER !== "false") {
    running.worker = startWorkerProcess({ env: dev ? env : { ...env, NODE_ENV: "production" }, log });
  }
  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    stdio: "inherit",
    env: dev ? env : { ...env, NODE_ENV: "production" },
  });
  if (server.pid) writeFileSync(serverPidFile, String(server.pid));
  log(`Serving on http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s before Next starts)`);

  child = server;
  server.on("exit", (code, signal) => {
    rmSync(serverPidFile, { force: true });
    void shutdown(code ?? (signal ? 0 : 1));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
