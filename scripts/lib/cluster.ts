// Several app nodes and workers against one PostgreSQL behind nginx (deploy/nginx.conf), on loopback:
// what `npm run cluster` runs, and what the cluster e2e spec and bench start. Each node is
// scripts/serve.ts (TRUST_PROXY_HOPS=1, its own port) and each worker the compiled dist/worker.mjs, all supervised
// (restarted after a crash, as in production under systemd or an orchestrator).
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../lib/server/db/embedded";
import { findNginx, writeLocalNginx } from "./nginx-config";
import { superviseChild, type Supervised } from "./supervisor";
import { MEMORY_ENV, webServerArgs } from "./web-server-process";
import { WORKER_MEMORY_ENV, workerArgs } from "./worker-process";

export type ClusterOptions = {
  databaseUrl: string;
  nodes: number;
  workers: number;
  /** Where the proxy listens (default: a free port). */
  proxyPort?: number;
  /** The nodes' ports (default: free ports). */
  nodePorts?: number[];
  /** Scratch folder: nginx configuration and logs, each process's log file, stored files. */
  dir: string;
  /** Added to every process's environment (AUTH_SECRET, drivers…). */
  env: Record<string, string | undefined>;
  /** Write each process's output to <dir>/<name>.log instead of this terminal. */
  logToFiles?: boolean;
  log: (message: string) => void;
};

export type Cluster = {
  proxyUrl: string;
  nodeUrls: string[];
  /** nodes[i].current() is node i's process now. */
  nodes: Supervised[];
  workers: Supervised[];
  logFiles: string[];
  stop(): Promise<void>;
};

/** `args` after `node`: the web server through tsx, the worker compiled. */
function supervised(name: string, args: string[], env: NodeJS.ProcessEnv, output: "inherit" | string, log: (message: string) => void, pidFile?: string): Supervised {
  return superviseChild({
    name,
    log,
    // The current pid, for whoever must stop one node on purpose (the cluster e2e kills one mid-journey).
    onStart: (child) => void (pidFile && child.pid && writeFileSync(pidFile, String(child.pid))),
    initialDelayMs: 500,
    stopTimeoutMs: 35_000,
    onGiveUp: () => log(`${name} keeps failing: it is no longer restarted.`),
    spawn: () => {
      const fd = output === "inherit" ? "inherit" : openSync(output, "a");
      const child = spawn(process.execPath, args, { stdio: ["ignore", fd, fd, "ipc"], env });
      if (typeof fd === "number") closeSync(fd);
      return child;
    },
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed (Debian: apt-get install nginx; .ci/run does it).");
  mkdirSync(options.dir, { recursive: true });
  const root = process.cwd();
  const proxyPort = options.proxyPort ?? (await freePort());
  const nodePorts = options.nodePorts ?? (await Promise.all(Array.from({ length: options.nodes }, () => freePort())));
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const logFiles: string[] = [];
  const output = (name: string) => {
    if (!options.logToFiles) return "inherit" as const;
    const file = path.join(options.dir, `${name}.log`);
    logFiles.push(file);
    return file;
  };
  const common: NodeJS.ProcessEnv = {
    ...MEMORY_ENV,
    ...process.env,
    ...options.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    PUBLIC_BASE_URL: options.env.PUBLIC_BASE_URL ?? proxyUrl,
    STORAGE_DIR: options.env.STORAGE_DIR ?? path.join(options.dir, "files"),
  };

  const nodes = nodePorts.map((port, i) =>
    supervised(`Node ${i + 1} (:${port})`, webServerArgs(path.join(root, "scripts", "serve.ts")), { ...common, PORT: String(port), LISTEN_HOST: "127.0.0.1", TRUST_PROXY_HOPS: "1" }, output(`node-${i + 1}`), options.log, path.join(options.dir, `node-${i + 1}.pid`)),
  );
  const worker = options.workers > 0 ? workerArgs(root, options.log) : [];
  const workers = Array.from({ length: options.workers }, (_, i) => supervised(`Worker ${i + 1}`, worker, { ...WORKER_MEMORY_ENV, ...common }, output(`worker-${i + 1}`), options.log));

  const nginxDir = path.join(options.dir, "nginx");
  const config = writeLocalNginx(nginx, { upstreams: nodePorts.map((port) => `127.0.0.1:${port}`), listen: `127.0.0.1:${proxyPort}`, dir: nginxDir });
  let proxy: ChildProcess | undefined = spawn(nginx, ["-p", nginxDir, "-c", config], { stdio: ["ignore", "ignore", "inherit"] });
  // nginx has no IPC channel to notice our death (the nodes and workers do): never leave it holding the port.
  const killProxy = () => proxy?.kill("SIGTERM");
  process.once("exit", killProxy);

  const stop = async () => {
    const exited = proxy && proxy.exitCode === null ? new Promise((resolve) => proxy!.once("exit", resolve)) : undefined;
    proxy?.kill("SIGQUIT"); // nginx: graceful (finish requests, then exit)
    proxy = undefined;
    process.off("exit", killProxy);
    await Promise.all([...nodes, ...workers].map((child) => child.stop()));
    await exited;
  };
  try {
    const nodeUrls = nodePorts.map((port) => `http://127.0.0.1:${port}`);
    await Promise.all(nodeUrls.map((url) => waitForHttp(`${url}/api/health`, 180_000)));
    await waitForHttp(`${proxyUrl}/api/health`, 10_000);
    return { proxyUrl, nodeUrls, nodes, workers, logFiles, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
