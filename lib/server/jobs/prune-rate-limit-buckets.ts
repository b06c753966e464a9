import "server-only";
// Forgets rate-limit and back-off counters nobody has touched for RATE_LIMIT_BUCKET_RETENTION_SECONDS
// and that block nobody now: without this, RateLimitBucket grows by one row per address and account.
import { olderThan, RATE_LIMIT_BUCKET_RETENTION_SECONDS } from "@/lib/domain/retention";
import { prisma } from "@/lib/server/db/client";
import { pruneInBatches, type PruneOptions, type PruneReport } from "./prune-in-batches";

export async function pruneRateLimitBuckets(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneReport> {
  const before = olderThan(now, RATE_LIMIT_BUCKET_RETENTION_SECONDS);
  return pruneInBatches({ ...options, db: options.db ?? prisma }, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "RateLimitBucket" WHERE "key" IN (
        SELECT "key" FROM "RateLimitBucket"
        WHERE "windowStart" < ${before} AND ("blockedUntil" IS NULL OR "blockedUntil" < ${now})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}
