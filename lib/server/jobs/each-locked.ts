import "server-only";
// The loop every lifecycle job shares: candidates are read without locks, then each one is handled in
// its own transaction that first locks the row with FOR UPDATE SKIP LOCKED and re-checks the
// condition, so several workers can run the same job at once and each row is handled exactly once.
import { prisma, type Declaration, type Prisma, type PrismaClient, type Tx } from "@/lib/server/db/client";

export type JobReport = { candidates: number; done: number; skipped: number; errors: number };

export type JobOptions = {
  db: PrismaClient;
  /** At most this many rows per run; the next run takes the rest. */
  limit?: number;
  onError?: (id: string, error: unknown) => void;
};

export const DEFAULT_JOB_LIMIT = 500;

/**
 * Runs `handle` for each id in its own transaction. `handle` returns false when the locked re-check
 * finds nothing to do (another worker holds or already handled the row). An error rolls back that
 * row's transaction only; the others go on.
 */
export async function eachInOwnTransaction(
  ids: string[],
  options: JobOptions & { transactionTimeoutMs?: number },
  handle: (tx: Tx, id: string) => Promise<boolean>,
): Promise<JobReport> {
  const report: JobReport = { candidates: ids.length, done: 0, skipped: 0, errors: 0 };
  for (const id of ids) {
    try {
      const done = await options.db.$transaction((tx) => handle(tx, id), { timeout: options.transactionTimeoutMs ?? 15_000 });
      if (done) report.done++;
      else report.skipped++;
    } catch (error) {
      report.errors++;
      options.onError?.(id, error);
    }
  }
  return report;
}

/**
 * eachInOwnTransaction over declarations: locks each row (FOR UPDATE SKIP LOCKED; a row another worker holds
 * is skipped) and hands `handle` the row as it is now, for the re-check with the domain's own rule.
 */
export function eachLockedDeclaration(
  ids: string[],
  options: JobOptions & { transactionTimeoutMs?: number },
  handle: (tx: Tx, declaration: Declaration) => Promise<boolean>,
): Promise<JobReport> {
  return eachInOwnTransaction(ids, options, async (tx, id) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Declaration" WHERE "id" = ${id}::uuid FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return false;
    return handle(tx, await tx.declaration.findUniqueOrThrow({ where: { id } }));
  });
}

/**
 * eachLockedDeclaration over the declarations `where` finds (read without locks, in `orderBy` order — the
 * nearest deadline first unless told — at most `limit`): a lifecycle job's whole loop.
 */
export async function eachLockedDeclarationWhere(
  where: Prisma.DeclarationWhereInput,
  options: Partial<JobOptions> & { orderBy?: Prisma.DeclarationOrderByWithRelationInput; transactionTimeoutMs?: number },
  handle: (tx: Tx, declaration: Declaration) => Promise<boolean>,
): Promise<JobReport> {
  const db = options.db ?? prisma;
  const orderBy = options.orderBy ?? { expiresAt: "asc" };
  const candidates = await db.declaration.findMany({ where, orderBy, take: options.limit ?? DEFAULT_JOB_LIMIT, select: { id: true } });
  return eachLockedDeclaration(candidates.map((c) => c.id), { ...options, db }, handle);
}
