import "server-only";
// Reminds people, on the morning REMINDER_DAYS_BEFORE_EXPIRY days before the last day of their window
// (reminderDueAt), to bring the signed form and their ID to the office. Once per declaration version (reminderSentAt).
import { canPerform } from "@/lib/domain/declaration-status";
import { isExpired, latestDeadlineToRemind, reminderDueAt } from "@/lib/domain/deadlines";
import { recordDeadlineNotice } from "./deadline-notice";
import { eachLockedDeclarationWhere, type JobOptions, type JobReport } from "./each-locked";

export async function sendDeadlineReminders(now: Date, options: Partial<JobOptions> = {}): Promise<JobReport> {
  // reminderDueAt(expiresAt) <= now  ⇔  expiresAt <= latestDeadlineToRemind(now); not once expired.
  return eachLockedDeclarationWhere(
    { status: "submitted", reminderSentAt: null, expiresAt: { gte: now, lte: latestDeadlineToRemind(now) } },
    options,
    async (tx, declaration) => {
      const due = canPerform(declaration.status, "remind") && declaration.reminderSentAt === null && !isExpired(declaration.expiresAt, now);
      if (!due || reminderDueAt(declaration.expiresAt) > now) return false;
      const { id } = declaration;
      const office = await tx.office.findUniqueOrThrow({ where: { code: declaration.officeCode }, select: { name: true, address: true } });
      await tx.declaration.update({ where: { id }, data: { reminderSentAt: now } });
      await recordDeadlineNotice(tx, declaration, {
        event: "declaration.reminderSent",
        template: "deadlineReminder",
        params: {
          reference: declaration.reference,
          deadline: declaration.expiresAt,
          officeName: office.name,
          officeAddress: office.address,
          fullName: declaration.fullName,
        },
      });
      return true;
    },
  );
}
