// Runs scripts/worker.ts as a child process of `npm start` and of the e2e server, under the supervisor
// (restarted with backoff if it crashes, given up on after repeated fast failures; stopped with SIGTERM,
// then SIGKILL after a grace period). The IPC channel lets the worker notice when its parent is killed
// and exit instead of lingering.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { superviseChild } from "./supervisor";

export type WorkerProcess = { stop(): Promise<void>; kill(): void };

export function startWorkerProcess(options: {
  env: NodeJS.ProcessEnv;
  log: (msg: string) => void;
  /** drop its stdout (benchmarks print JSON only) */
  quiet?: boolean;
  /** Called when the worker keeps crashing (default: just log; `npm start` shuts down). */
  onGiveUp?: () => void;
}): WorkerProcess {
  const script = path.join(process.cwd(), "scripts", "worker.ts");
  const serverOnlyPreload = pathToFileURL(path.join(process.cwd(), "scripts", "preload", "allow-server-only.mjs")).href;
  return superviseChild({
    name: "The worker",
    log: options.log,
    // `node --import tsx` (not the tsx CLI, which would add a process in between and keep the IPC channel to itself).
    spawn: () =>
      spawn(process.execPath, ["--import", "tsx", "--import", serverOnlyPreload, script], {
        stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit", "ipc"],
        env: options.env,
      }),
    initialDelayMs: 2000,
    onGiveUp: options.onGiveUp ?? (() => options.log("The worker keeps failing: it is no longer restarted.")),
  });
}
