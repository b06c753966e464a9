-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "locale" VARCHAR(5) NOT NULL DEFAULT 'vi';

