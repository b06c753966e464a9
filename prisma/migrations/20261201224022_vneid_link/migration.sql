-- CreateEnum
CREATE TYPE "ActivationChannel" AS ENUM ('counter', 'vneid');

-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "vneidLevel" INTEGER;

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "activationChannel" "ActivationChannel" NOT NULL DEFAULT 'counter',
ADD COLUMN     "hasPassword" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "VneidLink" (
    "accountId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "VneidLink_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE UNIQUE INDEX "VneidLink_subject_key" ON "VneidLink"("subject");

-- AddForeignKey
ALTER TABLE "VneidLink" ADD CONSTRAINT "VneidLink_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

