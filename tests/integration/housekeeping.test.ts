// The housekeeping jobs, run with the real clock against rows dated in the past: each deletes exactly
// what has served its time (counters, codes, ended sessions, delivered messages) and nothing still in
// use, in bounded batches, and two workers running one job at once delete each row once.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  ENDED_SESSION_RETENTION_SECONDS,
  ONE_TIME_CODE_RETENTION_SECONDS,
  RATE_LIMIT_BUCKET_RETENTION_SECONDS,
  SENT_NOTIFICATION_RETENTION_SECONDS,
} from "@/lib/domain/retention";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/domain/session-limits";
import { prisma } from "@/lib/server/db/client";
import { pruneNotifications } from "@/lib/server/jobs/prune-notifications";
import { pruneOneTimeCodes } from "@/lib/server/jobs/prune-one-time-codes";
import { pruneRateLimitBuckets } from "@/lib/server/jobs/prune-rate-limit-buckets";
import { pruneSessions } from "@/lib/server/jobs/prune-sessions";
import { createStaffUser } from "@/tests/factories/staff";
import { createAccount } from "./accounts/helpers";

afterAll(() => prisma.$disconnect());

const now = new Date();
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const HOUR = 3600;

describe("pruneRateLimitBuckets", () => {
  it("forgets counters idle past the retention, keeps recent ones and any that still block someone", async () => {
    const tag = randomUUID();
    await prisma.rateLimitBucket.createMany({
      data: [
        { key: `old:${tag}`, count: 3, windowStart: ago(RATE_LIMIT_BUCKET_RETENTION_SECONDS + 60) },
        { key: `recent:${tag}`, count: 3, windowStart: ago(RATE_LIMIT_BUCKET_RETENTION_SECONDS - 60) },
        { key: `blocking:${tag}`, count: 9, windowStart: ago(RATE_LIMIT_BUCKET_RETENTION_SECONDS + 60), blockedUntil: new Date(now.getTime() + 60_000) },
      ],
    });
    const report = await pruneRateLimitBuckets(now);
    expect(report.deleted).toBeGreaterThanOrEqual(1);
    const left = await prisma.rateLimitBucket.findMany({ where: { key: { endsWith: tag } }, orderBy: { key: "asc" } });
    expect(left.map((b) => b.key)).toEqual([`blocking:${tag}`, `recent:${tag}`]);
  });

  it("deletes in batches up to the run's cap, and two concurrent runs delete each row once", async () => {
    const tag = randomUUID();
    await prisma.rateLimitBucket.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ key: `bulk${i}:${tag}`, count: 1, windowStart: ago(RATE_LIMIT_BUCKET_RETENTION_SECONDS + 60) })),
    });
    expect((await pruneRateLimitBuckets(now, { batchSize: 4, maxRows: 10 })).deleted).toBe(10);
    expect(await prisma.rateLimitBucket.count({ where: { key: { endsWith: tag } } })).toBe(15);
    const [a, b] = await Promise.all([pruneRateLimitBuckets(now, { batchSize: 3 }), pruneRateLimitBuckets(now, { batchSize: 3 })]);
    expect(a.deleted + b.deleted).toBe(15);
    expect(await prisma.rateLimitBucket.count({ where: { key: { endsWith: tag } } })).toBe(0);
  });
});

