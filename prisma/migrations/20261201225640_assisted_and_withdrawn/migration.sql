-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "assistedById" UUID,
ADD COLUMN     "withdrawnById" UUID,
ADD COLUMN     "withdrawnReason" TEXT;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

