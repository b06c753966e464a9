import "server-only";
// Deletes one-time codes (account activation, password reset…) and phone verifications once they are
// used or expired and ONE_TIME_CODE_RETENTION_SECONDS have passed. A code still valid is never touched.
import { olderThan, ONE_TIME_CODE_RETENTION_SECONDS } from "@/lib/domain/retention";
import { Prisma, prisma } from "@/lib/server/db/client";
import { pruneRows, type PruneOptions } from "./prune-in-batches";

export type PruneCodesReport = { oneTimeCodes: number; phoneVerifications: number };

export async function pruneOneTimeCodes(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneCodesReport> {
  const before = olderThan(now, ONE_TIME_CODE_RETENTION_SECONDS);
  const settings = { ...options, db: options.db ?? prisma };
  // "Ended before the cut-off": consumed then, or expired then (expiry passed without use).
  const ended = Prisma.sql`COALESCE("consumedAt", "expiresAt") < ${before} AND "expiresAt" < ${now}`;
  const codes = await pruneRows(settings, "OneTimeCode", ended);
  const verifications = await pruneRows(settings, "PhoneVerification", ended);
  return { oneTimeCodes: codes.deleted, phoneVerifications: verifications.deleted };
}
