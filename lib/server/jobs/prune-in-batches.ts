import "server-only";
// The deletion loop the housekeeping jobs share: a bounded DELETE per statement (short locks, small WAL
// bursts on a busy day), repeated until a batch comes back short or the run's cap is reached.
import { Prisma, type PrismaClient } from "@/lib/server/db/client";

export type PruneOptions = {
  db: PrismaClient;
  /** Rows per DELETE statement. */
  batchSize?: number;
  /** At most this many rows per run; the next run takes the rest. */
  maxRows?: number;
};

export type PruneReport = { deleted: number };

export const DEFAULT_PRUNE_BATCH = 1000;
export const DEFAULT_PRUNE_MAX_ROWS = 100_000;

export async function pruneInBatches(options: PruneOptions, deleteBatch: (db: PrismaClient, limit: number) => Promise<number>): Promise<PruneReport> {
  const batchSize = options.batchSize ?? DEFAULT_PRUNE_BATCH;
  const maxRows = options.maxRows ?? DEFAULT_PRUNE_MAX_ROWS;
  let deleted = 0;
  while (deleted < maxRows) {
    const count = await deleteBatch(options.db, Math.min(batchSize, maxRows - deleted));
    deleted += count;
    if (count < batchSize) break;
  }
  return { deleted };
}

/** The tables whose ended rows housekeeping deletes by id (a closed list: the name goes into the SQL). */
export type PrunableTable = "Notification" | "OneTimeCode" | "PhoneVerification" | "DeviceSession" | "StaffSession";

/** pruneInBatches over one table: deletes the rows matching `where`, skipping rows another transaction holds. */
export function pruneRows(options: PruneOptions, table: PrunableTable, where: Prisma.Sql): Promise<PruneReport> {
  const name = Prisma.raw(`"${table}"`);
  return pruneInBatches(options, (db, limit) =>
    db.$executeRaw`DELETE FROM ${name} WHERE "id" IN (SELECT "id" FROM ${name} WHERE ${where} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}
