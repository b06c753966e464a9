// The test mailbox exists only while a channel's driver is the outbox; it lists that channel's
// messages newest first and filters by recipient however the phone number is written.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/dev/outbox/route";
import { prisma } from "@/lib/server/db/client";
import { parseEnv } from "@/lib/server/env";
import { isTestMailboxOpen, listMailbox, openMailboxChannels, parseMailboxRecipient } from "@/lib/server/notifications/mailbox";
import { enqueueNotification } from "@/lib/server/notifications/outbox";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await prisma.notification.deleteMany();
});

const base = { DATABASE_URL: "postgresql://x@127.0.0.1/x" };
const smsHttp = parseEnv({ ...base, SMS_DRIVER: "http", SMS_GATEWAY_URL: "http://127.0.0.1:1/sms" });
const bothReal = parseEnv({ ...base, SMS_DRIVER: "http", SMS_GATEWAY_URL: "http://127.0.0.1:1/sms", EMAIL_DRIVER: "smtp", SMTP_URL: "smtp://127.0.0.1:1" });

async function seedMessages() {
  for (const [channel, recipient, key] of [
    ["sms", "+84912345678", "a:sms"],
    ["email", "Huong@Example.test", "a:email"],
    ["sms", "0987654321", "b:sms"],
    ["sms", "0912 345 678", "c:sms"],
  ] as const) {
    await prisma.$transaction((tx) => enqueueNotification(tx, { channel, recipient, template: "otp", subject: channel === "email" ? "Mã" : undefined, body: key, idempotencyKey: key }));
    await new Promise((r) => setTimeout(r, 5)); // distinct creation times
  }
}

describe("the rule", () => {
  it("opens a channel only while its driver is the outbox, and never in production mode", () => {
    expect(openMailboxChannels(parseEnv(base))).toEqual(["sms", "email"]);
    expect(openMailboxChannels(parseEnv({ ...base, SMS_DRIVER: "outbox", EMAIL_DRIVER: "outbox" }))).toEqual(["sms", "email"]);
    expect(openMailboxChannels(smsHttp)).toEqual(["email"]);
    expect(openMailboxChannels(bothReal)).toEqual([]);
    const production = parseEnv({
      ...base,
      APP_MODE: "production",
      AUTH_SECRET: "x".repeat(32),
      NOTIFICATION_SECRET_KEY: "y".repeat(32),
      PUBLIC_BASE_URL: "https://dichvucong.example.vn",
      TRUST_PROXY_HOPS: "1",
      SMS_DRIVER: "outbox",
      EMAIL_DRIVER: "outbox",
    });
    expect(isTestMailboxOpen("sms", production)).toBe(false);
  });

  it("reads a recipient as a phone in any usual form or as an email", () => {
    expect(parseMailboxRecipient("0912345678")).toEqual({ channel: "sms", recipient: "+84912345678" });
    expect(parseMailboxRecipient("+84 912 345 678")).toEqual({ channel: "sms", recipient: "+84912345678" });
    expect(parseMailboxRecipient("a@b.vn")).toEqual({ channel: "email", recipient: "a@b.vn" });
    expect(parseMailboxRecipient("hello")).toBeNull();
  });
});

describe("listMailbox", () => {
  it("lists newest first and filters by recipient", async () => {
    await seedMessages();
    expect((await listMailbox())!.map((m) => m.body)).toEqual(["c:sms", "b:sms", "a:email", "a:sms"]);
    expect((await listMailbox({ to: "0912345678" }))!.map((m) => m.body)).toEqual(["c:sms", "a:sms"]);
    expect((await listMailbox({ to: "+84912345678" }))!.map((m) => m.body)).toEqual(["c:sms", "a:sms"]);
    expect((await listMailbox({ to: "huong@example.test" }))!.map((m) => m.body)).toEqual(["a:email"]);
  });

  it("is closed (null → 404) for a channel with a real driver", async () => {
    await seedMessages();
    expect(await listMailbox({ config: bothReal })).toBeNull();
    expect(await listMailbox({ to: "0912345678", config: smsHttp })).toBeNull();
    expect((await listMailbox({ config: smsHttp }))!.map((m) => m.channel)).toEqual(["email"]);
  });
});

describe("GET /api/dev/outbox", () => {
  it("returns the recipient's messages as JSON, newest first", async () => {
    await seedMessages();
    const response = await GET(new Request("http://localhost/api/dev/outbox?to=%2B84912345678"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>[];
    expect(body.map((m) => m.body)).toEqual(["c:sms", "a:sms"]);
    expect(Object.keys(body[0]!).sort()).toEqual(["body", "channel", "createdAt", "id", "recipient", "sentAt", "status", "subject", "template"]);
    expect(body[0]).toMatchObject({ channel: "sms", recipient: "+84912345678", status: "pending", sentAt: null, subject: null });
  });

  it("answers 400 to a recipient that is neither a phone nor an email", async () => {
    expect((await GET(new Request("http://localhost/api/dev/outbox?to=hello"))).status).toBe(400);
  });
});
