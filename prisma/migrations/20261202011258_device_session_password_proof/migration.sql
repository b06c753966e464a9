-- AlterTable
ALTER TABLE "DeviceSession" ADD COLUMN     "passwordProvenAt" TIMESTAMP(3);

