-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "Declaration_fullNameSearch_idx";

-- CreateIndex
CREATE INDEX "Declaration_officeCode_fullNameSearch_idx" ON "Declaration" USING GIN ("officeCode" text_ops, "fullNameSearch" gin_trgm_ops);

