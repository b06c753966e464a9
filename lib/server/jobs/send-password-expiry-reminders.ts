import "server-only";
// Reminds account holders in the last PASSWORD_REMINDER_DAYS before their password reaches the 6-month
// limit. Once per password (passwordReminderAt later than passwordChangedAt means already reminded).
import { PASSWORD_MAX_AGE_DAYS, PASSWORD_REMINDER_DAYS, daysUntilPasswordExpiry, shouldRemind } from "@/lib/domain/password-expiry";
import { prisma } from "@/lib/server/db/client";
import { PORTAL_PATHS, portalUrl } from "@/lib/server/notifications/links";
import { enqueueMessage } from "@/lib/server/notifications/outbox";
import { DEFAULT_JOB_LIMIT, eachInOwnTransaction, type JobOptions, type JobReport } from "./each-locked";
import { localeOr } from "@/lib/i18n/config";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function sendPasswordExpiryReminders(now: Date, options: Partial<JobOptions> = {}): Promise<JobReport> {
  const db = options.db ?? prisma;
  // shouldRemind(changedAt, now)  ⇔  now − 183 days < changedAt ≤ now − (183 − 14) days.
  const candidates = await db.account.findMany({
    where: {
      status: "active",
      passwordChangedAt: {
        gt: new Date(now.getTime() - PASSWORD_MAX_AGE_DAYS * DAY_MS),
        lte: new Date(now.getTime() - (PASSWORD_MAX_AGE_DAYS - PASSWORD_REMINDER_DAYS) * DAY_MS),
      },
      OR: [{ passwordReminderAt: null }, { passwordReminderAt: { lt: db.account.fields.passwordChangedAt } }],
    },
    orderBy: { passwordChangedAt: "asc" },
    take: options.limit ?? DEFAULT_JOB_LIMIT,
    select: { id: true },
  });
  return eachInOwnTransaction(
    candidates.map((c) => c.id),
    { ...options, db },
    async (tx, id) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Account"
        WHERE "id" = ${id}::uuid AND "status" = 'active'
          AND ("passwordReminderAt" IS NULL OR "passwordReminderAt" < "passwordChangedAt")
        FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const account = await tx.account.findUniqueOrThrow({ where: { id }, include: { declaration: { select: { fullName: true, locale: true } } } });
      if (!shouldRemind(account.passwordChangedAt, now)) return false;
      await tx.account.update({ where: { id }, data: { passwordReminderAt: now } });
      await enqueueMessage(tx, {
        template: "passwordExpiryReminder",
        params: {
          daysLeft: daysUntilPasswordExpiry(account.passwordChangedAt, now),
          changePasswordUrl: portalUrl(PORTAL_PATHS.changePassword),
          fullName: account.declaration?.fullName,
        },
        phone: account.phone,
        email: account.email,
        key: `passwordExpiryReminder:${id}:${account.passwordChangedAt.getTime()}`,
        accountId: id,
        // The language of the declaration that issued the account.
        locale: localeOr(account.declaration?.locale),
      });
      return true;
    },
  );
}
