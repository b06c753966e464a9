import { afterAll, describe, expect, it } from "vitest";
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
