import "server-only";
// Removes photos that were written to storage for a declaration that never committed (the process was
// killed, or the machine lost power, between storing the photos and the transaction). Each stored photo is
// first recorded as a StagedUpload; a row older than STAGED_UPLOAD_MAX_AGE_MS whose key no DeclarationFile
// names is an orphan: its file is deleted, then the row. A row whose key is referenced belonged to a
// declaration that did commit: only the row goes.
import { prisma } from "@/lib/server/db/client";
import { getStorage, type FileStorage } from "@/lib/server/storage";
import { DEFAULT_JOB_LIMIT, eachInOwnTransaction, type JobOptions, type JobReport } from "./each-locked";

/** Far longer than any request (the submission transaction times out after 30 s). */
export const STAGED_UPLOAD_MAX_AGE_MS = 60 * 60 * 1000;

export async function sweepStagedUploads(now: Date, options: Partial<JobOptions> & { storage?: FileStorage } = {}): Promise<JobReport> {
  const db = options.db ?? prisma;
  const storage = options.storage ?? getStorage();
  const cutoff = new Date(now.getTime() - STAGED_UPLOAD_MAX_AGE_MS);
  const candidates = await db.stagedUpload.findMany({
    where: { createdAt: { lt: cutoff } },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? DEFAULT_JOB_LIMIT,
    select: { storageKey: true },
  });
  return eachInOwnTransaction(
    candidates.map((c) => c.storageKey),
    { ...options, db, transactionTimeoutMs: 60_000 },
    async (tx, storageKey) => {
      const locked = await tx.$queryRaw<{ storageKey: string }[]>`
        SELECT "storageKey" FROM "StagedUpload" WHERE "storageKey" = ${storageKey} AND "createdAt" < ${cutoff} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const referenced = await tx.declarationFile.findUnique({ where: { storageKey }, select: { id: true } });
      // The file first: if its delete fails, the row stays and the next run tries again.
      if (!referenced) await storage.delete(storageKey);
      await tx.stagedUpload.delete({ where: { storageKey } });
      return true;
    },
  );
}
