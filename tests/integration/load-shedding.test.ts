// Load shedding in the front server: at its cap of requests in flight it answers 503 with Retry-After at
// once (never a queue), in the caller's language; photo uploads and PDFs have a tighter cap of their own;
// probes are never shed; a slot is given back when a response ends, however it ends; each refusal is counted.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseSheddingLimits, requestCost } from "@/lib/domain/load-shedding";
import { metrics } from "@/lib/server/metrics/registry";
import { createFrontServer, listen, type FrontServer } from "@/scripts/lib/front-server";

let server: FrontServer | undefined;
const releases: (() => void)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) release();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A front server whose handler holds every request until released (except probes, answered at once). */
async function start(shedding: { maxInFlight: number; maxHeavyInFlight: number; retryAfterSeconds: number }): Promise<string> {
  server = createFrontServer({
    trustedHops: 0,
    shedding,
    handler: (req, res) => {
      if (req.url?.startsWith("/api/health")) return void res.end("ok");
      req.resume();
      releases.push(() => res.end("done"));
    },
  });
  await listen(server, 0, "127.0.0.1");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Sends a request without waiting for its answer; resolves (with the answer to come) once the server has it in hand. */
async function hold(url: string, init: RequestInit = {}): Promise<{ answer: Promise<Response> }> {
  const before = releases.length;
  const answer = fetch(url, init);
  await expect.poll(() => releases.length).toBe(before + 1);
  return { answer };
}

async function shedCount(cap: string): Promise<number> {
  const values = (await metrics().shedRequests.get()).values;
  return values.find((v) => v.labels.cap === cap)?.value ?? 0;
}

describe("load shedding", () => {
  it("answers 503 with Retry-After at once beyond the cap, in the caller's language, and takes requests again when one ends", async () => {
    const base = await start({ maxInFlight: 2, maxHeavyInFlight: 1, retryAfterSeconds: 3 });
    const first = await hold(`${base}/`);
    await hold(`${base}/tra-cuu`);
    const shedBefore = await shedCount("all");

    // Answered while the two are still held (a queued request would never answer: they are released below).
    const page = await fetch(`${base}/tra-cuu`, { headers: { cookie: "lang=en" } });
    const api = await fetch(`${base}/api/v1/offices`, { headers: { "Accept-Language": "ko-KR" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("3");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("content-language")).toBe("en");
    expect(await page.text()).toContain("try again in 3 seconds");
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("3");
    expect(await api.json()).toMatchObject({ code: "busy", retryAfterSeconds: 3, message: expect.stringContaining("3초") });
    expect(await shedCount("all")).toBe(shedBefore + 2);

    // The probes are never shed: an orchestrator sees a busy node, not a dead one.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/api/health/ready`)).status).toBe(200);

    releases.shift()!();
    expect((await first.answer).status).toBe(200);
    const third = await hold(`${base}/`);
    releases.shift()!();
    releases.shift()!();
    expect((await third.answer).status).toBe(200);
  });

  it("caps photo uploads and PDFs tighter, while other requests still get in", async () => {
    const base = await start({ maxInFlight: 10, maxHeavyInFlight: 1, retryAfterSeconds: 2 });
    await hold(`${base}/api/v1/declarations/HN2612000001/pdf`);
    const shedBefore = await shedCount("heavy");
    const upload = await fetch(`${base}/api/v1/declarations`, { method: "POST", body: "x".repeat(1000), headers: { "Content-Type": "multipart/form-data; boundary=x" } });
    expect(upload.status).toBe(503);
    expect(upload.headers.get("retry-after")).toBe("2");
    expect(upload.headers.get("connection")).toBe("close");
    expect((await fetch(`${base}/api/v1/declarations/HN2612000002/pdf`)).status).toBe(503);
    expect(await shedCount("heavy")).toBe(shedBefore + 2);
    // A light request is not held back by the heavy cap.
    const light = await hold(`${base}/api/v1/offices`);
    for (const release of releases.splice(0)) release();
    expect((await light.answer).status).toBe(200);
  });

  it("gives the slot back when the client leaves before the answer", async () => {
    const base = await start({ maxInFlight: 1, maxHeavyInFlight: 1, retryAfterSeconds: 1 });
    await new Promise<void>((resolve) => {
      const req = http.get(`${base}/slow`);
      req.on("error", () => {});
      void expect.poll(() => releases.length).toBe(1).then(() => {
        req.destroy();
        resolve();
      });
    });
    await expect.poll(async () => {
      const probe = fetch(`${base}/next`);
      const status = await Promise.race([probe.then((r) => r.status), new Promise((r) => setTimeout(() => r("held"), 200))]);
      return status;
    }).toBe("held");
  });
});

describe("what a request costs and the caps from the environment", () => {
  it.each([
    ["GET /api/health", "probe"],
    ["GET /api/health/ready?x=1", "probe"],
    ["POST /api/v1/declarations", "heavy"],
    ["POST /api/v1/declarations/HN2612000001/resubmit", "heavy"],
    ["POST /dang-ky", "heavy"],
    ["GET /dang-ky", "normal"],
    ["GET /api/v1/declarations/HN2612000001/pdf", "heavy"],
    ["POST /api/v1/declarations/HN2612000001", "normal"],
    ["GET /", "normal"],
  ] as const)("%s costs %s (probes, heavy uploads and PDFs; everything else is normal)", (request, cost) => {
    const [method, url] = request.split(" ");
    expect(requestCost(method, url)).toBe(cost);
  });

  it("reads the three variables, names a bad one and keeps its default", () => {
    expect(parseSheddingLimits({ MAX_REQUESTS_IN_FLIGHT: "50", MAX_HEAVY_REQUESTS_IN_FLIGHT: "3", SHED_RETRY_AFTER_SECONDS: "5" })).toEqual({
      limits: { maxInFlight: 50, maxHeavyInFlight: 3, retryAfterSeconds: 5 },
      errors: [],
    });
    const bad = parseSheddingLimits({ MAX_REQUESTS_IN_FLIGHT: "lots" });
    expect(bad.errors).toEqual([expect.stringContaining("MAX_REQUESTS_IN_FLIGHT")]);
    expect(bad.limits.maxInFlight).toBe(parseSheddingLimits({}).limits.maxInFlight);
    // The heavy cap never exceeds the overall one.
    expect(parseSheddingLimits({ MAX_REQUESTS_IN_FLIGHT: "2", MAX_HEAVY_REQUESTS_IN_FLIGHT: "8" }).limits.maxHeavyInFlight).toBe(2);
  });
});
