// /api/metrics: closed unless METRICS_TOKEN is set, then only for the right Bearer token; it reports
// the request timings of this node, rate-limit refusals, and the database's declarations, outbox and
// jobs as gauges (what the workers did is visible from any node).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { routeLabel } from "@/lib/server/metrics/route-label";
import { metricsAccess } from "@/lib/server/metrics/metrics-access";

const TOKEN = "metrics-token-for-the-integration-test";
process.env.METRICS_TOKEN = TOKEN;

const { GET } = await import("@/app/api/metrics/route");
const { prisma } = await import("@/lib/server/db/client");
const { hitRateLimit } = await import("@/lib/server/rate-limit");
const { metrics } = await import("@/lib/server/metrics/registry");

afterAll(() => prisma.$disconnect());

const scrape = (authorization?: string) => GET(new Request("http://node/api/metrics", { headers: authorization ? { authorization } : {} }));

describe("who may read the metrics", () => {
  it("is nobody without METRICS_TOKEN, and only the token's holder with it", async () => {
    expect(metricsAccess(undefined, `Bearer ${TOKEN}`)).toBe("disabled");
    expect(metricsAccess(TOKEN, null)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}x`)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Basic ${TOKEN}`)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`)).toBe("allowed");

    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await anonymous.text()).toBe("");
    expect((await scrape("Bearer wrong-token-wrong-token-wrong")).status).toBe(401);
  });
});

describe("what the metrics say", () => {
  it("counts rate-limit refusals by rule and reports declarations, the outbox and this node's pool from the database", async () => {
    const rule = { name: `metrics-test-${randomUUID().slice(0, 8)}`, limit: 1, windowSeconds: 60 };
    await hitRateLimit(rule, "10.9.9.9");
    await hitRateLimit(rule, "10.9.9.9");
    await hitRateLimit(rule, "10.9.9.9");
    await prisma.notification.create({
      data: { channel: "sms", recipient: "+84900000001", template: "test", body: "x", idempotencyKey: randomUUID(), status: "pending", attempts: 2, createdAt: new Date(Date.now() - 120_000) },
    });
    metrics().httpDuration.observe({ method: "GET", route: routeLabel("/api/v1/declarations/AB12CD34") }, 0.02);

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain(`bhxh_rate_limit_refusals_total{rule="${rule.name}"} 2`);
    expect(text).toMatch(/bhxh_outbox_messages\{channel="sms",state="retrying"\} [1-9]/);
    expect(Number(/bhxh_outbox_oldest_pending_seconds\{channel="sms"\} ([\d.]+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(119);
    expect(text).toMatch(/bhxh_declarations\{status="\w+"\} \d+|# TYPE bhxh_declarations gauge/);
    expect(text).toMatch(/bhxh_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain('bhxh_http_request_duration_seconds_count{method="GET",route="/api/v1/declarations/:id"} 1');
    expect(text).toContain("bhxh_node_process_resident_memory_bytes");
  });
});

describe("route labels", () => {
  // Identifiers and built assets folded, so no reference code becomes a series.
  it.each([
    ["/api/v1/declarations/HN2501ABCD/pdf?lang=en", "/api/v1/declarations/:id/pdf"], ["/tra-cuu?ma=HN2501ABCD", "/tra-cuu"],
    ["/can-bo/ho-so/3f2b8c1e-6a1d-4c8e-9b1a-2f3e4d5c6b7a", "/can-bo/ho-so/:id"], ["/_next/static/chunks/app-4f3e2d.js", "/_next/static"], ["/", "/"],
  ])("label %s as %s", (path, label) => {
    expect(routeLabel(path)).toBe(label);
  });
});
