import "server-only";
// Deletes delivered (or failed for good) messages older than SENT_NOTIFICATION_RETENTION_SECONDS: their
// text holds names and links. Pending messages are never touched, whatever their age.
import { olderThan, SENT_NOTIFICATION_RETENTION_SECONDS } from "@/lib/domain/retention";
import { prisma } from "@/lib/server/db/client";
import { pruneInBatches, type PruneOptions, type PruneReport } from "./prune-in-batches";

export async function pruneNotifications(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneReport> {
  const before = olderThan(now, SENT_NOTIFICATION_RETENTION_SECONDS);
  return pruneInBatches({ ...options, db: options.db ?? prisma }, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "Notification" WHERE "id" IN (
        SELECT "id" FROM "Notification"
        WHERE ("status" = 'sent' AND "sentAt" < ${before}) OR ("status" = 'failed' AND "createdAt" < ${before})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}
