import "server-only";
// Gauges read from PostgreSQL when Prometheus scrapes: what the workers and the other nodes did is in
// the database, so any node reports it. Read at most every few seconds whatever the scrape rate, and a
// failed read leaves the gauges as they were (the scrape itself still answers).
import { Gauge } from "prom-client";
import { openPools, prisma } from "@/lib/server/db/client";
import { logger } from "@/lib/server/logging/logger";
import { metrics } from "./registry";

const READ_EVERY_MS = 5_000;

function createDbGauges() {
  const { registry } = metrics();
  const registers = [registry];
  const gauges = {
    declarations: new Gauge({ name: "bhxh_declarations", help: "Declarations by status.", labelNames: ["status"] as const, registers }),
    approvals24h: new Gauge({ name: "bhxh_approvals_last_24h", help: "Declarations approved in the last 24 hours.", registers }),
    outbox: new Gauge({
      name: "bhxh_outbox_messages",
      help: "Messages in the outbox by channel and state (pending: not tried yet; retrying: failed at least once, will retry; sent; failed: given up).",
      labelNames: ["channel", "state"] as const,
      registers,
    }),
    outboxOldestPending: new Gauge({ name: "bhxh_outbox_oldest_pending_seconds", help: "Age of the oldest message waiting to be sent, by channel.", labelNames: ["channel"] as const, registers }),
    jobs: new Gauge({ name: "bhxh_jobs", help: "Background jobs (pg-boss) by queue and state.", labelNames: ["queue", "state"] as const, registers }),
    pool: new Gauge({
      name: "bhxh_db_pool_connections",
      help: "This process's database connections: total open, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers,
      collect() {
        let total = 0, idle = 0, waiting = 0;
        for (const pool of openPools()) {
          total += pool.totalCount;
          idle += pool.idleCount;
          waiting += pool.waitingCount;
        }
        this.set({ state: "total" }, total);
        this.set({ state: "idle" }, idle);
        this.set({ state: "waiting" }, waiting);
      },
    }),
  };
  return { gauges, lastRead: 0, reading: undefined as Promise<void> | undefined };
}

const KEY = Symbol.for("bhxh.metrics.db-gauges");
const holder = globalThis as unknown as { [KEY]?: ReturnType<typeof createDbGauges> };

/** Refreshes the database gauges if the last read is older than a few seconds. */
export async function refreshDbGauges(now = Date.now()): Promise<void> {
  const state = (holder[KEY] ??= createDbGauges());
  if (now - state.lastRead < READ_EVERY_MS) return;
  state.reading ??= readDbGauges(state.gauges)
    .then(() => void (state.lastRead = Date.now()))
    .catch((error: unknown) => logger().warn({ err: error, component: "metrics" }, "could not read the database gauges"))
    .finally(() => (state.reading = undefined));
  await state.reading;
}

async function readDbGauges(gauges: ReturnType<typeof createDbGauges>["gauges"]): Promise<void> {
  const [byStatus, approvals, outbox, jobs] = await Promise.all([
    prisma.declaration.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.declaration.count({ where: { status: "approved", decidedAt: { gt: new Date(Date.now() - 24 * 3600 * 1000) } } }),
    prisma.$queryRaw<{ channel: string; state: string; count: bigint; oldest: Date | null }[]>`
      SELECT "channel"::text AS channel,
             CASE WHEN "status" = 'pending' AND "attempts" > 0 THEN 'retrying' ELSE "status"::text END AS state,
             count(*) AS count,
             min("createdAt") FILTER (WHERE "status" = 'pending') AS oldest
      FROM "Notification" GROUP BY 1, 2`,
    // pg-boss's own table; absent until a worker has started once.
    prisma.$queryRaw<{ queue: string; state: string; count: bigint }[]>`
      SELECT name AS queue, state::text AS state, count(*) AS count FROM pgboss.job GROUP BY 1, 2`.catch(() => []),
  ]);
  gauges.declarations.reset();
  for (const row of byStatus) gauges.declarations.set({ status: row.status }, row._count._all);
  gauges.approvals24h.set(approvals);
  gauges.outbox.reset();
  gauges.outboxOldestPending.reset();
  const oldest = new Map<string, number>();
  for (const row of outbox) {
    gauges.outbox.set({ channel: row.channel, state: row.state }, Number(row.count));
    if (row.oldest) oldest.set(row.channel, Math.min(oldest.get(row.channel) ?? Infinity, row.oldest.getTime()));
  }
  for (const [channel, at] of oldest) gauges.outboxOldestPending.set({ channel }, Math.max(0, (Date.now() - at) / 1000));
  gauges.jobs.reset();
  for (const row of jobs) gauges.jobs.set({ queue: row.queue, state: row.state }, Number(row.count));
}
