-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "requestFingerprint" TEXT;


-- Backfill: the fingerprint was kept only in the audit event of the send that carried the key.
UPDATE "Declaration" AS d
SET "requestFingerprint" = (
  SELECT e."data" ->> 'requestFingerprint'
  FROM "AuditEvent" AS e
  WHERE e."declarationId" = d."id"
    AND e."type" IN ('declaration.submitted', 'declaration.resubmitted')
    AND e."data" ->> 'idempotencyKey' = d."idempotencyKey"
  ORDER BY e."id" DESC
  LIMIT 1
)
WHERE d."idempotencyKey" IS NOT NULL;
