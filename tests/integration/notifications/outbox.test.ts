// The outbox is transactional: a notification exists exactly when the change that causes it commits,
// a repeated cause does not enqueue twice, and the worker is woken only by a commit.
import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { SMS_MAX_LENGTH } from "@/lib/server/notifications/templates";
import { NOTIFICATION_CHANNEL, enqueueMessage, enqueueNotification } from "@/lib/server/notifications/outbox";
import { openStored } from "@/lib/server/notifications/secret-box";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await prisma.notification.deleteMany();
});

const sms = (key: string) => ({ channel: "sms" as const, recipient: "0912 345 678", template: "otp", body: "BHXH: ma 123456", idempotencyKey: key });

describe("enqueueNotification", () => {
  it("writes nothing when the causing transaction rolls back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueNotification(tx, sms("rollback:1:sms"));
        throw new Error("the approval failed");
      }),
    ).rejects.toThrow("the approval failed");
    expect(await prisma.notification.count()).toBe(0);
  });

  it("stores the phone as E.164, pending and due now, and keeps the first row for a repeated key", async () => {
    const first = await prisma.$transaction((tx) => enqueueNotification(tx, sms("approval:abc:v1:sms")));
    const second = await prisma.$transaction((tx) => enqueueNotification(tx, { ...sms("approval:abc:v1:sms"), body: "another text" }));
    expect([first, second]).toEqual([true, false]);
    const rows = await prisma.notification.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipient: "+84912345678", status: "pending", attempts: 0 });
    expect(openStored(rows[0]!).body).toBe("BHXH: ma 123456");
    expect(rows[0]!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("keeps one row when the same cause is enqueued by two transactions at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => prisma.$transaction((tx) => enqueueNotification(tx, sms("race:1:sms")))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await prisma.notification.count({ where: { idempotencyKey: "race:1:sms" } })).toBe(1);
  });

  it("refuses a recipient that is not a phone number", async () => {
    await expect(prisma.$transaction((tx) => enqueueNotification(tx, { ...sms("bad:sms"), recipient: "hello" }))).rejects.toThrow(/mobile/);
  });

  it("wakes the worker (NOTIFY) on commit only", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const received: string[] = [];
    listener.on("notification", (n) => received.push(n.channel));
    await listener.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    try {
      await prisma
        .$transaction(async (tx) => {
          await enqueueNotification(tx, sms("notify:rolled-back:sms"));
          throw new Error("rolled back");
        })
        .catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
      expect(received).toEqual([]);
      await prisma.$transaction(async (tx) => {
        await enqueueNotification(tx, sms("notify:a:sms"));
        await enqueueNotification(tx, sms("notify:b:sms"));
      });
      await expect.poll(() => received.length, { timeout: 2000 }).toBe(1); // one signal per transaction
    } finally {
      await listener.end();
    }
  });
});

describe("enqueueMessage", () => {
  it("renders the template into one SMS (one GSM-7 segment) and, with an address, one email", async () => {
    const result = await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        template: "approval",
        params: { bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: "http://localhost:3000/dang-nhap", fullName: "Nguyễn Thị Ngọc Hường" },
        phone: "+84912345678",
        email: "huong@example.test",
        key: "approval:decl-1:v1",
      }),
    );
    expect(result).toEqual({ sms: true, email: true });
    // The temporary password is nowhere in the stored rows, in any column…
    const stored = await prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(n)::text AS row FROM "Notification" n`;
    expect(stored).toHaveLength(2);
    for (const { row } of stored) expect(row).not.toContain("K7PM 4XQ2 RT9H");
    // …but sealed, and opened to send it.
    const rows = (await prisma.notification.findMany({ orderBy: { channel: "asc" } })).map((row) => openStored(row));
    const [smsRow, emailRow] = rows;
    expect(smsRow).toMatchObject({ channel: "sms", idempotencyKey: "approval:decl-1:v1:sms", template: "approval", subject: null, html: null });
    expect(smsRow!.body).toContain("0123456789");
    expect(smsRow!.body).toContain("K7PM 4XQ2 RT9H");
    expect(smsRow!.body.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(emailRow).toMatchObject({ channel: "email", recipient: "huong@example.test", idempotencyKey: "approval:decl-1:v1:email" });
    expect(emailRow!.subject).toBeTruthy();
    expect(emailRow!.html).toContain("K7PM 4XQ2 RT9H");
    expect(emailRow!.body).toContain("Nguyễn Thị Ngọc Hường");
  });

  it("sends no email when none was given", async () => {
    const result = await prisma.$transaction((tx) =>
      enqueueMessage(tx, { template: "expiry", params: { reference: "TK-2345-6789", declareUrl: "http://x/dang-ky" }, phone: "0987654321", email: null, key: "expiry:d:v1" }),
    );
    expect(result).toEqual({ sms: true, email: false });
    expect(await prisma.notification.count()).toBe(1);
  });
});
