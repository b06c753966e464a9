// deploy/nginx.conf matches TRUST_PROXY_HOPS=1: nginx (when installed) runs the documented server block in
// front of the real pinning code, and a caller's X-Forwarded-For, X-Real-IP and Forwarded never reach the
// app; the app sees exactly one hop, the address nginx saw. The configuration is the shipped one made local
// by scripts/lib/nginx-config.ts, as `npm run cluster` runs it. Beyond a node's connection cap (max_conns),
// nginx answers 503 + Retry-After itself, in the caller's language (deploy/nginx-busy.conf, decision 0031).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/server/db/embedded";
import { pinClientAddress } from "@/scripts/lib/front-server";
import { findNginx, writeLocalNginx } from "@/scripts/lib/nginx-config";

const nginx = findNginx();

describe.skipIf(!nginx)("deploy/nginx.conf in front of the app (TRUST_PROXY_HOPS=1)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-nginx-"));
  let app: http.Server;
  let proxy: ChildProcess;
  let base: string;
  /** Requests with `X-Hold: 1` wait here until the test lets them go. */
  const held: ServerResponse[] = [];
  /** A share of the proxy's cap of requests in flight, as written for this one node. */
  const share = (name: string) => Number(new RegExp(`limit_conn ${name} (\\d+);`).exec(readFileSync(path.join(dir, "site.conf"), "utf8"))?.[1]);

  beforeAll(async () => {
    // The app: records what nginx sent, then pins the address as scripts/serve.ts does.
    app = http.createServer((req, res) => {
      if (req.headers["x-hold"] === "1") return void held.push(res);
      if (req.url === "/app-502") {
        res.writeHead(502, { "Content-Type": "text/plain" });
        return void res.end("the app's own 502");
      }
      const received = { forwardedFor: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null, forwarded: req.headers.forwarded ?? null, requestId: req.headers["x-request-id"] ?? null };
      const client = pinClientAddress(req, 1);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ received, client }));
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    const appPort = (app.address() as AddressInfo).port;
    const port = await freePort();
    const main = writeLocalNginx(nginx!, { upstreams: [`127.0.0.1:${appPort}`], listen: `127.0.0.1:${port}`, dir, workerProcesses: 2 });
    proxy = spawn(nginx!, ["-p", dir, "-c", main], { stdio: "ignore" });
    base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        await fetch(base);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error("nginx did not start");
  });

  afterAll(async () => {
    proxy?.kill("SIGQUIT");
    await new Promise<void>((resolve) => app.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("replaces the caller's X-Forwarded-For with the address nginx saw and drops X-Real-IP and Forwarded", async () => {
    const response = await fetch(`${base}/dang-ky`, { headers: { "X-Forwarded-For": "198.51.100.7, 10.0.0.1", "X-Real-IP": "192.0.2.1", Forwarded: "for=192.0.2.2" } });
    const body = (await response.json()) as { received: Record<string, string | null>; client: string };
    expect(body.received).toMatchObject({ forwardedFor: "127.0.0.1", realIp: null, forwarded: null });
    expect(body.client).toBe("127.0.0.1");
  });

  it("passes a well-formed request id through, makes one otherwise, and answers with it", async () => {
    const given = await fetch(base, { headers: { "X-Request-Id": "req-0123456789" } });
    expect(given.headers.get("x-request-id")).toBe("req-0123456789");
    expect(((await given.json()) as { received: { requestId: string } }).received.requestId).toBe("req-0123456789");
    const made = await fetch(base, { headers: { "X-Request-Id": "<script>" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("marks built assets immutable for a year, with one Cache-Control header", async () => {
    const response = await fetch(`${base}/_next/static/chunks/app.js`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("beyond its cap of requests in flight answers 503 + Retry-After at once, in the caller's language, keeps a share for declarations, and passes the app's own errors unchanged", async () => {
    const general = share("bhxh_in_flight");
    const declaring = share("bhxh_declaring");
    expect([general, declaring]).toEqual([56, 8]); // per node, as deploy/nginx.conf says
    // Fill the general share (the two nginx workers count together through the zone).
    const holding = Array.from({ length: general }, () => fetch(`${base}/tra-cuu`, { headers: { "X-Hold": "1" } }).then((r) => r.status));
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(general);

    const page = await fetch(`${base}/dang-ky`, { headers: { "X-Request-Id": "busy-page-0001" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("2");
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-language")).toBe("vi");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("x-request-id")).toBe("busy-page-0001");
    expect(await page.text()).toContain("vui lòng thử lại sau 2 giây");

    // The language as the pages choose it: the first of Accept-Language among vi/ko/zh/ja, the `lang` cookie first.
    const korean = await fetch(`${base}/tra-cuu`, { headers: { "Accept-Language": "en-US,ko-KR;q=0.8" } });
    expect([korean.status, korean.headers.get("content-language")]).toEqual([503, "ko"]);
    expect(await korean.text()).toContain('<html lang="ko">');
    const chosen = await fetch(`${base}/tra-cuu`, { headers: { "Accept-Language": "ko", Cookie: "lang=ja" } });
    expect(chosen.headers.get("content-language")).toBe("ja");

    // The API: a JSON problem, X-Lang first, English allowed from Accept-Language.
    const api = await fetch(`${base}/api/v1/offices`, { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await api.json()).toEqual({ code: "busy", message: expect.stringContaining("try again in 2 seconds"), retryAfterSeconds: 2 });
    const zh = await fetch(`${base}/api/v1/offices`, { method: "POST", headers: { "X-Lang": "zh", "Content-Type": "application/json" }, body: "{}" });
    expect([zh.status, zh.headers.get("content-language")]).toEqual([503, "zh-Hans"]);

    // Sending a declaration has its own share: it still reaches the node, until that share is full too.
    const declarations = Array.from({ length: declaring }, () => fetch(`${base}/api/v1/declarations`, { method: "POST", headers: { "X-Hold": "1" }, body: "{}" }).then((r) => r.status));
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(general + declaring);
    const oneMore = await fetch(`${base}/dang-ky/ke-khai`, { method: "POST", body: "x" });
    expect([oneMore.status, oneMore.headers.get("retry-after")]).toEqual([503, "2"]);

    // A refusal is not an error of nginx's: no error-log line for each (a burst would fill the disk).
    expect(readFileSync(path.join(dir, "error.log"), "utf8")).not.toMatch(/no live upstreams|limiting connections/);

    // Let the held requests go: the node answers them, and the next request reaches it again.
    for (const res of held.splice(0)) res.end("released");
    expect(new Set(await Promise.all([...holding, ...declarations]))).toEqual(new Set([200]));
    expect((await fetch(base)).status).toBe(200);

    // A 502 the app itself sends is the app's answer, not nginx's busy page.
    const own = await fetch(`${base}/app-502`);
    expect([own.status, await own.text()]).toEqual([502, "the app's own 502"]);
  });
});
