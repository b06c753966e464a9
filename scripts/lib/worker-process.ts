// Runs scripts/worker.ts as a child process of `npm start` and of the e2e server: restarted if it
// crashes, stopped (SIGTERM, then SIGKILL after a grace period) on shutdown. The IPC channel lets the
// worker notice when its parent is killed and exit instead of lingering.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type WorkerProcess = { stop(): Promise<void> };

export function startWorkerProcess(options: { env: NodeJS.ProcessEnv; log: (msg: string) => void; /** drop its stdout (benchmarks print JSON only) */ quiet?: boolean }): WorkerProcess {
  const script = path.join(process.cwd(), "scripts", "worker.ts");
  const serverOnlyPreload = pathToFileURL(path.join(process.cwd(), "scripts", "preload", "allow-server-only.mjs")).href;
  let child: ChildProcess | undefined;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;

  const launch = () => {
    // `node --import tsx` (not the tsx CLI, which would add a process in between and keep the IPC channel to itself).
    const current = spawn(process.execPath, ["--import", "tsx", "--import", serverOnlyPreload, script], {
      stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit", "ipc"],
      env: options.env,
    });
    child = current;
    current.on("exit", (code, signal) => {
      // Exit code 0: it was asked to stop (Ctrl-C reaches the whole process group), not a crash.
      if (stopping || code === 0) return;
      options.log(`The worker stopped (${signal ?? `exit code ${code}`}); restarting it in 5 s.`);
      restart = setTimeout(launch, 5000);
    });
  };
  launch();

  return {
    async stop() {
      stopping = true;
      if (restart) clearTimeout(restart);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill("SIGTERM");
      const timeout = setTimeout(() => current.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
