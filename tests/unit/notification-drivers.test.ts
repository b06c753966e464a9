import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress, type SMTPServerEnvelope } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  PermanentDeliveryError,
  TransientDeliveryError,
  createHttpSmsDriver,
  createOutboxDrivers,
  createSmtpEmailDriver,
  messageIdFor,
} from "@/lib/server/notifications/drivers";

// ---------------------------------------------------------------------------------------------
// A small MIME reader, enough to check what actually went over the wire.

type MimePart = { headers: Map<string, string>; body: Buffer; parts: MimePart[] };

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(decodeQuotedPrintable(text.replace(/_/g, " "))).toString("utf8"),
    );
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(source.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

function parseMime(raw: string /* latin1: one char per byte */): MimePart {
  const split = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const bodyText = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of headerBlock.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), Buffer.from(line.slice(colon + 1).trim(), "latin1").toString("utf8"));
  }
  const contentType = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.startsWith("multipart/") && boundary) {
    const sections = bodyText.split(`--${boundary}`).slice(1);
    const parts = sections.filter((section) => !section.startsWith("--")).map((section) => parseMime(section.replace(/^\r\n/, "").replace(/\r\n$/, "")));
    return { headers, body: Buffer.alloc(0), parts };
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const body =
    encoding === "base64"
      ? Buffer.from(bodyText.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(bodyText)
        : Buffer.from(bodyText, "latin1");
  return { headers, body, parts: [] };
}

function flatten(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(flatten) : [part];
}

// ---------------------------------------------------------------------------------------------
// A real SMTP server in the same process.

type Received = { raw: string; envelope: SMTPServerEnvelope; user: unknown };

describe("SMTP email driver", () => {
  let smtp: SMTPServer;
  let port = 0;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true, // plain text on loopback only, so nodemailer does not try STARTTLS
      disabledCommands: ["STARTTLS"],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === "mailer" && auth.password === "s3cret pass") callback(null, { user: auth.username });
        else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        if (address.address.endsWith("@rejected.test")) callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        else if (address.address.endsWith("@busy.test")) callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({ raw: Buffer.concat(chunks).toString("latin1"), envelope: session.envelope, user: session.user });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  beforeEach(() => {
    received.length = 0;
  });

  const from = "Bảo hiểm xã hội Việt Nam <khong-tra-loi@baohiemxahoi.local>";
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0x00, 0xff, 0x80, 0x0d, 0x0a, 0x25, 0xe2, 0xe3]), Buffer.from("\n%%EOF\n")]);

  it("sends subject, Vietnamese text, HTML, the attachment and the idempotency key as Message-ID", async () => {
    const driver = createSmtpEmailDriver({ url: `smtp://mailer:${encodeURIComponent("s3cret pass")}@127.0.0.1:${port}`, from });
    const result = await driver.send({
      to: "nguyen.van.a@example.vn",
      subject: "Đã nhận tờ khai DK-2026-000123",
      text: "Tờ khai đăng ký giao dịch điện tử của bạn đã được ghi nhận. Hạn nộp: 04/08/2026.",
      html: '<!DOCTYPE html><html lang="vi"><body><h1>Tờ khai của bạn đã được ghi nhận</h1></body></html>',
      attachments: [{ filename: "to-khai-DK-2026-000123.pdf", content: pdf, contentType: "application/pdf" }],
      idempotencyKey: "notif-3f1c2a",
    });

    expect(result).toEqual({ providerMessageId: "<notif-3f1c2a@bhxh.local>" });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.user).toBe("mailer");
    expect(mail?.envelope.mailFrom && mail.envelope.mailFrom.address).toBe("khong-tra-loi@baohiemxahoi.local");
    expect(mail?.envelope.rcptTo.map((r) => r.address)).toEqual(["nguyen.van.a@example.vn"]);

    const message = parseMime(mail?.raw ?? "");
    expect(message.headers.get("message-id")).toBe("<notif-3f1c2a@bhxh.local>");
    expect(message.headers.get("x-idempotency-key")).toBe("notif-3f1c2a");
    expect(decodeEncodedWords(message.headers.get("subject") ?? "")).toBe("Đã nhận tờ khai DK-2026-000123");
    expect(decodeEncodedWords(message.headers.get("from") ?? "")).toBe("Bảo hiểm xã hội Việt Nam <khong-tra-loi@baohiemxahoi.local>");
    expect(message.headers.get("to")).toBe("nguyen.van.a@example.vn");

    const leaves = flatten(message);
    const text = leaves.find((part) => part.headers.get("content-type")?.startsWith("text/plain"));
    const html = leaves.find((part) => part.headers.get("content-type")?.startsWith("text/html"));
    const attachment = leaves.find((part) => part.headers.get("content-type")?.startsWith("application/pdf"));
    expect(text?.headers.get("content-type")).toMatch(/charset=utf-8/i);
    expect(text?.body.toString("utf8")).toBe("Tờ khai đăng ký giao dịch điện tử của bạn đã được ghi nhận. Hạn nộp: 04/08/2026.");
    expect(html?.body.toString("utf8")).toBe('<!DOCTYPE html><html lang="vi"><body><h1>Tờ khai của bạn đã được ghi nhận</h1></body></html>');
    expect(attachment?.headers.get("content-disposition")).toMatch(/^attachment; filename=to-khai-DK-2026-000123\.pdf$/);
    expect(attachment?.body.equals(pdf)).toBe(true);
  });

  it("sends without authentication when the URL has no credentials, and encodes keys into a valid Message-ID", async () => {
    const driver = createSmtpEmailDriver({ url: `smtp://127.0.0.1:${port}`, from: "khong-tra-loi@baohiemxahoi.local" });
    await driver.send({ to: "b@example.vn", subject: "OTP", text: "Mã: 123456", html: "<p>Mã: 123456</p>", idempotencyKey: "otp:42/1" });
    const message = parseMime(received[0]?.raw ?? "");
    expect(received[0]?.user).toBeUndefined();
    expect(message.headers.get("message-id")).toBe("<otp=3A42=2F1@bhxh.local>");
    expect(message.headers.get("x-idempotency-key")).toBe("otp:42/1");
    expect(messageIdFor("thông=báo")).toBe("<th=C3=B4ng=3Db=C3=A1o@bhxh.local>");
  });

  it("classifies a 5xx refusal of the recipient as permanent, a 4xx as transient", async () => {
    const driver = createSmtpEmailDriver({ url: `smtp://127.0.0.1:${port}`, from });
    const base = { subject: "S", text: "T", html: "<p>T</p>", idempotencyKey: "k" };
    await expect(driver.send({ ...base, to: "nobody@rejected.test" })).rejects.toThrow(PermanentDeliveryError);
    await expect(driver.send({ ...base, to: "someone@busy.test" })).rejects.toThrow(TransientDeliveryError);
    expect(received).toHaveLength(0);
  });

  it("treats bad credentials and an unreachable server as transient (the administrator can fix them)", async () => {
    const base = { to: "a@example.vn", subject: "S", text: "T", html: "<p>T</p>", idempotencyKey: "k" };
    const wrongPassword = createSmtpEmailDriver({ url: `smtp://mailer:wrong@127.0.0.1:${port}`, from });
    await expect(wrongPassword.send(base)).rejects.toThrow(TransientDeliveryError);

    const closed = await unusedPort();
    const unreachable = createSmtpEmailDriver({ url: `smtp://127.0.0.1:${closed}`, from });
    await expect(unreachable.send(base)).rejects.toThrow(/SMTP delivery failed/);
    await expect(unreachable.send(base)).rejects.toBeInstanceOf(TransientDeliveryError);
  });
});

