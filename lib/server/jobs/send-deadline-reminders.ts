import "server-only";
// Reminds people, on the morning REMINDER_DAYS_BEFORE_EXPIRY days before the last day of their window
// (reminderDueAt), to bring the signed form and their ID to the office. Once per declaration version (reminderSentAt).
import { canPerform } from "@/lib/domain/declaration-status";
import { isExpired, latestDeadlineToRemind, reminderDueAt } from "@/lib/domain/deadlines";
import { recordAuditEvent } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db/client";
import { enqueueMessage } from "@/lib/server/notifications/outbox";
import { DEFAULT_JOB_LIMIT, eachInOwnTransaction, type JobOptions, type JobReport } from "./each-locked";

export async function sendDeadlineReminders(now: Date, options: Partial<JobOptions> = {}): Promise<JobReport> {
  const db = options.db ?? prisma;
  // reminderDueAt(expiresAt) <= now  ⇔  expiresAt <= latestDeadlineToRemind(now); not once expired.
  const candidates = await db.declaration.findMany({
    where: { status: "submitted", reminderSentAt: null, expiresAt: { gte: now, lte: latestDeadlineToRemind(now) } },
    orderBy: { expiresAt: "asc" },
    take: options.limit ?? DEFAULT_JOB_LIMIT,
    select: { id: true },
  });
  return eachInOwnTransaction(
    candidates.map((c) => c.id),
    { ...options, db },
    async (tx, id) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Declaration"
        WHERE "id" = ${id}::uuid AND "status" = 'submitted' AND "reminderSentAt" IS NULL AND "expiresAt" >= ${now}::timestamp
        FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const declaration = await tx.declaration.findUniqueOrThrow({ where: { id }, include: { office: true } });
      if (!canPerform(declaration.status, "remind") || isExpired(declaration.expiresAt, now) || reminderDueAt(declaration.expiresAt) > now) return false;
      await tx.declaration.update({ where: { id }, data: { reminderSentAt: now } });
      await recordAuditEvent(tx, {
        type: "declaration.reminderSent",
        actorType: "system",
        officeCode: declaration.officeCode,
        declarationId: id,
        data: { reference: declaration.reference, version: declaration.version, expiresAt: declaration.expiresAt.toISOString() },
      });
      await enqueueMessage(tx, {
        template: "deadlineReminder",
        params: {
          reference: declaration.reference,
          deadline: declaration.expiresAt,
          officeName: declaration.office.name,
          officeAddress: declaration.office.address,
          fullName: declaration.fullName,
        },
        phone: declaration.phone,
        email: declaration.email,
        key: `deadlineReminder:${id}:v${declaration.version}`,
        declarationId: id,
      });
      return true;
    },
  );
}
