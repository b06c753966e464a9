-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "noPhone" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "phone" DROP NOT NULL;

