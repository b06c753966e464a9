// deploy/nginx.conf matches TRUST_PROXY_HOPS=1: nginx (when installed) runs the documented server block in
// front of the real pinning code, and a caller's X-Forwarded-For, X-Real-IP and Forwarded never reach the
// app; the app sees exactly one hop, the address nginx saw. TLS and the ports are swapped for test ones.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/server/db/embedded";
import { pinClientAddress } from "@/scripts/lib/front-server";

const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((bin) => existsSync(bin));

describe.skipIf(!nginx)("deploy/nginx.conf in front of the app (TRUST_PROXY_HOPS=1)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-nginx-"));
  let app: http.Server;
  let proxy: ChildProcess;
  let base: string;

  beforeAll(async () => {
    // The app: records what nginx sent, then pins the address as scripts/serve.ts does.
    app = http.createServer((req, res) => {
      const received = { forwardedFor: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null, forwarded: req.headers.forwarded ?? null, requestId: req.headers["x-request-id"] ?? null };
      const client = pinClientAddress(req, 1);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ received, client }));
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    const appPort = (app.address() as AddressInfo).port;
    const port = await freePort();
    const site = readFileSync(path.join(process.cwd(), "deploy", "nginx.conf"), "utf8")
      .replace(/^\s*server 10\.0\.1\.11:3000.*$/m, `    server 127.0.0.1:${appPort};`)
      .replace(/^\s*server 10\.0\.1\.\d+:3000.*$/gm, "")
      .replace(/^\s*listen 80;.*$/m, `    listen 127.0.0.1:${await freePort()};`)
      .replace(/^\s*listen 443 ssl http2;.*$/m, `    listen 127.0.0.1:${port};`)
      .replace(/^\s*listen \[::\]:\d+.*$/gm, "")
      .replace(/^\s*ssl_certificate.*$/gm, "")
      .replace(/\/var\/log\/nginx\//g, `${dir}/`);
    writeFileSync(path.join(dir, "site.conf"), site);
    for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, sub));
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  access_log ${dir}/access.log;
  include ${dir}/site.conf;
}
`,
    );
    const check = spawnSync(nginx!, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    proxy = spawn(nginx!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
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
});
