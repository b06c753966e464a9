-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "provinceCode" TEXT;

-- CreateIndex
CREATE INDEX "Participant_provinceCode_dateOfBirth_fullNameSearch_idx" ON "Participant"("provinceCode", "dateOfBirth", "fullNameSearch");


-- Records loaded before this column: their managing province is not known, so take the issuing
-- province the BHXH code starts with when it is still a province code after the 2025 reform. Records
-- of merged provinces stay NULL (not found by the public look-up) until the master-record import sets it.
UPDATE "Participant" p SET "provinceCode" = left(p."bhxhCode", 2)
WHERE p."provinceCode" IS NULL
  AND EXISTS (SELECT 1 FROM "AdministrativeUnit" u WHERE u."code" = left(p."bhxhCode", 2) AND u."level" = 'province');
