// The per-address limits cannot be dodged with a forged X-Forwarded-For: real HTTP requests from
// 127.0.0.1 through the front server that scripts/serve.ts puts before Next (scripts/lib/front-server.ts),
// read by lib/server/request-info.ts and counted by the PostgreSQL limiter exactly as the status look-up
// (GET /api/v1/declarations/{reference}?idNumber=…) counts them.
import type { AddressInfo } from "node:net";
import type http from "node:http";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { requestInfoFrom } from "@/lib/server/request-info";
import { createFrontServer, listen } from "@/scripts/lib/front-server";

const rule = RATE_LIMITS.declarationLookupPerIp;
let server: http.Server | undefined;

afterAll(() => prisma.$disconnect());
beforeEach(() => prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: `${rule.name}:` } } }));
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A front server whose "Next" counts one look-up for the address it reads, as the route does. */
async function start(trustedHops: number): Promise<string> {
  server = createFrontServer({
    trustedHops,
    handler: async (req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const { ip } = requestInfoFrom(headers);
      const limit = await hitRateLimit(rule, ip ?? "unknown");
      res.writeHead(limit.allowed ? 200 : 429, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ ip, forwardedFor: req.headers["x-forwarded-for"], realIp: req.headers["x-real-ip"] ?? null, forwarded: req.headers.forwarded ?? null }));
    },
  });
  await listen(server, 0, "127.0.0.1");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** 40 look-ups, one after another; the status of each. */
async function fortyLookups(url: string, headersFor: (i: number) => Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) statuses.push((await fetch(url, { headers: headersFor(i) })).status);
  return statuses;
}

const expected = [...Array<number>(rule.limit).fill(200), ...Array<number>(40 - rule.limit).fill(429)];

describe("with no trusted proxy (TRUST_PROXY_HOPS=0, the default)", () => {
  it("limits 40 look-ups with a different forged X-Forwarded-For each exactly like 40 without it", async () => {
    const url = await start(0);
    const forged = await fortyLookups(url, (i) => ({ "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `192.0.2.${i + 1}`, Forwarded: `for=203.0.113.${i + 1}` }));
    expect(forged).toEqual(expected);

    await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: `${rule.name}:` } } });
    const plain = await fortyLookups(url, () => ({}));
    expect(plain).toEqual(forged);
    expect(await prisma.rateLimitBucket.findMany({ where: { key: { startsWith: `${rule.name}:` } }, select: { key: true } })).toEqual([{ key: `${rule.name}:127.0.0.1` }]);
  });

  it("hands Next the socket's address and none of the caller's address headers", async () => {
    const url = await start(0);
    const body = await (await fetch(url, { headers: { "X-Forwarded-For": "198.51.100.7, 10.0.0.1", "X-Real-IP": "192.0.2.1", Forwarded: "for=192.0.2.2" } })).json();
    expect(body).toEqual({ ip: "127.0.0.1", forwardedFor: "127.0.0.1", realIp: null, forwarded: null });
  });
});

describe("behind one proxy (TRUST_PROXY_HOPS=1)", () => {
  it("follows the right-most hop: a forged left part changes nothing, another right-most address counts apart", async () => {
    const url = await start(1);
    const statuses = await fortyLookups(url, (i) => ({ "X-Forwarded-For": `198.51.100.${i + 1}, 203.0.113.7` }));
    expect(statuses).toEqual(expected);
    const other = await fetch(url, { headers: { "X-Forwarded-For": "203.0.113.7, 203.0.113.8" } });
    expect(other.status).toBe(200);
    expect(await other.json()).toMatchObject({ ip: "203.0.113.8", forwardedFor: "203.0.113.8" });
  });

  it("falls back to the proxy's own address when the header is missing or not an address", async () => {
    const url = await start(1);
    expect(await (await fetch(url, { headers: { "X-Forwarded-For": "not-an-address" } })).json()).toMatchObject({ ip: "127.0.0.1" });
    expect(await (await fetch(url)).json()).toMatchObject({ ip: "127.0.0.1" });
  });
});

describe("IPv6 clients", () => {
  it("share one counter per /64", async () => {
    const limit = { name: "test-ipv6", limit: 2, windowSeconds: 60 };
    await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "test-ipv6:" } } });
    expect((await hitRateLimit(limit, "2001:db8:1:2::1")).allowed).toBe(true);
    expect((await hitRateLimit(limit, "2001:db8:1:2::2")).allowed).toBe(true);
    expect((await hitRateLimit(limit, "2001:db8:1:2:ffff::3")).allowed).toBe(false);
    expect((await hitRateLimit(limit, "2001:db8:1:3::1")).allowed).toBe(true);
  });
});
