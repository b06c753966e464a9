import "server-only";
// Deletes delivered (or failed for good) messages older than SENT_NOTIFICATION_RETENTION_SECONDS: their
// text holds names and links. Pending messages are never touched, whatever their age.
import { olderThan, SENT_NOTIFICATION_RETENTION_SECONDS } from "@/lib/domain/retention";
import { Prisma, prisma } from "@/lib/server/db/client";
import { pruneRows, type PruneOptions, type PruneReport } from "./prune-in-batches";

export async function pruneNotifications(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneReport> {
  const before = olderThan(now, SENT_NOTIFICATION_RETENTION_SECONDS);
  return pruneRows(
    { ...options, db: options.db ?? prisma },
    "Notification",
    Prisma.sql`("status" = 'sent' AND "sentAt" < ${before}) OR ("status" = 'failed' AND "createdAt" < ${before})`,
  );
}
