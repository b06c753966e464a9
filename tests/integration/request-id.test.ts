// One request id from the proxy to the audit trail: the front server accepts the proxy's X-Request-Id
// (or makes one), answers with it, and code running inside the handler, however deep in awaits, sees it
// (AsyncLocalStorage); an audit event recorded there carries it. On SIGTERM the front server drains: a
// request in flight finishes, new connections are refused.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { recordAuditEventNow, verifyAuditChain } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db/client";
import { currentRequestId } from "@/lib/server/logging/request-context";
import { createFrontServer, listen } from "@/scripts/lib/front-server";

afterAll(() => prisma.$disconnect());

async function start(handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) {
  const server = createFrontServer({ handler, trustedHops: 1 });
  await listen(server, 0, "127.0.0.1");
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("the request id", () => {
  it("is the proxy's when well formed, a new one otherwise, on the response and inside the handler's async work", async () => {
    const { server, base } = await start(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 5));
      const seen = await Promise.resolve().then(() => currentRequestId());
      res.end(JSON.stringify({ seen }));
    });
    try {
      const given = await fetch(base, { headers: { "X-Request-Id": "nginx-0123456789abcdef" } });
      expect(given.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");
      expect(await given.json()).toEqual({ seen: "nginx-0123456789abcdef" });
      const forged = await fetch(base, { headers: { "X-Request-Id": 'x" level=fatal' } });
      const made = forged.headers.get("x-request-id")!;
      expect(made).toMatch(/^[0-9a-f]{32}$/);
      expect(await forged.json()).toEqual({ seen: made });
    } finally {
      server.close();
    }
  });

  it("is written into the audit events recorded while handling the request", async () => {
    const { server, base } = await start(async (_req, res) => {
      await recordAuditEventNow(prisma, { type: "declaration.viewed", actorType: "system", data: { test: "request-id" } });
      res.end("ok");
    });
    try {
      const response = await fetch(base, { headers: { "X-Request-Id": "audit-req-0001" } });
      expect(response.status).toBe(200);
      const event = await prisma.auditEvent.findFirst({ where: { type: "declaration.viewed" }, orderBy: { id: "desc" } });
      expect(event?.data).toEqual({ test: "request-id", requestId: "audit-req-0001" });
      expect((await verifyAuditChain(prisma)).ok).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe("draining", () => {
  it("lets a request in flight finish and refuses new connections", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const { server, base } = await start(async (_req, res) => {
      arrived();
      await held;
      res.end("finished");
    });
    const slow = fetch(base).then(async (r) => ({ status: r.status, body: await r.text(), connection: r.headers.get("connection") }));
    await inFlight;
    const drained = server.drain(10_000);
    await expect(fetch(base, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    release();
    expect(await slow).toMatchObject({ status: 200, body: "finished" });
    await drained;
    expect(server.listening).toBe(false);
  });
});
