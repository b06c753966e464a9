-- CreateEnum
CREATE TYPE "InsuranceScheme" AS ENUM ('compulsorySocial', 'voluntarySocial', 'unemployment', 'occupationalAccident', 'health');

-- CreateEnum
CREATE TYPE "BenefitKind" AS ENUM ('sickness', 'maternity', 'convalescence', 'occupationalAccident', 'oneTime', 'pension', 'survivor', 'unemployment');

-- CreateEnum
CREATE TYPE "FacilityLevel" AS ENUM ('primary', 'basic', 'specialized');

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('outpatient', 'inpatient');

-- CreateTable
CREATE TABLE "Employer" (
    "code" TEXT NOT NULL,
    "taxCode" TEXT,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "provinceCode" CHAR(2) NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MedicalFacility" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "level" "FacilityLevel" NOT NULL,
    "provinceCode" CHAR(2) NOT NULL,
    "bhytContracted" BOOLEAN NOT NULL DEFAULT true,
    "issuesSickLeave" BOOLEAN NOT NULL DEFAULT true,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MedicalFacility_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ParticipationPeriod" (
    "id" BIGSERIAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "bhxhCode" TEXT NOT NULL,
    "scheme" "InsuranceScheme" NOT NULL,
    "fromMonth" CHAR(7) NOT NULL,
    "toMonth" CHAR(7),
    "employerCode" TEXT,
    "jobTitle" TEXT,
    "salaryBasis" BIGINT NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipationPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthInsuranceCard" (
    "cardNumber" CHAR(15) NOT NULL,
    "bhxhCode" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "facilityCode" TEXT NOT NULL,
    "fiveYearsFrom" DATE,
    "issuedOn" DATE NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthInsuranceCard_pkey" PRIMARY KEY ("cardNumber")
);

-- CreateTable
CREATE TABLE "BenefitPayment" (
    "id" BIGSERIAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "bhxhCode" TEXT NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "amount" BIGINT NOT NULL,
    "payingOffice" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BenefitPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicalVisit" (
    "id" BIGSERIAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "bhxhCode" TEXT NOT NULL,
    "facilityCode" TEXT NOT NULL,
    "type" "VisitType" NOT NULL,
    "admittedOn" DATE NOT NULL,
    "dischargedOn" DATE NOT NULL,
    "icd10Code" TEXT NOT NULL,
    "diagnosis" TEXT NOT NULL,
    "totalCost" BIGINT NOT NULL,
    "paidByInsurance" BIGINT NOT NULL,
    "paidByPatient" BIGINT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MedicalVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordView" (
    "id" BIGSERIAL NOT NULL,
    "accountId" UUID NOT NULL,
    "page" TEXT NOT NULL,
    "deviceLabel" TEXT NOT NULL,
    "ip" TEXT,
    "viewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Employer_provinceCode_idx" ON "Employer"("provinceCode");

-- CreateIndex
CREATE INDEX "MedicalFacility_provinceCode_idx" ON "MedicalFacility"("provinceCode");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipationPeriod_sourceId_key" ON "ParticipationPeriod"("sourceId");

-- CreateIndex
CREATE INDEX "ParticipationPeriod_bhxhCode_scheme_fromMonth_idx" ON "ParticipationPeriod"("bhxhCode", "scheme", "fromMonth");

-- CreateIndex
CREATE INDEX "ParticipationPeriod_employerCode_idx" ON "ParticipationPeriod"("employerCode");

-- CreateIndex
CREATE INDEX "HealthInsuranceCard_bhxhCode_validFrom_idx" ON "HealthInsuranceCard"("bhxhCode", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitPayment_sourceId_key" ON "BenefitPayment"("sourceId");

-- CreateIndex
CREATE INDEX "BenefitPayment_bhxhCode_paidOn_idx" ON "BenefitPayment"("bhxhCode", "paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "MedicalVisit_sourceId_key" ON "MedicalVisit"("sourceId");

-- CreateIndex
CREATE INDEX "MedicalVisit_bhxhCode_admittedOn_id_idx" ON "MedicalVisit"("bhxhCode", "admittedOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "RecordView_accountId_viewedAt_idx" ON "RecordView"("accountId", "viewedAt" DESC);

-- AddForeignKey
ALTER TABLE "ParticipationPeriod" ADD CONSTRAINT "ParticipationPeriod_bhxhCode_fkey" FOREIGN KEY ("bhxhCode") REFERENCES "Participant"("bhxhCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationPeriod" ADD CONSTRAINT "ParticipationPeriod_employerCode_fkey" FOREIGN KEY ("employerCode") REFERENCES "Employer"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthInsuranceCard" ADD CONSTRAINT "HealthInsuranceCard_bhxhCode_fkey" FOREIGN KEY ("bhxhCode") REFERENCES "Participant"("bhxhCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthInsuranceCard" ADD CONSTRAINT "HealthInsuranceCard_facilityCode_fkey" FOREIGN KEY ("facilityCode") REFERENCES "MedicalFacility"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitPayment" ADD CONSTRAINT "BenefitPayment_bhxhCode_fkey" FOREIGN KEY ("bhxhCode") REFERENCES "Participant"("bhxhCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalVisit" ADD CONSTRAINT "MedicalVisit_bhxhCode_fkey" FOREIGN KEY ("bhxhCode") REFERENCES "Participant"("bhxhCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalVisit" ADD CONSTRAINT "MedicalVisit_facilityCode_fkey" FOREIGN KEY ("facilityCode") REFERENCES "MedicalFacility"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

