// Runs the worker (scripts/worker.ts compiled to dist/worker.mjs, scripts/lib/worker-build.ts) as a
// child process of `npm start` and of the e2e server, under the supervisor
// (restarted with backoff if it crashes, given up on after repeated fast failures; stopped with SIGTERM,
// then SIGKILL after a grace period). The IPC channel lets the worker notice when its parent is killed
// and exit instead of lingering.
import { spawn } from "node:child_process";
import path from "node:path";
import { WORKER_BUNDLE } from "./build-sources";
import { superviseChild, type Supervised } from "./supervisor";
import { MEMORY_ENV } from "./web-server-process";
import { ensureWorkerBuild } from "./worker-build";

/**
 * The worker is I/O-bound: a small young generation, V8's size-over-speed mode, one garbage-collection
 * thread and one V8 helper thread (each thread that allocates gets its own malloc arena and stack), and
 * `--expose-gc` for its collection when quiet (scripts/lib/idle-gc.ts) keep it under 100 MB
 * (docs/decisions/0026). The same flags are in package.json's `worker` script.
 */
export const WORKER_NODE_FLAGS = ["--max-semi-space-size=1", "--optimize-for-size", "--single-threaded-gc", "--v8-pool-size=1", "--expose-gc"];

/**
 * glibc's malloc for the worker: besides two arenas (MEMORY_ENV), blocks of 128 KB and more from their own
 * mappings (returned to the system when freed) and the main heap trimmed above 128 KB free, so what a
 * delivery run allocated does not stay resident (≈ 8 MB less after 300 messages; decision 0026). An
 * operator's own values win. The same settings are in package.json's `worker` script.
 */
export const WORKER_MEMORY_ENV = { ...MEMORY_ENV, MALLOC_MMAP_THRESHOLD_: "131072", MALLOC_TRIM_THRESHOLD_: "131072" } as const;

/**
 * The worker's command line after `node`: the compiled bundle, built first if missing or older than its sources.
 * No tsx, no esbuild child: the worker stays well under 100 MB (tests/bench/memory.bench.ts).
 */
export function workerArgs(root: string, log: (msg: string) => void): string[] {
  ensureWorkerBuild(root, log);
  return [...WORKER_NODE_FLAGS, path.join(root, WORKER_BUNDLE)];
}

export type WorkerProcess = Supervised;

export function startWorkerProcess(options: {
  env: NodeJS.ProcessEnv;
  log: (msg: string) => void;
  /** drop its stdout (benchmarks print JSON only) */
  quiet?: boolean;
  /** Called when the worker keeps crashing (default: just log; `npm start` shuts down). */
  onGiveUp?: () => void;
}): WorkerProcess {
  const args = workerArgs(process.cwd(), options.log);
  return superviseChild({
    name: "The worker",
    log: options.log,
    // `node` itself (not a CLI wrapper, which would add a process in between and keep the IPC channel to itself).
    spawn: () =>
      spawn(process.execPath, args, {
        stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit", "ipc"],
        env: { ...WORKER_MEMORY_ENV, ...options.env },
      }),
    initialDelayMs: 2000,
    onGiveUp: options.onGiveUp ?? (() => options.log("The worker keeps failing: it is no longer restarted.")),
  });
}
