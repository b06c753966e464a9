-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('male', 'female');

-- CreateEnum
CREATE TYPE "IdType" AS ENUM ('cccd', 'cmnd', 'passport');

-- CreateEnum
CREATE TYPE "DeclarationStatus" AS ENUM ('submitted', 'approved', 'rejected', 'expired', 'withdrawn');

-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('portrait', 'idFront', 'idBack');

-- CreateEnum
CREATE TYPE "AdministrativeLevel" AS ENUM ('province', 'commune');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('active', 'locked', 'closed');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('officer', 'supervisor', 'admin');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('sms', 'email');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "OneTimeCodePurpose" AS ENUM ('newDevice', 'passwordReset');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('citizen', 'staff', 'system');

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "code" TEXT NOT NULL,
    "level" "AdministrativeLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameEn" TEXT NOT NULL,
    "provinceCode" TEXT,

    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Office" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "parentCode" TEXT,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "OfficeCommune" (
    "officeCode" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,

    CONSTRAINT "OfficeCommune_pkey" PRIMARY KEY ("officeCode","communeCode")
);

-- CreateTable
CREATE TABLE "Participant" (
    "bhxhCode" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameSearch" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "idNumber" TEXT,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("bhxhCode")
);

-- CreateTable
CREATE TABLE "Declaration" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'submitted',
    "accessTokenHash" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "fullName" TEXT NOT NULL,
    "fullNameSearch" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "nationality" TEXT NOT NULL DEFAULT 'VN',
    "bhxhCode" TEXT NOT NULL,
    "idType" "IdType" NOT NULL,
    "idNumber" TEXT NOT NULL,
    "idIssueDate" DATE NOT NULL,
    "idIssuePlace" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "emailCopy" BOOLEAN NOT NULL DEFAULT false,
    "officeCode" TEXT NOT NULL,
    "commitmentAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "rejectionReasonCode" TEXT,
    "rejectionReason" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "filesPurgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationFile" (
    "id" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "kind" "FileKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclarationFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "bhxhCode" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL,
    "passwordReminderAt" TIMESTAMP(3),
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "status" "AccountStatus" NOT NULL DEFAULT 'active',
    "activatedAt" TIMESTAMP(3) NOT NULL,
    "declarationId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceSession" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "deviceLabel" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "DeviceSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "purpose" "OneTimeCodePurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "officeCode" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "officeCode" TEXT,
    "declarationId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "html" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "idempotencyKey" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "providerMessageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "declarationId" UUID,
    "accountId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AdministrativeUnit_provinceCode_name_idx" ON "AdministrativeUnit"("provinceCode", "name");

-- CreateIndex
CREATE INDEX "Office_provinceCode_idx" ON "Office"("provinceCode");

-- CreateIndex
CREATE INDEX "OfficeCommune_communeCode_idx" ON "OfficeCommune"("communeCode");

-- CreateIndex
CREATE INDEX "Participant_idNumber_idx" ON "Participant"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Declaration_reference_key" ON "Declaration"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Declaration_idempotencyKey_key" ON "Declaration"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Declaration_officeCode_status_submittedAt_id_idx" ON "Declaration"("officeCode", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Declaration_officeCode_submittedAt_id_idx" ON "Declaration"("officeCode", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Declaration_idNumber_idx" ON "Declaration"("idNumber");

-- CreateIndex
CREATE INDEX "Declaration_bhxhCode_idx" ON "Declaration"("bhxhCode");

-- CreateIndex
CREATE INDEX "Declaration_phone_idx" ON "Declaration"("phone");

-- CreateIndex
CREATE INDEX "Declaration_status_expiresAt_idx" ON "Declaration"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Declaration_fullNameSearch_idx" ON "Declaration" USING GIN ("fullNameSearch" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "DeclarationFile_storageKey_key" ON "DeclarationFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "DeclarationFile_declarationId_kind_key" ON "DeclarationFile"("declarationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Account_bhxhCode_key" ON "Account"("bhxhCode");

-- CreateIndex
CREATE UNIQUE INDEX "Account_declarationId_key" ON "Account"("declarationId");

-- CreateIndex
CREATE INDEX "Account_phone_idx" ON "Account"("phone");

-- CreateIndex
CREATE INDEX "DeviceSession_accountId_revokedAt_idx" ON "DeviceSession"("accountId", "revokedAt");

-- CreateIndex
CREATE INDEX "OneTimeCode_accountId_purpose_createdAt_idx" ON "OneTimeCode"("accountId", "purpose", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");

-- CreateIndex
CREATE INDEX "StaffUser_officeCode_idx" ON "StaffUser"("officeCode");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_declarationId_id_idx" ON "AuditEvent"("declarationId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_type_occurredAt_idx" ON "AuditEvent"("type", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_idempotencyKey_key" ON "Notification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_recipient_createdAt_idx" ON "Notification"("recipient", "createdAt");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "AdministrativeUnit"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Office"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeCommune" ADD CONSTRAINT "OfficeCommune_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "Office"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeCommune" ADD CONSTRAINT "OfficeCommune_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "Office"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationFile" ADD CONSTRAINT "DeclarationFile_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceSession" ADD CONSTRAINT "DeviceSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeCode" ADD CONSTRAINT "OneTimeCode_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "Office"("code") ON DELETE SET NULL ON UPDATE CASCADE;