describe("pruneOneTimeCodes", () => {
  it("deletes codes and phone verifications used or expired before the retention, never a valid one", async () => {
    const account = await createAccount();
    const old = ago(ONE_TIME_CODE_RETENTION_SECONDS + HOUR);
    const code = (data: { expiresAt: Date; consumedAt?: Date }) => prisma.oneTimeCode.create({ data: { accountId: account.id, purpose: "newDevice", codeHash: "x", ...data } });
    const usedLongAgo = await code({ expiresAt: old, consumedAt: old });
    const expiredLongAgo = await code({ expiresAt: old });
    const usedRecently = await code({ expiresAt: ago(60), consumedAt: ago(120) });
    const stillValid = await code({ expiresAt: new Date(now.getTime() + 600_000) });
    const phone = `+8490${Math.floor(Math.random() * 1e7).toString().padStart(7, "0")}`;
    const verification = (data: { expiresAt: Date; consumedAt?: Date }) => prisma.phoneVerification.create({ data: { phone, codeHash: "x", ...data } });
    const oldVerification = await verification({ expiresAt: old, consumedAt: old });
    const validVerification = await verification({ expiresAt: new Date(now.getTime() + 600_000) });

    const report = await pruneOneTimeCodes(now);
    expect(report.oneTimeCodes).toBeGreaterThanOrEqual(2);
    expect(report.phoneVerifications).toBeGreaterThanOrEqual(1);
    const codesLeft = (await prisma.oneTimeCode.findMany({ where: { accountId: account.id } })).map((c) => c.id).sort();
    expect(codesLeft).toEqual([usedRecently.id, stillValid.id].sort());
    expect(codesLeft).not.toContain(usedLongAgo.id);
    expect(codesLeft).not.toContain(expiredLongAgo.id);
    const verificationsLeft = (await prisma.phoneVerification.findMany({ where: { phone } })).map((v) => v.id);
    expect(verificationsLeft).toEqual([validVerification.id]);
    expect(verificationsLeft).not.toContain(oldVerification.id);
  });
});

describe("pruneSessions", () => {
  it("deletes citizen and staff sessions that ended before the retention and keeps live and recently ended ones", async () => {
    const account = await createAccount();
    const staff = await createStaffUser(prisma);
    const beyond = ENDED_SESSION_RETENTION_SECONDS + HOUR;
    const session = (data: { createdAt: Date; revokedAt?: Date }) =>
      prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Chrome Android", lastSeenAt: data.createdAt, ...data } });
    const revokedLongAgo = await session({ createdAt: ago(beyond + HOUR), revokedAt: ago(beyond) });
    // Never revoked, but its absolute lifetime ended before the retention began.
    const timedOutLongAgo = await session({ createdAt: ago(beyond + SESSION_ABSOLUTE_SECONDS) });
    const revokedRecently = await session({ createdAt: ago(2 * HOUR), revokedAt: ago(HOUR) });
    const live = await session({ createdAt: ago(60) });
    const oldStaff = await prisma.staffSession.create({ data: { staffUserId: staff.id, createdAt: ago(beyond + HOUR), revokedAt: ago(beyond) } });
    const liveStaff = await prisma.staffSession.create({ data: { staffUserId: staff.id } });

    const report = await pruneSessions(now);
    expect(report).toMatchObject({ deviceSessions: expect.any(Number), staffSessions: expect.any(Number) });
    const left = (await prisma.deviceSession.findMany({ where: { accountId: account.id } })).map((s) => s.id).sort();
    expect(left).toEqual([revokedRecently.id, live.id].sort());
    expect(left).not.toContain(revokedLongAgo.id);
    expect(left).not.toContain(timedOutLongAgo.id);
    const staffLeft = (await prisma.staffSession.findMany({ where: { staffUserId: staff.id } })).map((s) => s.id);
    expect(staffLeft).toEqual([liveStaff.id]);
    expect(staffLeft).not.toContain(oldStaff.id);
  });
});

describe("pruneNotifications", () => {
  it("deletes messages sent or failed before the retention; a pending message stays whatever its age", async () => {
    const old = ago(SENT_NOTIFICATION_RETENTION_SECONDS + HOUR);
    const make = (status: "pending" | "sent" | "failed", at: Date) =>
      prisma.notification.create({
        data: { channel: "sms", recipient: "+84900000000", template: "test", body: "x", idempotencyKey: randomUUID(), status, createdAt: at, sentAt: status === "sent" ? at : null },
      });
    const sentOld = await make("sent", old);
    const failedOld = await make("failed", old);
    const pendingOld = await make("pending", old);
    const sentRecently = await make("sent", ago(HOUR));

    await pruneNotifications(now);
    const left = (await prisma.notification.findMany({ where: { id: { in: [sentOld.id, failedOld.id, pendingOld.id, sentRecently.id] } } })).map((n) => n.id).sort();
    expect(left).toEqual([pendingOld.id, sentRecently.id].sort());
  });
});
