import "server-only";
// Deletes the photos of declarations that ended without an account (expired, withdrawn, rejected and
// not corrected) once PHOTO_RETENTION_DAYS have passed: the stored files, then their DeclarationFile
// rows, and the cached Tờ khai 01 PDFs that print the portrait. The declaration itself and its audit trail stay. A rejected declaration that was corrected is
// "submitted" again, so it is not a candidate.
import { canPerform } from "@/lib/domain/declaration-status";
import { recordAuditEvent } from "@/lib/server/audit";
import type { Declaration, Prisma } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { deleteCachedDeclarationPdfs } from "@/lib/server/pdf/declaration-pdf-cache";
import { getStorage, type FileStorage } from "@/lib/server/storage";
import { eachLockedDeclarationWhere, type JobOptions, type JobReport } from "./each-locked";

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the declaration ended, for the statuses whose photos are purged; null for the others. */
export function declarationEndedAt(declaration: Pick<Declaration, "status" | "expiresAt" | "withdrawnAt" | "decidedAt">): Date | null {
  switch (declaration.status) {
    case "expired":
      return declaration.expiresAt;
    case "withdrawn":
      return declaration.withdrawnAt;
    case "rejected":
      return declaration.decidedAt;
    default:
      return null;
  }
}

export async function purgeDeclarationPhotos(
  now: Date,
  options: Partial<JobOptions> & { storage?: FileStorage; retentionDays?: number } = {},
): Promise<JobReport> {
  const storage = options.storage ?? getStorage();
  const cutoff = new Date(now.getTime() - (options.retentionDays ?? env().PHOTO_RETENTION_DAYS) * DAY_MS);
  const ended = {
    filesPurgedAt: null,
    OR: [
      { status: "expired", expiresAt: { lt: cutoff } },
      { status: "withdrawn", withdrawnAt: { lt: cutoff } },
      { status: "rejected", decidedAt: { lt: cutoff } },
    ],
  } satisfies Prisma.DeclarationWhereInput;
  return eachLockedDeclarationWhere(
    ended,
    // Deleting from S3 is a few HTTP calls per declaration.
    { ...options, orderBy: { updatedAt: "asc" }, transactionTimeoutMs: 60_000 },
    async (tx, declaration) => {
      const { id } = declaration;
      const endedAt = declarationEndedAt(declaration);
      if (declaration.filesPurgedAt || !canPerform(declaration.status, "purgeFiles") || !endedAt || endedAt >= cutoff) return false;
      const files = await tx.declarationFile.findMany({ where: { declarationId: id } });
      // Files first: if a delete fails the transaction rolls back and the next run tries again
      // (deleting a key that is already gone is not an error).
      for (const file of files) await storage.delete(file.storageKey);
      // Under the row lock: a download racing this purge cannot store its PDF again (declaration-pdf-cache.ts).
      await deleteCachedDeclarationPdfs(storage, id, declaration.version);
      await tx.declarationFile.deleteMany({ where: { declarationId: id } });
      await tx.declaration.update({ where: { id }, data: { filesPurgedAt: now } });
      await recordAuditEvent(tx, {
        type: "declaration.filesPurged",
        actorType: "system",
        officeCode: declaration.officeCode,
        declarationId: id,
        data: {
          reference: declaration.reference,
          status: declaration.status,
          files: files.map((file) => ({ kind: file.kind, sha256: file.sha256 })),
          retentionDays: options.retentionDays ?? env().PHOTO_RETENTION_DAYS,
        },
      });
      return true;
    },
  );
}
