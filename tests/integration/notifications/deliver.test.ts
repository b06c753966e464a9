// Delivery of the outbox over real protocols: an SMTP conversation with an in-process server, an HTTP
// SMS gateway that fails and recovers, a deliverer that dies between sending and marking, and two
// deliverers racing for the same rows. The clock is passed in, so retries need no waiting.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, prisma } from "@/lib/server/db/client";
import { parseEnv } from "@/lib/server/env";
import {
  DELIVERY_LEASE_SECONDS,
  MAX_DELIVERY_ATTEMPTS,
  REDACTED_BODY,
  claimDueNotifications,
  deliverDueNotifications,
  recordDeliveryResult,
  resolveAttachment,
  retryAt,
  sendNotification,
} from "@/lib/server/notifications/deliver";
import { PermanentDeliveryError, TransientDeliveryError, createHttpSmsDriver, createOutboxDrivers, createSmtpEmailDriver, messageIdFor } from "@/lib/server/notifications/drivers";
import { enqueueMessage, enqueueNotification } from "@/lib/server/notifications/outbox";
import { activeDriver, driversFromEnv, type NotificationDrivers } from "@/lib/server/notifications/select-drivers";
import { createDeclaration, startSmsGateway, startSmtpSink, SECOND, type SmsGateway, type SmtpSink } from "./support";

let gateway: SmsGateway;
let smtp: SmtpSink;
let drivers: NotificationDrivers;
const FROM = "Bảo hiểm xã hội Việt Nam <khong-tra-loi@baohiemxahoi.local>";

beforeAll(async () => {
  [gateway, smtp] = await Promise.all([startSmsGateway({ delayMs: 5 }), startSmtpSink()]);
  drivers = {
    sms: createHttpSmsDriver({ url: gateway.url, token: gateway.token, brandname: "BHXH", timeoutMs: 2000 }),
    email: createSmtpEmailDriver({ url: smtp.url, from: FROM }),
  };
});
afterAll(async () => {
  await Promise.all([gateway.close(), smtp.close(), prisma.$disconnect()]);
});
beforeEach(async () => {
  await prisma.notification.deleteMany();
  gateway.requests.length = 0;
  gateway.delivered.length = 0;
  gateway.failNext(0);
  smtp.messages.length = 0;
});

const enqueueSms = (key: string, phone = "0912345678") =>
  prisma.$transaction((tx) => enqueueNotification(tx, { channel: "sms", recipient: phone, template: "otp", body: `BHXH: ma ${key}`, idempotencyKey: key }));
const row = (key: string) => prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: key } });
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("delivery through a real SMTP conversation", () => {
  it("sends the email with its text and HTML parts and the idempotency key as Message-ID, then marks it sent", async () => {
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        template: "approval",
        params: { bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: "http://localhost:3000/dang-nhap", fullName: "Nguyễn Thị Ngọc Hường" },
        phone: "0912345678",
        email: "huong@example.test",
        key: "approval:smtp-test:v1",
      }),
    );
    const now = new Date();
    const report = await deliverDueNotifications({ now, drivers });
    expect(report).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelope.rcptTo.map((r) => r.address)).toEqual(["huong@example.test"]);
    expect(mail.messageId).toBe(messageIdFor("approval:smtp-test:v1:email"));
    expect(mail.raw).toMatch(/X-Idempotency-Key: approval:smtp-test:v1:email/);
    expect(mail.raw).toMatch(/multipart\/alternative/);
    expect(mail.raw).toMatch(/text\/html/);

    const email = await row("approval:smtp-test:v1:email");
    expect(email).toMatchObject({ status: "sent", attempts: 1, lastError: null, providerMessageId: messageIdFor("approval:smtp-test:v1:email") });
    expect(email.sentAt?.getTime()).toBe(now.getTime());
    expect(gateway.delivered.map((d) => [d.to, d.requestId])).toEqual([["84912345678", "approval:smtp-test:v1:sms"]]);
  });

  it("attaches the declaration's PDF, built at delivery time", async () => {
    const declaration = await createDeclaration(prisma);
    await prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        channel: "email",
        recipient: "copy@example.test",
        template: "declarationReceived",
        subject: "Tờ khai",
        body: "Tờ khai đính kèm.",
        attachments: [{ kind: "declarationPdf", declarationId: declaration.id }],
        idempotencyKey: `received:${declaration.id}:v1:email`,
      }),
    );
    expect(await deliverDueNotifications({ drivers })).toMatchObject({ sent: 1 });
    const raw = smtp.messages[0]!.raw;
    expect(raw).toMatch(/Content-Type: application\/pdf/);
    expect(raw).toContain(`to-khai-01-${declaration.reference}.pdf`);
  });
});

