import "server-only";
// How a notification leaves the system: an SMS gateway over HTTP, an SMTP server, or the outbox
// (no transport: the message stays in the Notification table, which the test mailbox page reads).
// Drivers throw PermanentDeliveryError (do not retry) or TransientDeliveryError (retry later).
import nodemailer from "nodemailer";

export type SmsMessage = { /** E.164, e.g. "+84912345678" */ to: string; text: string; idempotencyKey: string };

export type EmailAttachment = { filename: string; content: Buffer; contentType: string };

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
  idempotencyKey: string;
};

export type DeliveryResult = { providerMessageId?: string };

export interface SmsDriver {
  send(msg: SmsMessage): Promise<DeliveryResult>;
}

export interface EmailDriver {
  send(msg: EmailMessage): Promise<DeliveryResult>;
}

/** The provider refused this message for good (bad number, rejected content): retrying will not help. */
export class PermanentDeliveryError extends Error {
  override readonly name = "PermanentDeliveryError";
}

/** The provider could not be reached or asked us to come back later: retry with backoff. */
export class TransientDeliveryError extends Error {
  override readonly name = "TransientDeliveryError";
  readonly retryAfterSeconds: number | undefined;
  constructor(
    message: string,
    options?: ErrorOptions & { /** From a Retry-After header, when the provider sent one. */ retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

// ---------------------------------------------------------------------------------------------
// SMS over HTTP.

/**
 * An SMS brandname gateway over HTTP, shaped like the common Vietnamese ones (the carriers'
 * brandname APIs and resellers): the message is shown under a registered sender name.
 *
 * Contract:
 *   POST {url}
 *   Authorization: Bearer {token}
 *   Idempotency-Key: {idempotencyKey}
 *   Content-Type: application/json
 *   {"to": "84912345678", "brandname": "BHXH", "message": "BHXH: ...", "requestId": "{idempotencyKey}"}
 *
 *   2xx                  accepted; the body may be JSON with "messageId" or "id" (string or number).
 *                        A gateway that has seen requestId before answers 2xx again without sending.
 *   4xx (not 408, 429)   refused for good (invalid number, brandname or content) -> PermanentDeliveryError
 *   408, 429, 5xx        try again later (Retry-After honoured when given)      -> TransientDeliveryError
 *   network error, no answer within 10 s                                        -> TransientDeliveryError
 *
 * The number is sent in international form without "+" (84…), as these gateways expect. The text
 * must already be one GSM-7 segment (see templates.ts); the gateway is not asked to split it.
 */
export function createHttpSmsDriver(config: { url: string; token: string; brandname: string; timeoutMs?: number }): SmsDriver {
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    async send(msg) {
      if (!/^\+[1-9]\d{7,14}$/.test(msg.to)) throw new PermanentDeliveryError(`SMS recipient is not an E.164 number: ${JSON.stringify(msg.to)}`);
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${config.token}`,
            "Content-Type": "application/json",
            Accept: "application/json",
            "Idempotency-Key": msg.idempotencyKey,
          },
          body: JSON.stringify({ to: msg.to.slice(1), brandname: config.brandname, message: msg.text, requestId: msg.idempotencyKey }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new TransientDeliveryError(timedOut ? `SMS gateway did not answer within ${timeoutMs} ms` : `SMS gateway unreachable: ${describe(error)}`, {
          cause: error,
        });
      }
      const body = await readJson(response);
      if (response.ok) {
        const id = body?.messageId ?? body?.id;
        return typeof id === "string" || typeof id === "number" ? { providerMessageId: String(id) } : {};
      }
      // Never echo the gateway's whole body into lastError: it may quote our message (a password).
      const detail = [body?.code, body?.error].filter((v) => typeof v === "string" || typeof v === "number").join(" ").slice(0, 100);
      const message = `SMS gateway answered ${response.status}${detail ? ` (${detail})` : ""}`;
      if (response.status === 408 || response.status === 429 || response.status >= 500) {
        throw new TransientDeliveryError(message, { retryAfterSeconds: retryAfter(response.headers.get("retry-after")) });
      }
      throw new PermanentDeliveryError(message);
    },
  };
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await response.text());
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function retryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

// ---------------------------------------------------------------------------------------------
// Email over SMTP.

/**
 * Email through any SMTP server: `smtp://user:pass@host:587` (STARTTLS when offered) or
 * `smtps://user:pass@host:465` (TLS from the start). The idempotency key becomes the Message-ID,
 * so a retried delivery carries the same id and mail systems can drop the duplicate.
 */
export function createSmtpEmailDriver(config: { url: string; from: string }): EmailDriver {
  const transport = nodemailer.createTransport(config.url);
  return {
    async send(msg) {
      const messageId = messageIdFor(msg.idempotencyKey);
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: msg.to,
          subject: msg.subject,
          text: msg.text,
          html: msg.html,
          attachments: msg.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
          messageId,
          headers: { "X-Idempotency-Key": msg.idempotencyKey },
        });
        return { providerMessageId: info.messageId || messageId };
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
  };
}

/**
 * `<key@bhxh.local>`. A Message-ID's left part must be a dot-atom, so any character other than
 * letters, digits, "-" and "_" is written =XX (its UTF-8 bytes), which keeps the mapping one-to-one.
 */
export function messageIdFor(idempotencyKey: string): string {
  const local = Array.from(new TextEncoder().encode(idempotencyKey), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_-]/.test(char) ? char : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
  return `<${local}@bhxh.local>`;
}

function classifySmtpError(error: unknown): Error {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const message = `SMTP delivery failed: ${describe(error)}`;
  // A 5xx answer about this envelope or this message is final. Anything else (connection, TLS,
  // authentication, 4xx) may be fixed by waiting or by the administrator: keep the message.
  if ((code === "EENVELOPE" || code === "EMESSAGE") && typeof responseCode === "number" && responseCode >= 500) {
    return new PermanentDeliveryError(message, { cause: error });
  }
  return new TransientDeliveryError(message, { cause: error });
}

// ---------------------------------------------------------------------------------------------
// Outbox.

/** No transport: "sending" only marks the Notification sent; the test mailbox page shows it. */
export function createOutboxDrivers(): { sms: SmsDriver; email: EmailDriver } {
  const send = async (msg: { idempotencyKey: string }): Promise<DeliveryResult> => ({ providerMessageId: `outbox:${msg.idempotencyKey}` });
  return { sms: { send }, email: { send } };
}
