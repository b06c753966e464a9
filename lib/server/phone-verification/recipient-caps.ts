import "server-only";
// Per-recipient caps on what anonymous flows can make the portal send. They count what was really
// written to the outbox (or the codes issued) in the last 24 hours, inside the caller's transaction and
// under a lock on the recipient, so no client address, retry or race gets past them.
import { RECIPIENT_CAP_WINDOW_SECONDS } from "@/lib/domain/phone-verification";
import type { Tx } from "../db/client";

/** A namespace for pg_advisory_xact_lock(int, int): one lock per recipient (phone or email). */
const RECIPIENT_LOCK_NAMESPACE = 72_707_011;

export async function lockRecipient(tx: Tx, recipient: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RECIPIENT_LOCK_NAMESPACE}::int4, hashtext(${recipient.toLowerCase()}))`;
}

export function capWindowStart(now: Date): Date {
  return new Date(now.getTime() - RECIPIENT_CAP_WINDOW_SECONDS * 1000);
}

/** Messages of these templates written for this recipient in the last 24 hours (email compared without case). */
export async function countRecentMessages(tx: Pick<Tx, "notification">, input: { channel: "sms" | "email"; recipient: string; templates: string[]; now: Date }): Promise<number> {
  return tx.notification.count({
    where: {
      channel: input.channel,
      recipient: input.channel === "email" ? { equals: input.recipient.trim(), mode: "insensitive" } : input.recipient,
      template: { in: input.templates },
      createdAt: { gt: capWindowStart(input.now) },
    },
  });
}
