// After a burst the web server's heap holds the garbage of thousands of requests: V8 collects it on the
// next allocations, and an idle server makes none, so it stayed at the burst's size (≈ 240 MB of heap,
// half of it dead; decision 0026). Node runs none of V8's idle-time tasks, so nothing else collects it.
// When the server has answered at least `minRequests` (200) since the last collection and been quiet for
// `quietMs` (5 s), a full collection gives that memory back. Needs `--expose-gc` (scripts/lib/web-server-process.ts).
import type { Server } from "node:http";

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
    gc();
    // A second collection once the first one's sweeping is done lets V8 give back the pages it freed.
    setTimeout(() => inFlight === 0 && gc(), 1000).unref();
  }, checkEveryMs).unref();
}
