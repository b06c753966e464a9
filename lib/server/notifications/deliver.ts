import "server-only";
// Delivers the outbox: claims due Notification rows, sends each through the driver chosen by the
// environment, and records the outcome (sent; retried later with backoff; or failed for good).
//
// The guarantee is AT-LEAST-ONCE delivery plus an idempotency key. A row is claimed by moving its
// nextAttemptAt a lease ahead (FOR UPDATE SKIP LOCKED, so two deliverers never claim the same row),
// then sent, then marked. If the process dies after the gateway accepted a message but before the row
// is marked, the lease runs out and the row is sent again, with the SAME idempotency key: the SMS
// gateway (requestId / Idempotency-Key) and mail systems (Message-ID) drop the repeat, so the person
// gets one message. Only a gateway that ignores the key could deliver a duplicate.
import { z } from "zod";
import { prisma, type Notification, type PrismaClient } from "@/lib/server/db/client";
import { PermanentDeliveryError, TransientDeliveryError, type DeliveryResult, type EmailAttachment } from "./drivers";
import type { NotificationAttachment } from "./outbox";
import { openStored, SECRET_TEMPLATES } from "./secret-box";
import { activeDriver, driversFromEnv, type NotificationDrivers } from "./select-drivers";

export { activeDriver, driversFromEnv, type DriverName, type NotificationDrivers } from "./select-drivers";

/** Delays before the 2nd, 3rd, … attempt after a transient failure. */
export const RETRY_DELAYS_SECONDS = [10, 30, 120, 600, 1800, 3600, 7200] as const;
/** After this many attempts a message that still cannot be delivered is marked failed (about 3 h 40 min in all). */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** How long a claimed row is reserved for its deliverer; a crashed deliverer's rows are due again after it. */
export const DELIVERY_LEASE_SECONDS = 300;
/** A gateway's Retry-After is honoured up to this. */
const MAX_RETRY_AFTER_SECONDS = 3600;

// ---------------------------------------------------------------------------------------------
// Attachments, built when the message is sent (the row only names them).

const ZAttachmentsSchema = z.array(z.object({ kind: z.literal("declarationPdf"), declarationId: z.uuid() }));

export function parseAttachments(value: unknown): NotificationAttachment[] {
  const parsed = ZAttachmentsSchema.safeParse(value);
  if (!parsed.success) throw new PermanentDeliveryError(`Unknown attachment in the notification: ${JSON.stringify(value).slice(0, 200)}`);
  return parsed.data;
}

/**
 * Builds one attachment from its description. A declaration that no longer exists cannot be attached:
 * that email fails for good; a rendering or storage error is transient (retried).
 */
