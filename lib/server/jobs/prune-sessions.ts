import "server-only";
// Deletes citizen device sessions and staff sessions that ended more than ENDED_SESSION_RETENTION_SECONDS
// ago: revoked then, or opened so long ago that the absolute lifetime ended them then. The audit trail
// keeps the sign-ins and sign-outs themselves.
import { ENDED_SESSION_RETENTION_SECONDS, olderThan, sessionsStartedBeforeHaveEnded } from "@/lib/domain/retention";
import { prisma } from "@/lib/server/db/client";
import { pruneInBatches, type PruneOptions } from "./prune-in-batches";

export type PruneSessionsReport = { deviceSessions: number; staffSessions: number };

export async function pruneSessions(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneSessionsReport> {
  const endedBefore = olderThan(now, ENDED_SESSION_RETENTION_SECONDS);
  // A session opened before this had ended by its absolute lifetime before `endedBefore`.
  const startedBefore = sessionsStartedBeforeHaveEnded(endedBefore);
  const settings = { ...options, db: options.db ?? prisma };
  const device = await pruneInBatches(settings, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "DeviceSession" WHERE "id" IN (
        SELECT "id" FROM "DeviceSession"
        WHERE "revokedAt" < ${endedBefore} OR "createdAt" < ${startedBefore}
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
  const staff = await pruneInBatches(settings, (db, limit) =>
    db.$executeRaw`
      DELETE FROM "StaffSession" WHERE "id" IN (
        SELECT "id" FROM "StaffSession"
        WHERE "revokedAt" < ${endedBefore} OR "createdAt" < ${startedBefore}
        LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
  return { deviceSessions: device.deleted, staffSessions: staff.deleted };
}
