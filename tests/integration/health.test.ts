// Liveness and readiness on the real test database: liveness never asks the database; readiness answers 503
// (with Retry-After and the failing check named) when the database is unreachable or stalls, when a shipped
// migration is not applied, and while the process drains.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { createPrismaClient, prisma, type PrismaClient } from "@/lib/server/db/client";
import { freePort } from "@/lib/server/db/embedded";
import { drainOnSigterm, isDraining, startDraining, stopDrainingForTests } from "@/lib/server/draining";
import { readiness } from "@/lib/server/health";

afterAll(() => prisma.$disconnect());
afterEach(() => stopDrainingForTests());

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Runs `body` with the process's one Prisma client replaced by `client` (what the routes use). */
async function withProcessClient<T>(client: PrismaClient, body: () => Promise<T>): Promise<T> {
  const original = globalForPrisma.prisma;
  globalForPrisma.prisma = client;
  try {
    return await body();
  } finally {
    globalForPrisma.prisma = original;
    await client.$disconnect().catch(() => {});
  }
}

describe("GET /api/health/ready", () => {
  it("is 200 on the migrated test database, never cached, with each check named", async () => {
    await prisma.$queryRaw`SELECT 1`; // the pool's first connection is not what this test is about
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBeNull();
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ready",
      checks: { database: { status: "ok" }, migrations: { status: "ok" }, draining: { status: "ok" } },
    });
  });

  it("is 503 with Retry-After while the process drains", async () => {
    startDraining();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ status: "not_ready", checks: { draining: { status: "draining" }, database: { status: "ok" } } });
  });

  it("is 503 when the database is unreachable, while liveness stays 200", async () => {
    const closed = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
    await withProcessClient(closed, async () => {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).not.toBeNull();
      expect(await response.json()).toMatchObject({ status: "not_ready", checks: { database: { status: "down" }, migrations: { status: "unknown" } } });

      const liveResponse = live();
      expect(liveResponse.status).toBe(200);
      expect(liveResponse.headers.get("cache-control")).toBe("no-store");
      expect(await liveResponse.json()).toMatchObject({ status: "ok" });
    });
  });
});

describe("readiness()", () => {
  let migrationsDir: string;
  beforeAll(() => {
    migrationsDir = mkdtempSync(path.join(os.tmpdir(), "bhxh-migrations-"));
    cpSync(path.join(process.cwd(), "prisma", "migrations"), migrationsDir, { recursive: true });
  });
  afterAll(() => rmSync(migrationsDir, { recursive: true, force: true }));

  it("reports pending migrations when a shipped folder is not applied in the database", async () => {
    expect(await readiness({ migrationsDir })).toMatchObject({ ready: true, checks: { migrations: { status: "ok" } } });
    mkdirSync(path.join(migrationsDir, "29991231000000_not_applied"));
    writeFileSync(path.join(migrationsDir, "29991231000000_not_applied", "migration.sql"), "SELECT 1;\n");
    // A new process would read the folders afresh; this one already has the list, so ask with a new path.
    const copy = `${migrationsDir}/.`;
    expect(await readiness({ migrationsDir: copy })).toMatchObject({ ready: false, checks: { database: { status: "ok" }, migrations: { status: "pending", missing: 1 } } });
  });

  it("gives up on a database that accepts connections but never answers, within its own budget", async () => {
    const sockets = new Set<Socket>();
    const server: Server = createServer((socket) => {
      sockets.add(socket); // accept, then stay silent
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const stalled = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${port}/none`);
    try {
      const result = await readiness({ db: stalled, budgetMs: 300 });
      expect(result).toMatchObject({ ready: false, checks: { database: { status: "down" } } });
      // The budget, not a driver timeout, ended the check (a generous margin for a busy machine).
      expect(result.checks.database.ms).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
      await stalled.$disconnect().catch(() => {});
    }
  });
});

describe("draining", () => {
  it("hooks SIGTERM only where something already owns it, and the hook sets the flag", () => {
    const owner = () => {};
    const before = process.listeners("SIGTERM");
    for (const listener of before) process.off("SIGTERM", listener);
    try {
      expect(drainOnSigterm()).toBe(false);
      expect(process.listenerCount("SIGTERM")).toBe(0);
      process.on("SIGTERM", owner);
      expect(drainOnSigterm()).toBe(true);
      expect(drainOnSigterm()).toBe(true);
      expect(process.listenerCount("SIGTERM")).toBe(2);
      expect(isDraining()).toBe(false);
      process.emit("SIGTERM");
      expect(isDraining()).toBe(true);
    } finally {
      for (const listener of process.listeners("SIGTERM")) process.off("SIGTERM", listener);
      for (const listener of before) process.on("SIGTERM", listener);
    }
  });
});
