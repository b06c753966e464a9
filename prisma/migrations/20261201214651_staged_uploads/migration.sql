-- CreateTable
CREATE TABLE "StagedUpload" (
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StagedUpload_pkey" PRIMARY KEY ("storageKey")
);

-- CreateIndex
CREATE INDEX "StagedUpload_createdAt_idx" ON "StagedUpload"("createdAt");

