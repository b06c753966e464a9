// Test doubles that speak the real protocols: an HTTP SMS gateway (the contract of createHttpSmsDriver)
// and an in-process SMTP server; and a factory for declaration rows. Shared by the notification tests
// and the approval-to-SMS benchmark.
import { randomUUID, createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerEnvelope } from "smtp-server";
import { generateReferenceCode } from "@/lib/domain/reference-code";
import { submissionDeadline } from "@/lib/domain/deadlines";
import type { PrismaClient, Declaration, DeclarationStatus } from "@/lib/server/db/client";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";

export type GatewayRequest = {
  idempotencyKey: string | undefined;
  requestId: string;
  to: string;
  brandname: string;
  message: string;
  authorization: string | undefined;
  /** performance.timeOrigin + performance.now(), ms: comparable across processes on one machine. */
  receivedAt: number;
};

export type SmsGateway = {
  url: string;
  token: string;
  /** Every request, including refused ones and repeats. */
  requests: GatewayRequest[];
  /** What reached phones: one per request id (a repeated request id is acknowledged, not sent again). */
  delivered: GatewayRequest[];
  /** Answer the next `n` requests with this status (e.g. 503) instead of accepting them. */
  failNext(n: number, status?: number): void;
  /** Called for each delivered message. */
  onDelivered?: (request: GatewayRequest) => void;
  close(): Promise<void>;
};

/** A brandname SMS gateway on loopback that deduplicates by request id, as real ones do. */
export async function startSmsGateway(options: { token?: string; /** answer after this long */ delayMs?: number } = {}): Promise<SmsGateway> {
  const token = options.token ?? "test-gateway-token";
  let failures: { remaining: number; status: number } = { remaining: 0, status: 503 };
  const gateway: SmsGateway = {
    url: "",
    token,
    requests: [],
    delivered: [],
    failNext(n, status = 503) {
      failures = { remaining: n, status };
    },
    close: async () => {},
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => void respond());
    const respond = async () => {
      const receivedAt = performance.timeOrigin + performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string; brandname: string; message: string; requestId: string };
      const request: GatewayRequest = {
        idempotencyKey: req.headers["idempotency-key"] as string | undefined,
        requestId: body.requestId,
        to: body.to,
        brandname: body.brandname,
        message: body.message,
        authorization: req.headers.authorization,
        receivedAt,
      };
      gateway.requests.push(request);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      res.setHeader("Content-Type", "application/json");
      if (req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401).end(JSON.stringify({ code: "UNAUTHORIZED" }));
        return;
      }
      if (failures.remaining > 0) {
        failures.remaining--;
        res.writeHead(failures.status).end(JSON.stringify({ code: "BUSY", error: "try later" }));
        return;
      }
      const seen = gateway.delivered.find((d) => d.requestId === body.requestId);
      if (!seen) {
        gateway.delivered.push(request);
        gateway.onDelivered?.(request);
      }
      res.writeHead(200).end(JSON.stringify({ messageId: `gw-${createHash("sha1").update(body.requestId).digest("hex").slice(0, 12)}`, duplicate: Boolean(seen) }));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/send`;
  gateway.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return gateway;
}

export type ReceivedMail = { raw: string; envelope: SMTPServerEnvelope; messageId: string | undefined };

export type SmtpSink = { url: string; messages: ReceivedMail[]; close(): Promise<void> };

/** A real SMTP server on loopback (no TLS, no auth) that keeps every message it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("latin1");
        messages.push({ raw, envelope: session.envelope, messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

let sequence = 0;

/** A declaration row as the wizard would store it (office 0101, Ba Đình), with overrides. */
export async function createDeclaration(
  db: PrismaClient,
  overrides: Partial<Omit<Declaration, "id">> & { status?: DeclarationStatus } = {},
): Promise<Declaration> {
  const person = buildPerson(createRng(Date.now() + ++sequence * 7919));
  const submittedAt = overrides.submittedAt ?? new Date();
  return db.declaration.create({
    data: {
      reference: generateReferenceCode(),
      accessTokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      fullName: person.fullName,
      fullNameSearch: person.fullNameSearch,
      dateOfBirth: new Date(`${person.dateOfBirth}T00:00:00Z`),
      sex: person.sex,
      bhxhCode: person.bhxhCode,
      idType: "cccd",
      idNumber: person.idNumber,
      idIssueDate: new Date(`${person.idIssueDate}T00:00:00Z`),
      idIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 1 Phố Điện Biên Phủ",
      phone: person.phone,
      email: `${person.bhxhCode}@example.test`,
      officeCode: "0101",
      commitmentAt: submittedAt,
      submittedAt,
      expiresAt: submissionDeadline(submittedAt),
      ...overrides,
    },
  });
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;
