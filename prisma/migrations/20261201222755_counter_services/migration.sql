-- AlterEnum
ALTER TYPE "OneTimeCodePurpose" ADD VALUE 'phoneChange';

-- AlterTable
ALTER TABLE "OneTimeCode" ADD COLUMN     "sentTo" TEXT;

-- CreateTable
CREATE TABLE "CounterAction" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "officeCode" TEXT NOT NULL,
    "staffUserId" UUID NOT NULL,
    "reasonCode" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CounterAction_reference_key" ON "CounterAction"("reference");

-- CreateIndex
CREATE INDEX "CounterAction_accountId_createdAt_idx" ON "CounterAction"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "CounterAction_officeCode_createdAt_idx" ON "CounterAction"("officeCode", "createdAt");

-- AddForeignKey
ALTER TABLE "CounterAction" ADD CONSTRAINT "CounterAction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

