// The web server's collection after a burst (scripts/lib/idle-gc.ts, decision 0026): only once enough
// requests were answered, never while one is in flight, and again only after the next burst. The
// worker's: once its heap has grown and its event loop is idle, never while it is busy.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { collectGarbageWhenIdle, collectGarbageWhenQuiet } from "@/scripts/lib/idle-gc";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(handler: (release: Promise<void>) => Promise<void>, release: Promise<void>) {
  let collections = 0;
  server = createServer((_request, response) => void handler(release).then(() => response.end("ok")));
  collectGarbageWhenIdle(server, { quietMs: 60, checkEveryMs: 20, minRequests: 3, gc: () => (collections += 1) });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, collections: () => collections, get: () => fetch(url).then((r) => r.text()) };
}

describe("collectGarbageWhenIdle", () => {
  it("collects once the server is quiet after enough requests, then waits for the next burst", async () => {
    const s = await start(async () => {}, Promise.resolve());
    await s.get();
    await s.get();
    await sleep(200);
    expect(s.collections()).toBe(0); // 2 answers: not a burst
    await s.get();
    await sleep(200);
    expect(s.collections()).toBe(1);
    await sleep(1300); // the second pass a second later
    expect(s.collections()).toBe(2);
    await sleep(200);
    expect(s.collections()).toBe(2); // nothing new answered: nothing more to collect
  });

  it("never collects while a request is in flight", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const s = await start((wait) => wait, held);
    const pending = [s.get(), s.get(), s.get()];
    await sleep(300);
    expect(s.collections()).toBe(0);
    release();
    await Promise.all(pending);
    await sleep(200);
    expect(s.collections()).toBe(1);
  });
});

describe("collectGarbageWhenQuiet", () => {
  const MB = 1024 * 1024;
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());
  function watch() {
    const state = { heap: 30 * MB, collections: 0 };
    stop = collectGarbageWhenQuiet({ checkEveryMs: 50, growthBytes: 4 * MB, gc: () => (state.collections += 1), heapBytes: () => state.heap });
    return state;
  }

  it("collects when the heap has grown and the loop is idle, then waits for it to grow again", async () => {
    const state = watch();
    await sleep(200);
    expect(state.collections).toBe(0); // not grown
    state.heap += 6 * MB;
    await sleep(150);
    expect(state.collections).toBe(1);
    state.heap -= 5 * MB; // what the collection gave back
    await sleep(1200); // the second pass a second later
    expect(state.collections).toBe(2);
    await sleep(300);
    expect(state.collections).toBe(2); // the heap stayed at its new size: nothing more to collect
    state.heap += 2 * MB;
    await sleep(300);
    expect(state.collections).toBe(2); // grown, but by less than 4 MB
  });

  it("never collects while the event loop is busy", async () => {
    const state = watch();
    state.heap += 6 * MB;
    // Busy 40 ms of every 50 ms, for 500 ms.
    const until = Date.now() + 500;
    while (Date.now() < until) {
      const busyUntil = Date.now() + 40;
      while (Date.now() < busyUntil);
      await sleep(10);
    }
    expect(state.collections).toBe(0);
    await sleep(200);
    expect(state.collections).toBe(1);
  });
});
