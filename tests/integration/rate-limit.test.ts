import { afterAll, describe, expect, it } from "vitest";
import { metrics } from "@/lib/server/metrics/registry";
import { prisma } from "@/lib/server/db/client";
import { hitRateLimit, resetRateLimit } from "@/lib/server/rate-limit";

afterAll(() => prisma.$disconnect());

describe("rate limits in PostgreSQL", () => {
  const rule = { name: "test-rule", limit: 3, windowSeconds: 60 };

  it("allows up to the limit, then refuses with the time to wait, counting concurrent hits exactly", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => hitRateLimit(rule, "10.0.0.1")));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    const refused = results.filter((r) => !r.allowed);
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit(rule, "10.0.0.2")).allowed).toBe(true);
  });

  it("starts a new window after the old one ends, and can be reset", async () => {
    await prisma.rateLimitBucket.update({ where: { key: "test-rule:10.0.0.1" }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect((await hitRateLimit(rule, "10.0.0.1")).allowed).toBe(true);
    for (let i = 0; i < 3; i++) await hitRateLimit(rule, "10.0.0.1");
    expect((await hitRateLimit(rule, "10.0.0.1")).allowed).toBe(false);
    await resetRateLimit(rule, "10.0.0.1");
    expect((await hitRateLimit(rule, "10.0.0.1")).allowed).toBe(true);
  });
});

describe("rate limits under a burst (decision 0025)", () => {
  it("counts a burst of hits in far fewer statements than hits, exactly, each hit answered with its own place", async () => {
    const rule = { name: "test-burst", limit: 40, windowSeconds: 60 };
    const subjects = Array.from({ length: 10 }, (_, i) => `10.1.0.${i}`);
    const statements = countStatements();
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => hitRateLimit(rule, subjects[i % subjects.length]!)));
    const used = await statements.stop();
    // 300 hits over 10 subjects, 30 each: all allowed, the counts exact, remaining 10..39 for each subject.
    expect(results.every((r) => r.allowed)).toBe(true);
    expect(results.filter((r) => r.remaining === 10)).toHaveLength(10);
    const rows = await prisma.rateLimitBucket.findMany({ where: { key: { startsWith: "test-burst:" } } });
    expect(rows.map((r) => r.count)).toEqual(subjects.map(() => 30));
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(50);
  });

  it("keeps the limit exact when two processes' batches meet on the same rows", async () => {
    const rule = { name: "test-two-nodes", limit: 25, windowSeconds: 60 };
    const { createPrismaClient } = await import("@/lib/server/db/client");
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      // The other node's counts, written the way hitRateLimit writes them.
      const otherHits = Array.from({ length: 15 }, () =>
        other.$executeRaw`INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES ('test-two-nodes:10.2.0.1', 1, now())
          ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1`,
      );
      const ours = Array.from({ length: 15 }, () => hitRateLimit(rule, "10.2.0.1"));
      const [results] = await Promise.all([Promise.all(ours), Promise.all(otherHits)]);
      const row = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: "test-two-nodes:10.2.0.1" } });
      expect(row.count).toBe(30);
      // However the two interleaved, our refusals are exactly the hits past 25 that were ours.
      expect(results.filter((r) => !r.allowed).length).toBeLessThanOrEqual(5);
      expect((await hitRateLimit(rule, "10.2.0.1")).allowed).toBe(false);
    } finally {
      await other.$disconnect();
    }
  });

  it("keeps the counters in an UNLOGGED table (no WAL, no fsync per hit)", async () => {
    const rows = await prisma.$queryRaw<{ relpersistence: string }[]>`SELECT relpersistence::text AS relpersistence FROM pg_class WHERE relname = 'RateLimitBucket'`;
    expect(rows[0]?.relpersistence).toBe("u");
  });
});

/** Counts the statements hitRateLimit sends until stop(), by its metric. */
function countStatements(): { stop: () => Promise<number> } {
  const read = async () => (await metrics().rateLimitStatements.get()).values[0]?.value ?? 0;
  const before = read();
  return { stop: async () => (await read()) - (await before) };
}
