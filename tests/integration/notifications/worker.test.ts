// The pg-boss worker end to end against the test database: a committed notification reaches the
// gateway within seconds, a failed one is retried on time, two workers share the work without
// sending anything twice, and a worker that was down catches up when it starts.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { createHttpSmsDriver, createOutboxDrivers } from "@/lib/server/notifications/drivers";
import { enqueueMessage, enqueueNotification } from "@/lib/server/notifications/outbox";
import type { NotificationDrivers } from "@/lib/server/notifications/select-drivers";
import { startWorker, type RunningWorker } from "@/lib/server/jobs/worker";
import { startSmsGateway, type SmsGateway } from "./support";

let gateway: SmsGateway;
let drivers: NotificationDrivers;
const logs: string[] = [];
const running: RunningWorker[] = [];

async function worker(): Promise<RunningWorker> {
  const w = await startWorker({ databaseUrl: inject("databaseUrl"), drivers, log: (m) => logs.push(m) });
  running.push(w);
  return w;
}

beforeAll(async () => {
  gateway = await startSmsGateway();
  drivers = { sms: createHttpSmsDriver({ url: gateway.url, token: gateway.token, brandname: "BHXH" }), email: createOutboxDrivers().email };
});
afterAll(async () => {
  await Promise.all(running.map((w) => w.stop()));
  await gateway.close();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await prisma.notification.deleteMany();
  gateway.requests.length = 0;
  gateway.delivered.length = 0;
  gateway.failNext(0);
});

const enqueueSms = (key: string) =>
  prisma.$transaction((tx) => enqueueNotification(tx, { channel: "sms", recipient: "0912345678", template: "otp", body: `BHXH: ${key}`, idempotencyKey: key }));

describe("startWorker", () => {
  it("delivers a committed approval within seconds, then stops cleanly", async () => {
    const w = await worker();
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        template: "approval",
        params: { bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: "http://localhost:3000/dang-nhap" },
        phone: "0912345678",
        email: "huong@example.test",
        key: "approval:worker-e2e:v1",
      }),
    );
    const committedAt = performance.timeOrigin + performance.now();
    await expect.poll(() => gateway.delivered.length, { timeout: 5000, interval: 20 }).toBe(1);
    const latency = gateway.delivered[0]!.receivedAt - committedAt;
    expect(latency).toBeLessThan(3000);
    expect(gateway.delivered[0]!.message).toContain("K7PM 4XQ2 RT9H");
    await expect.poll(async () => prisma.notification.count({ where: { status: "sent" } }), { timeout: 3000 }).toBe(2); // the email went to the outbox

    const stopping = performance.now();
    await w.stop();
    running.splice(running.indexOf(w), 1);
    expect(performance.now() - stopping).toBeLessThan(10_000);
  });

  it("catches up on start with what was committed while no worker ran, and retries a gateway failure on time", async () => {
    await enqueueSms("while-down:sms");
    await new Promise((r) => setTimeout(r, 300));
    expect(gateway.requests).toHaveLength(0); // nobody is running

    gateway.failNext(1, 503);
    const w = await worker();
    await expect.poll(() => gateway.requests.length, { timeout: 5000, interval: 20 }).toBe(1);
    const failedAt = gateway.requests[0]!.receivedAt;
    // The 10-second retry is woken by a delayed job, not by the every-minute backstop.
    await expect.poll(() => gateway.delivered.length, { timeout: 15_000, interval: 100 }).toBe(1);
    const retryAfter = gateway.delivered[0]!.receivedAt - failedAt;
    expect(retryAfter).toBeGreaterThanOrEqual(9_500);
    expect(retryAfter).toBeLessThan(13_000);
    expect(await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: "while-down:sms" } })).toMatchObject({ status: "sent", attempts: 2 });
    await w.stop();
    running.splice(running.indexOf(w), 1);
  }, 30_000);

  it("shares the work between two workers without sending anything twice", async () => {
    await Promise.all([worker(), worker()]);
    const keys = Array.from({ length: 40 }, (_, i) => `pair:${i}:sms`);
    // Enqueued one after another: 40 simultaneous transactions only measure the pool (and time out on a
    // loaded machine); the workers still race for the rows while they arrive.
    for (const key of keys) await enqueueSms(key);
    await expect.poll(() => gateway.delivered.length, { timeout: 10_000, interval: 50 }).toBe(40);
    await new Promise((r) => setTimeout(r, 500));
    expect(gateway.requests).toHaveLength(40);
    expect(await prisma.notification.count({ where: { status: "sent", attempts: 1 } })).toBe(40);
  });
});
