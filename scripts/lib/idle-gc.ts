// After a burst the web server's heap holds the garbage of thousands of requests: V8 collects it on the
// next allocations, and an idle server makes none, so it stayed at the burst's size (≈ 240 MB of heap,
// half of it dead; decision 0026). Node runs none of V8's idle-time tasks, so nothing else collects it.
// When the server has answered at least `minRequests` (200) since the last collection and been quiet for
// `quietMs` (5 s), a full collection gives that memory back. Needs `--expose-gc` (scripts/lib/web-server-process.ts).
// The worker has no requests to count: it collects when its heap has grown and its event loop is idle.
import type { Server } from "node:http";
import { performance } from "node:perf_hooks";

/** A full collection, and once more a second later if still quiet: the second lets V8 give back the pages the first freed. */
function collectTwice(gc: () => void, stillQuiet: () => boolean, then?: () => void): void {
  gc();
  setTimeout(() => {
    if (stillQuiet()) gc();
    then?.();
  }, 1000).unref();
}

export type IdleGcOptions = { quietMs?: number; checkEveryMs?: number; minRequests?: number; gc?: () => void };

export function collectGarbageWhenIdle(server: Server, options: IdleGcOptions = {}): void {
  const { quietMs = 5_000, checkEveryMs = 5_000, minRequests = 200 } = options;
  const gc = options.gc ?? (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  let answered = 0;
  let inFlight = 0;
  let lastActivity = 0;
  server.on("request", (_request, response) => {
    inFlight += 1;
    lastActivity = Date.now();
    response.once("close", () => {
      inFlight -= 1;
      answered += 1;
      lastActivity = Date.now();
    });
  });
  setInterval(() => {
    if (answered < minRequests || inFlight > 0 || Date.now() - lastActivity < quietMs) return;
    answered = 0;
    collectTwice(gc, () => inFlight === 0);
  }, checkEveryMs).unref();
}

export type QuietGcOptions = { checkEveryMs?: number; growthBytes?: number; busyShare?: number; gc?: () => void; heapBytes?: () => number };

/**
 * For the worker (scripts/worker.ts): a delivery run leaves its dead objects in a heap that then sits idle
 * until the next run (300 messages: heap 28 → 37 MB, never given back; decision 0026). Every
 * `checkEveryMs` (5 s), when the heap has grown by `growthBytes` (4 MB) since the last collection and the
 * event loop was busy less than `busyShare` (5 %) of the interval (pg-boss polling stays under it), a full
 * collection. Needs `--expose-gc`.
 */
export function collectGarbageWhenQuiet(options: QuietGcOptions = {}): () => void {
  const { checkEveryMs = 5_000, growthBytes = 4 * 1024 * 1024, busyShare = 0.05 } = options;
  const gc = options.gc ?? (globalThis as { gc?: () => void }).gc;
  if (!gc) return () => {};
  const heapBytes = options.heapBytes ?? (() => process.memoryUsage().heapTotal);
  let baseline = heapBytes();
  let loop = performance.eventLoopUtilization();
  let collecting = false;
  const timer = setInterval(() => {
    const interval = performance.eventLoopUtilization(loop);
    loop = performance.eventLoopUtilization();
    if (collecting || interval.utilization > busyShare || heapBytes() < baseline + growthBytes) return;
    collecting = true;
    collectTwice(gc, () => true, () => {
      baseline = heapBytes();
      collecting = false;
    });
  }, checkEveryMs).unref();
  return () => clearInterval(timer);
}
