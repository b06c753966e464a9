import "server-only";
// The process-wide "draining" flag: set when the process has been asked to stop (SIGTERM), so readiness
// answers 503 and the proxy sends new requests to other nodes while requests in flight finish. The owner
// of the process (scripts/serve.ts, the front server) calls startDraining() from its own SIGTERM handler.
// Kept on globalThis: Next's route bundles and a front server loading this file through tsx each get their
// own copy of the module, and all of them must see one flag.

const STATE = Symbol.for("bhxh.draining");
type DrainingState = { since: Date | null; sigtermHook: boolean };
const holder = globalThis as unknown as { [STATE]?: DrainingState };
const state: DrainingState = (holder[STATE] ??= { since: null, sigtermHook: false });

/** Marks the process as draining from now on; calling it again keeps the first instant. */
export function startDraining(now: Date = new Date()): void {
  state.since ??= now;
}

/** True once startDraining() was called (or SIGTERM arrived, see drainOnSigterm). */
export function isDraining(): boolean {
  return state.since !== null;
}

/** When draining started, or null. */
export function drainingSince(): Date | null {
  return state.since;
}

/** Tests: back to serving. */
export function stopDrainingForTests(): void {
  state.since = null;
}

/**
 * Sets the flag on SIGTERM, once per process, and only where something else already owns SIGTERM (Next's
 * own server, or the front server): a listener added where none existed would replace Node's default
 * "exit on SIGTERM" and keep the process alive. Returns whether the hook is in place.
 */
export function drainOnSigterm(): boolean {
  if (state.sigtermHook) return true;
  if (process.listenerCount("SIGTERM") === 0) return false;
  process.on("SIGTERM", () => startDraining());
  state.sigtermHook = true;
  return true;
}
