// Runs the web server (scripts/serve.ts) as a supervised child of `npm start` and of the e2e server:
// restarted with backoff after a crash, an OOM kill or a `kill -9`, given up on after repeated fast
// failures. Its pid is kept in a file so that a server orphaned by a killed `npm start` is stopped by
// the next one before it takes the port.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { superviseChild, type Supervised } from "./supervisor";

/** The front server uses lib/server modules (logging, metrics) outside Next: "server-only" must resolve. */
export const SERVER_ONLY_PRELOAD = path.join(process.cwd(), "scripts", "preload", "allow-server-only.mjs");

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per core) and rarely returns their
 * pages: after a burst the web server kept ~150 MB it no longer used. Two arenas return to near the
 * start-up size (docs/decisions/0026; tests/bench/memory.bench.ts). An operator's own value wins.
 */
export const MEMORY_ENV = { MALLOC_ARENA_MAX: "2" } as const;

/** `node` arguments for the web server (`npm start`, the e2e server, each cluster node); `--expose-gc` for scripts/lib/idle-gc.ts. */
export function webServerArgs(script: string, dev = false): string[] {
  return ["--expose-gc", "--import", "tsx", "--import", SERVER_ONLY_PRELOAD, script, ...(dev ? ["--dev"] : [])];
}

export const DEFAULT_SERVER_PID_FILE = path.join(process.cwd(), ".data", "server.pid");

export type WebServerOptions = {
  env: NodeJS.ProcessEnv;
  log: (msg: string) => void;
  onGiveUp: () => void;
  dev?: boolean;
  /** The server script (tests use a stub with the same front server). */
  script?: string;
  pidFile?: string;
  initialDelayMs?: number;
};

export function startWebServerProcess(options: WebServerOptions): Supervised & { pidFile: string } {
  const script = options.script ?? path.join(process.cwd(), "scripts", "serve.ts");
  const pidFile = options.pidFile ?? DEFAULT_SERVER_PID_FILE;
  const supervised = superviseChild({
    name: "The web server",
    log: options.log,
    onGiveUp: options.onGiveUp,
    initialDelayMs: options.initialDelayMs,
    // serve.ts gives requests in flight 30 s to finish after SIGTERM.
    stopTimeoutMs: 35_000,
    // No react-server condition: Next loads its own React builds. The IPC channel tells the server when we die.
    spawn: () => spawn(process.execPath, webServerArgs(script, options.dev), { stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...MEMORY_ENV, ...options.env } }),
    onStart: (child) => {
      if (!child.pid) return;
      mkdirSync(path.dirname(pidFile), { recursive: true });
      writeFileSync(pidFile, String(child.pid));
    },
  });
  return {
    ...supervised,
    pidFile,
    async stop() {
      await supervised.stop();
      rmSync(pidFile, { force: true });
    },
  };
}

/** A web server left by an earlier run that was killed (its pid file remains) would hold the port: stop it. */
export function stopOrphanedWebServer(log: (msg: string) => void, pidFile: string = DEFAULT_SERVER_PID_FILE): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    // Only a process that is still one of ours (the pid may have been reused since).
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("serve.ts") || cmdline.includes("next")) {
      log(`Stopping the web server left by an earlier run (pid ${pid}).`);
      process.kill(pid, "SIGTERM");
      const deadline = Date.now() + 10_000;
      while (existsSync(`/proc/${pid}`) && Date.now() < deadline) spawnSync("sleep", ["0.1"]);
      if (existsSync(`/proc/${pid}`)) process.kill(pid, "SIGKILL");
    }
  } catch {
    // not running (or not Linux): nothing to do
  }
  rmSync(pidFile, { force: true });
}
