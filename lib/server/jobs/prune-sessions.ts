import "server-only";
// Deletes citizen device sessions and staff sessions that ended more than ENDED_SESSION_RETENTION_SECONDS
// ago: revoked then, or opened so long ago that the absolute lifetime ended them then. The audit trail
// keeps the sign-ins and sign-outs themselves.
import { ENDED_SESSION_RETENTION_SECONDS, olderThan, sessionsStartedBeforeHaveEnded } from "@/lib/domain/retention";
import { Prisma, prisma } from "@/lib/server/db/client";
import { pruneRows, type PruneOptions } from "./prune-in-batches";

export type PruneSessionsReport = { deviceSessions: number; staffSessions: number };

export async function pruneSessions(now: Date, options: Partial<PruneOptions> = {}): Promise<PruneSessionsReport> {
  const endedBefore = olderThan(now, ENDED_SESSION_RETENTION_SECONDS);
  // A session opened before this had ended by its absolute lifetime before `endedBefore`.
  const startedBefore = sessionsStartedBeforeHaveEnded(endedBefore);
  const settings = { ...options, db: options.db ?? prisma };
  const ended = Prisma.sql`"revokedAt" < ${endedBefore} OR "createdAt" < ${startedBefore}`;
  const device = await pruneRows(settings, "DeviceSession", ended);
  const staff = await pruneRows(settings, "StaffSession", ended);
  return { deviceSessions: device.deleted, staffSessions: staff.deleted };
}