export async function resolveAttachment(attachment: NotificationAttachment, db: PrismaClient = prisma): Promise<EmailAttachment> {
  switch (attachment.kind) {
    case "declarationPdf": {
      // Loaded on the first PDF: the renderer, its fonts and sharp are most of a worker's memory (decision 0026).
      const { DeclarationNotFoundError, declarationPdfAttachment } = await import("@/lib/server/pdf/render-stored-declaration");
      try {
        return await declarationPdfAttachment(attachment.declarationId, { db });
      } catch (error) {
        if (error instanceof DeclarationNotFoundError) throw new PermanentDeliveryError(error.message, { cause: error });
        throw new TransientDeliveryError(`Could not build the PDF of declaration ${attachment.declarationId}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Claiming, sending, recording.

/**
 * Claims up to `limit` due rows for this deliverer: their attempt count goes up by one and their
 * nextAttemptAt moves a lease ahead, in one statement. Rows locked by a concurrent claim are skipped.
 */
export async function claimDueNotifications(db: PrismaClient, now: Date, limit: number): Promise<Notification[]> {
  const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_SECONDS * 1000);
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}::timestamp
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}::timestamp
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  return db.notification.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: { createdAt: "asc" } });
}

/** Sends one claimed row through its channel's driver, with the row's idempotency key. */
export async function sendNotification(stored: Notification, drivers: NotificationDrivers, db: PrismaClient = prisma): Promise<DeliveryResult> {
  const row = openSealedForDelivery(stored); // a sealed secret is opened only here, to send it
  if (row.channel === "sms") return drivers.sms.send({ to: row.recipient, text: row.body, idempotencyKey: row.idempotencyKey });
  const attachments = await Promise.all(parseAttachments(row.attachments).map((attachment) => resolveAttachment(attachment, db)));
  return drivers.email.send({
    to: row.recipient,
    subject: row.subject ?? "",
    text: row.body,
    html: row.html ?? textAsHtml(row.body),
    attachments: attachments.length ? attachments : undefined,
    idempotencyKey: row.idempotencyKey,
  });
}

/** A row sealed under another key (NOTIFICATION_SECRET_KEY changed) can never be sent: fail it for good. */
function openSealedForDelivery(row: Notification): Notification {
  try {
    return openStored(row);
  } catch (error) {
    throw new PermanentDeliveryError("The sealed text cannot be opened with the current NOTIFICATION_SECRET_KEY", { cause: error });
  }
}

export type DeliveryOutcome = "sent" | "retrying" | "failed" | "superseded";

export { SECRET_TEMPLATES } from "./secret-box";
/** What replaces the text of such a message once it has left through a real transport. */
export const REDACTED_BODY = "[redacted after delivery: the message contained a temporary password or a one-time code]";

/** Which channels to redact secrets from once delivered: those with a real transport (the outbox IS the test mailbox). */
export type RedactionPolicy = { sms: boolean; email: boolean };

/**
 * Records the result of an attempt. Conditioned on the attempt count seen at claim time, so a
 * deliverer whose lease ran out (another one claimed the row since) changes nothing.
 */
export async function recordDeliveryResult(
  db: PrismaClient,
  row: Notification,
  result: { ok: true; value: DeliveryResult } | { ok: false; error: unknown },
  at: Date,
  redaction: RedactionPolicy = { sms: false, email: false },
): Promise<DeliveryOutcome> {
  const where = { id: row.id, attempts: row.attempts, status: "pending" as const };
  // Nothing needs the secret once the message is delivered or abandoned: do not keep it in the database.
  const redacted = redaction[row.channel] && SECRET_TEMPLATES.has(row.template) ? { body: REDACTED_BODY, html: null } : {};
  if (result.ok) {
    const { count } = await db.notification.updateMany({
      where,
      data: { status: "sent", sentAt: at, providerMessageId: result.value.providerMessageId ?? null, lastError: null, nextAttemptAt: at, ...redacted },
    });
    return count ? "sent" : "superseded";
  }
  const error = result.error;
  const lastError = describeError(error);
  const permanent = error instanceof PermanentDeliveryError;
  if (permanent || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
    const { count } = await db.notification.updateMany({ where, data: { status: "failed", lastError, ...redacted } });
    return count ? "failed" : "superseded";
  }
  const { count } = await db.notification.updateMany({ where, data: { lastError, nextAttemptAt: retryAt(row.attempts, error, at) } });
  return count ? "retrying" : "superseded";
}

/** When to try again after the `attempts`-th attempt failed for a transient reason. */
export function retryAt(attempts: number, error: unknown, at: Date): Date {
  const scheduled = RETRY_DELAYS_SECONDS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_SECONDS.length) - 1] ?? RETRY_DELAYS_SECONDS[0];
  const asked = error instanceof TransientDeliveryError && error.retryAfterSeconds !== undefined ? Math.min(error.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) : 0;
  return new Date(at.getTime() + Math.max(scheduled, asked) * 1000);
}

export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number };

export type DeliverOptions = {
  /** Fixed for tests; the real clock otherwise. */
  now?: Date;
  db?: PrismaClient;
  /** Default: the drivers chosen by the environment. */
  drivers?: NotificationDrivers;
  /** Default: with the environment's drivers, every channel not on the outbox; with injected drivers, none. */
  redaction?: RedactionPolicy;
  /** Rows claimed and sent together. */
  batchSize?: number;
  /** Stop after this many rows in one call (the worker calls again). */
  maxRows?: number;
  onError?: (row: Notification, error: unknown) => void;
};

/** Delivers every due row (up to maxRows), batch by batch. Safe to run in several processes at once. */
export async function deliverDueNotifications(options: DeliverOptions = {}): Promise<DeliveryReport> {
  const db = options.db ?? prisma;
  const drivers = options.drivers ?? driversFromEnv();
  const redaction = options.redaction ?? (options.drivers ? { sms: false, email: false } : redactionFromEnv());
  const batchSize = options.batchSize ?? 20;
  const maxRows = options.maxRows ?? 500;
  const clock = () => options.now ?? new Date();
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  while (report.claimed < maxRows) {
    const rows = await claimDueNotifications(db, clock(), Math.min(batchSize, maxRows - report.claimed));
    report.claimed += rows.length;
    await Promise.all(
      rows.map(async (row) => {
        let result: Parameters<typeof recordDeliveryResult>[2];
        try {
          result = { ok: true, value: await sendNotification(row, drivers, db) };
        } catch (error) {
          options.onError?.(row, error);
          result = { ok: false, error };
        }
        const outcome = await recordDeliveryResult(db, row, result, clock(), redaction);
        if (outcome !== "superseded") report[outcome]++;
      }),
    );
    if (rows.length < batchSize) break;
  }
  return report;
}

/** Redact delivered secrets on every channel whose driver is not the outbox. */
export function redactionFromEnv(): RedactionPolicy {
  return { sms: activeDriver("sms") !== "outbox", email: activeDriver("email") !== "outbox" };
}

/** When the next pending row becomes due (to wake the worker then), or null when none is pending. */
export async function nextDueAt(db: PrismaClient = prisma): Promise<Date | null> {
  const next = await db.notification.findFirst({ where: { status: "pending" }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } });
  return next?.nextAttemptAt ?? null;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

function textAsHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<pre style="font-family:inherit;white-space:pre-wrap">${escaped}</pre>`;
}