describe("retries", () => {
  it("delivers once, on the 3rd attempt, when the gateway fails twice, with the same key every time", async () => {
    await enqueueSms("approval:retry:v1:sms");
    gateway.failNext(2, 503);
    const t0 = new Date();

    expect(await deliverDueNotifications({ now: t0, drivers })).toMatchObject({ claimed: 1, retrying: 1 });
    let r = await row("approval:retry:v1:sms");
    expect(r).toMatchObject({ status: "pending", attempts: 1 });
    expect(r.lastError).toMatch(/503/);
    expect(r.nextAttemptAt.getTime()).toBe(t0.getTime() + 10 * SECOND);

    // Not due yet: nothing is sent.
    expect(await deliverDueNotifications({ now: at(t0, 9 * SECOND), drivers })).toMatchObject({ claimed: 0 });

    expect(await deliverDueNotifications({ now: at(t0, 10 * SECOND), drivers })).toMatchObject({ claimed: 1, retrying: 1 });
    r = await row("approval:retry:v1:sms");
    expect(r.nextAttemptAt.getTime()).toBe(t0.getTime() + 40 * SECOND);

    expect(await deliverDueNotifications({ now: at(t0, 40 * SECOND), drivers })).toMatchObject({ claimed: 1, sent: 1 });
    r = await row("approval:retry:v1:sms");
    expect(r).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(r.providerMessageId).toMatch(/^gw-/);

    expect(gateway.requests).toHaveLength(3);
    expect(new Set(gateway.requests.map((q) => q.requestId))).toEqual(new Set(["approval:retry:v1:sms"]));
    expect(new Set(gateway.requests.map((q) => q.idempotencyKey))).toEqual(new Set(["approval:retry:v1:sms"]));
    expect(gateway.delivered).toHaveLength(1);

    // Delivered rows are never claimed again.
    expect(await deliverDueNotifications({ now: at(t0, 3600 * SECOND), drivers })).toMatchObject({ claimed: 0 });
  });

  it("marks a message the gateway refuses for good as failed, with the reason, and does not retry it", async () => {
    await enqueueSms("refused:sms");
    gateway.failNext(1, 400);
    expect(await deliverDueNotifications({ drivers })).toMatchObject({ failed: 1 });
    const r = await row("refused:sms");
    expect(r).toMatchObject({ status: "failed", attempts: 1 });
    expect(r.lastError).toMatch(/PermanentDeliveryError: SMS gateway answered 400/);
    expect(await deliverDueNotifications({ now: new Date(Date.now() + 86_400_000), drivers })).toMatchObject({ claimed: 0 });
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} attempts`, async () => {
    await enqueueSms("down:sms");
    gateway.failNext(1000, 503);
    let now = new Date();
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS + 2; i++) {
      await deliverDueNotifications({ now, drivers });
      now = at(now, 3 * 3600 * SECOND);
    }
    expect(await row("down:sms")).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(gateway.requests).toHaveLength(MAX_DELIVERY_ATTEMPTS);
  });

  it("backs off 10 s, 30 s, 2 min, 10 min, 30 min … and honours a longer Retry-After", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => (retryAt(n, new Error("x"), t).getTime() - t.getTime()) / 1000);
    expect(delays).toEqual([10, 30, 120, 600, 1800, 3600, 7200]);
    expect((retryAt(1, new TransientDeliveryError("busy", { retryAfterSeconds: 90 }), t).getTime() - t.getTime()) / 1000).toBe(90);
  });
});

describe("secrets in delivered messages", () => {
  it("are not kept in the database once a real transport has the message (sent or failed for good)", async () => {
    const enqueue = (template: "approval" | "expiry", key: string) =>
      prisma.$transaction((tx) =>
        template === "approval"
          ? enqueueMessage(tx, {
              template,
              params: { bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: "http://localhost:3000/dang-nhap" },
              phone: "0912345678",
              email: "a@example.test",
              key,
            })
          : enqueueMessage(tx, { template, params: { reference: "TK-2345-6789", declareUrl: "http://x/dang-ky" }, phone: "0912345678", key }),
      );
    await enqueue("approval", "approval:secret:v1");
    await enqueue("expiry", "expiry:plain:v1");
    expect(await deliverDueNotifications({ drivers, redaction: { sms: true, email: true } })).toMatchObject({ sent: 3 });
    await prisma.$transaction((tx) => enqueueNotification(tx, { channel: "sms", recipient: "0912345678", template: "otp", body: "BHXH: ma 123456", idempotencyKey: "otp:refused:sms" }));
    gateway.failNext(1, 400);
    expect(await deliverDueNotifications({ drivers, redaction: { sms: true, email: true } })).toMatchObject({ failed: 1 });

    for (const key of ["approval:secret:v1:sms", "approval:secret:v1:email", "otp:refused:sms"]) {
      const r = await row(key);
      expect(r.body).toBe(REDACTED_BODY);
      expect(r.html).toBeNull();
    }
    expect((await row("expiry:plain:v1:sms")).body).toContain("TK-2345-6789");
    expect(gateway.delivered.find((d) => d.requestId === "approval:secret:v1:sms")!.message).toContain("K7PM 4XQ2 RT9H");
  });

  it("counter services: the reset password and the phone-change code are redacted too, the notice to the old number is kept", async () => {
    await prisma.$transaction(async (tx) => {
      await enqueueMessage(tx, { template: "counterPasswordReset", params: { bhxhCode: "0123456789", temporaryPassword: "QRS7TUV8WXYZ", signInUrl: "http://x/dang-nhap" }, phone: "0912345678", key: "counterPasswordReset:t:1" });
      await enqueueMessage(tx, { template: "counterPhoneCode", params: { code: "654321", validMinutes: 5 }, phone: "0912345678", key: "otp:counter-test" });
      await enqueueMessage(tx, { template: "counterNotice", params: { kind: "changePhone", bhxhCode: "0123456789", officeName: "BHXH co so Ba Dinh", at: new Date(), receipt: "QT-2345-6789" }, phone: "0987654321", key: "counter:QT-2345-6789" });
    });
    expect(await deliverDueNotifications({ drivers, redaction: { sms: true, email: true } })).toMatchObject({ sent: 3 });
    expect((await row("counterPasswordReset:t:1:sms")).body).toBe(REDACTED_BODY);
    expect((await row("otp:counter-test:sms")).body).toBe(REDACTED_BODY);
    expect((await row("counter:QT-2345-6789:sms")).body).toContain("0123456789");
  });
});

describe("a deliverer that dies between sending and marking", () => {
  it("is recovered after the lease: the row is sent again with the same key, the gateway drops the repeat, the person gets one SMS", async () => {
    await enqueueSms("approval:crash:v1:sms");
    const t0 = new Date();
    // The doomed deliverer claims and sends, then dies before recording anything.
    const [claimed] = await claimDueNotifications(prisma, t0, 10);
    await sendNotification(claimed!, drivers);
    expect(gateway.delivered).toHaveLength(1);

    // While its lease runs, nobody else takes the row.
    expect(await deliverDueNotifications({ now: at(t0, 60 * SECOND), drivers })).toMatchObject({ claimed: 0 });

    // After the lease, a restarted worker sends it again: same key, so the gateway does not send twice.
    const report = await deliverDueNotifications({ now: at(t0, (DELIVERY_LEASE_SECONDS + 1) * SECOND), drivers });
    expect(report).toMatchObject({ claimed: 1, sent: 1 });
    expect(gateway.requests.map((q) => q.requestId)).toEqual(["approval:crash:v1:sms", "approval:crash:v1:sms"]);
    expect(gateway.delivered).toHaveLength(1);
    expect(await row("approval:crash:v1:sms")).toMatchObject({ status: "sent", attempts: 2 });

    // Had the first deliverer only stalled, its late result changes nothing.
    expect(await recordDeliveryResult(prisma, claimed!, { ok: false, error: new Error("late") }, new Date())).toBe("superseded");
    expect(await row("approval:crash:v1:sms")).toMatchObject({ status: "sent", lastError: null });
  });
});

describe("several deliverers at once", () => {
  it("send each row exactly once", async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `race:${i}:sms`);
    await prisma.$transaction(async (tx) => {
      for (const key of keys) await enqueueNotification(tx, { channel: "sms", recipient: "0987654321", template: "otp", body: key, idempotencyKey: key });
    });
    const clients = [createPrismaClient(inject("databaseUrl")), createPrismaClient(inject("databaseUrl")), createPrismaClient(inject("databaseUrl"))];
    try {
      const reports = await Promise.all(clients.map((db) => deliverDueNotifications({ db, drivers, batchSize: 5 })));
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(60);
      expect(reports.filter((r) => r.sent > 0).length).toBeGreaterThan(1); // they really ran side by side
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
    }
    expect(gateway.requests).toHaveLength(60); // no row was even attempted twice
    expect(new Set(gateway.requests.map((q) => q.requestId)).size).toBe(60);
    expect(await prisma.notification.count({ where: { status: "sent", attempts: 1 } })).toBe(60);
  });
});

describe("attachments", () => {
  it("refuses unknown attachment kinds and missing declarations for good", async () => {
    await prisma.$transaction((tx) =>
      tx.notification.create({
        data: { channel: "email", recipient: "a@example.test", template: "x", body: "b", idempotencyKey: "odd:email", attachments: [{ kind: "photo", key: "x" }] },
      }),
    );
    expect(await deliverDueNotifications({ drivers })).toMatchObject({ failed: 1 });
    expect((await row("odd:email")).lastError).toMatch(/Unknown attachment/);
    await expect(resolveAttachment({ kind: "declarationPdf", declarationId: "8d3c1f4e-3a57-4b8e-9a43-7f0cdb0a1c11" })).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe("driver selection", () => {
  const base = { DATABASE_URL: "postgresql://x@127.0.0.1/x" };

  it("uses the outbox when no driver is set, the configured one otherwise", () => {
    expect(activeDriver("sms", parseEnv(base))).toBe("outbox");
    expect(activeDriver("email", parseEnv(base))).toBe("outbox");
    const configured = parseEnv({ ...base, SMS_DRIVER: "http", SMS_GATEWAY_URL: "http://127.0.0.1:1/sms", EMAIL_DRIVER: "smtp", SMTP_URL: "smtp://127.0.0.1:1" });
    expect([activeDriver("sms", configured), activeDriver("email", configured)]).toEqual(["http", "smtp"]);
  });

  it("never falls back to the outbox silently in production mode", () => {
    expect(() => parseEnv({ ...base, APP_MODE: "production", AUTH_SECRET: "x".repeat(32) })).toThrow(/SMS_DRIVER/);
    const prod = { ...parseEnv(base), APP_MODE: "production" as const };
    expect(() => activeDriver("sms", prod)).toThrow(/SMS_DRIVER must be set/);
  });

  it("builds working drivers from the environment", async () => {
    const fromEnv = driversFromEnv(parseEnv({ ...base, SMS_DRIVER: "http", SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token }));
    await fromEnv.sms.send({ to: "+84905111222", text: "BHXH: test", idempotencyKey: "env:sms" });
    expect(gateway.delivered.map((d) => d.requestId)).toEqual(["env:sms"]);
    const outbox = driversFromEnv(parseEnv(base));
    expect(await outbox.email.send({ to: "a@b.test", subject: "s", text: "t", html: "h", idempotencyKey: "k" })).toEqual(
      await createOutboxDrivers().email.send({ to: "a@b.test", subject: "s", text: "t", html: "h", idempotencyKey: "k" }),
    );
  });
});

