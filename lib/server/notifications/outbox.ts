import "server-only";
// The outbox: a message is written as a Notification row inside the transaction that causes it, so it
// exists exactly when the cause commits (an approval that rolls back notifies nobody; one that commits
// cannot be lost). The worker (deliver.ts) sends the rows afterwards.
import { normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { env } from "@/lib/server/env";
import type { Prisma, Tx } from "@/lib/server/db/client";
import type { Locale } from "@/lib/i18n/config";
import { sealForStorage } from "./secret-box";
import { notificationTemplates, type MessageOptions, type NotificationTemplate } from "./templates";

/** Attachments are described in the row and built when the message is delivered. */
export type NotificationAttachment = { kind: "declarationPdf"; declarationId: string };

export type NotificationChannel = "sms" | "email";

export type NotificationInput = {
  channel: NotificationChannel;
  /** SMS: a Vietnamese mobile in any usual form, stored as E.164 (+84…); email: an address. */
  recipient: string;
  /** The template's name (NotificationTemplate) or another short label. */
  template: string;
  subject?: string;
  /** The SMS text, or the email's text part. */
  body: string;
  /** The email's HTML part. */
  html?: string;
  attachments?: NotificationAttachment[];
  /**
   * Unique, and deterministic from the cause (e.g. "approval:<declarationId>:v1:sms"): enqueueing the
   * same cause twice keeps the first row, and the gateway receives it as the request id of every try.
   */
  idempotencyKey: string;
  declarationId?: string;
  accountId?: string;
};

/** The PostgreSQL channel the worker LISTENs on; a NOTIFY sent in a transaction arrives only if it commits. */
export const NOTIFICATION_CHANNEL = "bhxh_notifications";

/** "0912 345 678" or "+84912345678" → "+84912345678"; other E.164 numbers are kept; anything else is refused. */
export function normalizeSmsRecipient(phone: string): string {
  const vietnamese = normalizeVietnameseMobile(phone);
  if (vietnamese) return vietnamese;
  const compact = phone.replace(/[\s.()-]/g, "");
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  throw new Error(`Not a mobile number for an SMS: ${JSON.stringify(phone)}`);
}

export function normalizeEmailRecipient(email: string): string {
  const trimmed = email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) throw new Error(`Not an email address: ${JSON.stringify(email)}`);
  return trimmed;
}

/**
 * Writes one Notification row in the caller's transaction. Returns false when a row with the same
 * idempotency key already exists (the cause was retried): nothing new is written then.
 */
export async function enqueueNotification(tx: Tx, input: NotificationInput): Promise<boolean> {
  const recipient = input.channel === "sms" ? normalizeSmsRecipient(input.recipient) : normalizeEmailRecipient(input.recipient);
  // A temporary password or one-time code is stored sealed (secret-box.ts), never in clear.
  const text = sealForStorage({ template: input.template, body: input.body, html: input.html ?? null });
  const { count } = await tx.notification.createMany({
    data: [
      {
        channel: input.channel,
        recipient,
        template: input.template,
        subject: input.subject ?? null,
        body: text.body,
        html: text.html,
        attachments: (input.attachments ?? []) as Prisma.InputJsonValue,
        idempotencyKey: input.idempotencyKey,
        declarationId: input.declarationId ?? null,
        accountId: input.accountId ?? null,
      },
    ],
    skipDuplicates: true, // INSERT … ON CONFLICT DO NOTHING
  });
  if (count > 0) await wakeDeliveryOnCommit(tx);
  return count > 0;
}

/** Asks the worker to deliver now. Inside a transaction the signal leaves at commit, and not at all on rollback. */
async function wakeDeliveryOnCommit(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, '')`;
}

type TemplateParams<T extends NotificationTemplate> = Parameters<(typeof notificationTemplates)[T]>[0];

export type MessageInput<T extends NotificationTemplate> = {
  template: T;
  params: TemplateParams<T>;
  /** Receives the SMS; null for a declaration keyed in without a phone (decision 0021): the email only, if any. */
  phone: string | null;
  /** Receives the email too, when given. */
  email?: string | null;
  /** The cause, e.g. "approval:<declarationId>:v1"; ":sms" and ":email" are appended. */
  key: string;
  /** Email only (an SMS carries none). */
  attachments?: NotificationAttachment[];
  /** The email's language: the one the person used on the portal (the SMS is always Vietnamese). */
  locale?: Locale;
  declarationId?: string;
  accountId?: string;
};

/**
 * Renders a template (templates.ts) and enqueues its SMS and, when an address is given, its email,
 * in the caller's transaction. Returns which of the two were newly written.
 */
export async function enqueueMessage<T extends NotificationTemplate>(tx: Tx, input: MessageInput<T>): Promise<{ sms: boolean; email: boolean }> {
  const render = notificationTemplates[input.template] as (params: TemplateParams<T>, options: MessageOptions) => ReturnType<(typeof notificationTemplates)[T]>;
  const message = render(input.params, { brand: env().SMS_BRANDNAME, locale: input.locale });
  const common = { template: input.template, declarationId: input.declarationId, accountId: input.accountId };
  const sms = input.phone
    ? await enqueueNotification(tx, {
        ...common,
        channel: "sms",
        recipient: input.phone,
        body: message.sms,
        idempotencyKey: `${input.key}:sms`,
      })
    : false;
  const email = input.email?.trim()
    ? await enqueueNotification(tx, {
        ...common,
        channel: "email",
        recipient: input.email,
        subject: message.email.subject,
        body: message.email.text,
        html: message.email.html,
        attachments: input.attachments,
        idempotencyKey: `${input.key}:email`,
      })
    : false;
  return { sms, email };
}
