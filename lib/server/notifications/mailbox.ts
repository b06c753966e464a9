import "server-only";
// The test mailbox (/hop-thu-thu-nghiem and GET /api/dev/outbox): every message the outbox driver
// "sent", for demos and end-to-end tests. It shows temporary passwords and one-time codes in clear,
// so it exists only for a channel whose driver is the outbox, and never in production mode.
import { normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { prisma, type PrismaClient, type Prisma } from "@/lib/server/db/client";
import { env, type Env } from "@/lib/server/env";
import { openStored } from "./secret-box";
import { activeDriver } from "./select-drivers";
import type { NotificationChannel } from "./outbox";

const CHANNELS: NotificationChannel[] = ["sms", "email"];

/** THE rule: the test mailbox shows a channel only while that channel's driver is the outbox (and not in production mode). */
export function isTestMailboxOpen(channel: NotificationChannel, config: Env = env()): boolean {
  return config.APP_MODE !== "production" && activeDriver(channel, config) === "outbox";
}

/** The channels the mailbox may show; empty means the mailbox does not exist (404). */
export function openMailboxChannels(config: Env = env()): NotificationChannel[] {
  return CHANNELS.filter((channel) => isTestMailboxOpen(channel, config));
}

/** A phone in any usual form ("0912 345 678", "+84912345678") or an email address, as stored in Notification.recipient. */
export function parseMailboxRecipient(to: string): { channel: NotificationChannel; recipient: string } | null {
  const value = to.trim();
  if (!value) return null;
  if (value.includes("@")) return { channel: "email", recipient: value };
  const phone = normalizeVietnameseMobile(value) ?? (/^\+[1-9]\d{7,14}$/.test(value.replace(/[\s.()-]/g, "")) ? value.replace(/[\s.()-]/g, "") : null);
  return phone ? { channel: "sms", recipient: phone } : null;
}

export type MailboxMessage = {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  subject: string | null;
  body: string;
  html: string | null;
  status: "pending" | "sent" | "failed";
  createdAt: Date;
  sentAt: Date | null;
};

/**
 * The messages of the open channels, newest first; only those to `to` when given. Returns null when
 * the mailbox (or, with `to`, that recipient's channel) is not open: the caller answers 404.
 */
export async function listMailbox(
  options: { to?: string | null; limit?: number; db?: PrismaClient; config?: Env } = {},
): Promise<MailboxMessage[] | null> {
  const open = openMailboxChannels(options.config);
  if (open.length === 0) return null;
  const where: Prisma.NotificationWhereInput = { channel: { in: open } };
  if (options.to?.trim()) {
    const target = parseMailboxRecipient(options.to);
    if (!target) return [];
    if (!open.includes(target.channel)) return null;
    where.channel = target.channel;
    where.recipient = target.channel === "email" ? { equals: target.recipient, mode: "insensitive" } : target.recipient;
  }
  const rows = await (options.db ?? prisma).notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 200,
    select: { id: true, channel: true, recipient: true, template: true, subject: true, body: true, html: true, status: true, createdAt: true, sentAt: true },
  });
  // The test mailbox shows what the person received: sealed secrets are opened for it (demo only).
  return rows.map((row) => {
    try {
      return openStored(row);
    } catch {
      return { ...row, body: "[sealed under another key: cannot be shown]", html: null };
    }
  });
}