// ---------------------------------------------------------------------------------------------
// A local HTTP server standing in for the SMS brandname gateway.

type GatewayRequest = { method: string; url: string; headers: IncomingMessage["headers"]; body: unknown };
type Reply = (res: ServerResponse) => void;

describe("HTTP SMS driver", () => {
  let server: Server;
  let url = "";
  const requests: GatewayRequest[] = [];
  let replies: Reply[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: text ? JSON.parse(text) : undefined });
        if (req.headers.authorization !== "Bearer gw-token-123") {
          res.writeHead(401, { "Content-Type": "application/json" }).end(JSON.stringify({ code: 401, error: "unauthorized" }));
          return;
        }
        const reply = replies.shift() ?? ((r: ServerResponse) => r.writeHead(200, { "Content-Type": "application/json" }).end("{}"));
        reply(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/sms/send`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    requests.length = 0;
    replies = [];
  });

  const json =
    (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
    (res) =>
      res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));

  const message = { to: "+84912345678", text: "BHXH: Ma dang nhap thiet bi moi: 482913, hieu luc 5 phut.", idempotencyKey: "notif-7e1" };
  const driver = () => createHttpSmsDriver({ url, token: "gw-token-123", brandname: "BHXH" });

  it("posts the gateway's JSON with the bearer token and the idempotency key, and returns its message id", async () => {
    replies = [json(200, { status: "queued", messageId: "gw-981" })];
    await expect(driver().send(message)).resolves.toEqual({ providerMessageId: "gw-981" });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/sms/send");
    expect(request?.headers.authorization).toBe("Bearer gw-token-123");
    expect(request?.headers["idempotency-key"]).toBe("notif-7e1");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toEqual({
      to: "84912345678",
      brandname: "BHXH",
      message: "BHXH: Ma dang nhap thiet bi moi: 482913, hieu luc 5 phut.",
      requestId: "notif-7e1",
    });
  });

  it("takes a numeric id too, and accepts a 2xx without a body", async () => {
    replies = [json(201, { id: 12345 }), (res) => res.writeHead(202).end()];
    await expect(driver().send(message)).resolves.toEqual({ providerMessageId: "12345" });
    await expect(driver().send(message)).resolves.toEqual({});
  });

  it("throws Transient on 500 twice, then succeeds with the same request id", async () => {
    replies = [json(500, { error: "internal" }), json(503, { error: "unavailable" }), json(200, { messageId: "gw-3" })];
    const sms = driver();
    const first = await sms.send(message).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(TransientDeliveryError);
    expect((first as Error).message).toBe("SMS gateway answered 500 (internal)");
    await expect(sms.send(message)).rejects.toBeInstanceOf(TransientDeliveryError);
    await expect(sms.send(message)).resolves.toEqual({ providerMessageId: "gw-3" });
    expect(requests.map((r) => (r.body as { requestId: string }).requestId)).toEqual(["notif-7e1", "notif-7e1", "notif-7e1"]);
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual(["notif-7e1", "notif-7e1", "notif-7e1"]);
  });

  it("throws Permanent on 400 without echoing the message text", async () => {
    replies = [json(400, { code: "INVALID_PHONE", error: "invalid number", echo: message.text })];
    const error = await driver().send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toBe("SMS gateway answered 400 (INVALID_PHONE invalid number)");
    expect((error as Error).message).not.toContain("482913");
  });

  it("treats a wrong token (401) as permanent, 408 and 429 as transient, with Retry-After", async () => {
    const wrongToken = createHttpSmsDriver({ url, token: "nope", brandname: "BHXH" });
    await expect(wrongToken.send(message)).rejects.toThrow(PermanentDeliveryError);

    replies = [json(408, {}), json(429, { error: "rate limited" }, { "Retry-After": "30" })];
    await expect(driver().send(message)).rejects.toThrow(TransientDeliveryError);
    const limited = await driver().send(message).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TransientDeliveryError);
    expect((limited as TransientDeliveryError).retryAfterSeconds).toBe(30);
  });

  it("treats no answer in time and a closed port as transient", async () => {
    replies = [() => undefined /* never answers */];
    const slow = createHttpSmsDriver({ url, token: "gw-token-123", brandname: "BHXH", timeoutMs: 200 });
    const timedOut = await slow.send(message).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TransientDeliveryError);
    expect((timedOut as Error).message).toBe("SMS gateway did not answer within 200 ms");

    const closed = await unusedPort();
    const unreachable = createHttpSmsDriver({ url: `http://127.0.0.1:${closed}/sms`, token: "t", brandname: "BHXH" });
    const refused = await unreachable.send(message).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TransientDeliveryError);
    expect((refused as Error).message).toMatch(/^SMS gateway unreachable: fetch failed: .*ECONNREFUSED/);
  });

  it("refuses a number that is not E.164 without calling the gateway", async () => {
    await expect(driver().send({ ...message, to: "0912345678" })).rejects.toThrow(PermanentDeliveryError);
    expect(requests).toHaveLength(0);
  });
});

describe("outbox drivers", () => {
  it("deliver nothing and report an outbox id derived from the idempotency key", async () => {
    const { sms, email } = createOutboxDrivers();
    await expect(sms.send({ to: "+84912345678", text: "BHXH: test", idempotencyKey: "n-1" })).resolves.toEqual({ providerMessageId: "outbox:n-1" });
    await expect(email.send({ to: "a@example.vn", subject: "S", text: "T", html: "<p>T</p>", idempotencyKey: "n-2" })).resolves.toEqual({
      providerMessageId: "outbox:n-2",
    });
  });
});

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
