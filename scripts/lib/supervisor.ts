// Keeps one child process running for `npm start` (the web server, the worker): restarted with a
// growing delay after every exit it was not asked for, given up on after repeated fast failures (the
// caller then exits non-zero so the service manager sees it), and never two copies at once.
import type { ChildProcess } from "node:child_process";

export type SupervisorOptions = {
  /** For the log: "the web server", "the worker". */
  name: string;
  spawn: () => ChildProcess;
  log: (msg: string) => void;
  /** Called with each new child (e.g. to record its pid). */
  onStart?: (child: ChildProcess) => void;
  /** Called once when the failures come too fast: the caller shuts everything down. */
  onGiveUp: () => void;
  /** Delay before the first restart, doubled after each further failure in the window. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this many failures within windowMs. */
  maxFailures?: number;
  windowMs?: number;
  /** SIGTERM, then SIGKILL after this long. */
  stopTimeoutMs?: number;
};

export type Supervised = {
  /** The child running now, if any. */
  current(): ChildProcess | undefined;
  /** Stops supervising and stops the child (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
  /** Stops supervising and kills the child at once (a second Ctrl-C). */
  kill(): void;
};

export function superviseChild(options: SupervisorOptions): Supervised {
  const initialDelayMs = options.initialDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  let child: ChildProcess | undefined;
  let restart: NodeJS.Timeout | undefined;
  let stopping = false;
  const failures: number[] = [];

  const launch = () => {
    restart = undefined;
    if (stopping) return;
    const current = options.spawn();
    child = current;
    options.onStart?.(current);
    let ended = false;
    // A child that could not be spawned at all emits "error" and maybe no "exit": count it as a failure.
    current.on("error", (error) => {
      options.log(`${options.name}: ${error.message}`);
      if (current.pid === undefined) onEnded(null, null);
    });
    current.once("exit", (code, signal) => onEnded(code, signal));
    function onEnded(code: number | null, signal: NodeJS.Signals | null) {
      if (ended) return;
      ended = true;
      if (child === current) child = undefined;
      if (stopping) return;
      const now = Date.now();
      failures.push(now);
      while (failures.length && failures[0]! < now - windowMs) failures.shift();
      if (failures.length >= maxFailures) {
        options.log(`${options.name} stopped ${failures.length} times within ${windowMs / 1000} s (last: ${signal ?? `exit code ${code}`}); giving up.`);
        stopping = true;
        options.onGiveUp();
        return;
      }
      const delay = Math.min(initialDelayMs * 2 ** (failures.length - 1), maxDelayMs);
      options.log(`${options.name} stopped (${signal ?? `exit code ${code}`}); restarting it in ${(delay / 1000).toFixed(1)} s.`);
      restart = setTimeout(launch, delay);
    }
  };
  launch();

  const running = () => (child && child.exitCode === null && child.signalCode === null ? child : undefined);

  return {
    current: running,
    async stop() {
      stopping = true;
      if (restart) clearTimeout(restart);
      const current = running();
      if (!current) return;
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill("SIGTERM");
      const timeout = setTimeout(() => current.kill("SIGKILL"), options.stopTimeoutMs ?? 20_000);
      await exited;
      clearTimeout(timeout);
    },
    kill() {
      stopping = true;
      if (restart) clearTimeout(restart);
      running()?.kill("SIGKILL");
    },
  };
}
