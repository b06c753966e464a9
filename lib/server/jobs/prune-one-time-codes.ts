import "server-only";
// Deletes one-time codes (account activation, password reset…) and phone verifications once they are
// used or expired and ONE_TIME_CODE_RETENTION_SECONDS have passed. A code still valid is never touched.
import { olderThan, ONE_TIME_CODE_RETENTION_SECONDS } from "@/lib/domain/retention";
import { prisma } from "@/lib/server/db/client";
import { pruneInBatches, type PruneOptions } from "./prune-in-batches";

export type PruneCodesReport = { oneTimeCodes: number; phoneVerifications: number };

export async function pruneOneTimeCodes(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneCodesReport> {
  const before = olderThan(now, ONE_TIME_CODE_RETENTION_SECONDS);
  const settings = { ...options, db: options.db ?? prisma };
  // "Ended before the cut-off": consumed then, or expired then (expiry passed without use).
  const codes = await pruneInBatches(settings, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "OneTimeCode" WHERE "id" IN (
        SELECT "id" FROM "OneTimeCode"
        WHERE COALESCE("consumedAt", "expiresAt") < ${before} AND "expiresAt" < ${now}
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
  const verifications = await pruneInBatches(settings, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "PhoneVerification" WHERE "id" IN (
        SELECT "id" FROM "PhoneVerification"
        WHERE COALESCE("consumedAt", "expiresAt") < ${before} AND "expiresAt" < ${now}
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
  return { oneTimeCodes: codes.deleted, phoneVerifications: verifications.deleted };
}
