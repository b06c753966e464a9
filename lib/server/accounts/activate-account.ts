import "server-only";
// Issues the citizen's account when an officer approves the declaration, inside the approve action's
// transaction: the Account (user name = BHXH code, a temporary password to change at first sign-in),
// the audit event and the approval SMS/email (outbox) commit together or not at all.
import { randomUUID } from "node:crypto";
import { generateTemporaryPassword } from "@/lib/domain/password-policy";
import { recordAuditEvent, type AuditInput } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password-hash";
import type { Tx } from "@/lib/server/db/client";
import { PORTAL_PATHS, portalUrl } from "@/lib/server/notifications/links";
import { enqueueMessage } from "@/lib/server/notifications/outbox";
import { localeOr } from "@/lib/i18n/config";

export type ActivatingDeclaration = {
  id: string;
  bhxhCode: string;
  /** E.164. */
  phone: string;
  email: string | null;
  fullName: string;
  reference: string;
  /** The language the person declared in: the email's language (the SMS is Vietnamese). */
  locale?: string;
  /** Read from the database when not given. */
  version?: number;
};

export type TemporaryCredentials = { temporaryPassword: string; passwordHash: string };

export type ActivationResult = { accountId: string; reactivated: boolean; temporaryPassword: string };

/** Who caused the activation, for the audit event (the approving officer); the system by default. */
export type ActivationActor = Pick<AuditInput, "actorType" | "actorId" | "officeCode" | "ip" | "userAgent">;

/** This declaration already issued the account (a repeated approval): nothing was changed. */
export class DeclarationAlreadyActivatedError extends Error {
  constructor(readonly declarationId: string) {
    super(`Declaration ${declarationId} has already activated its account`);
    this.name = "DeclarationAlreadyActivatedError";
  }
}

/**
 * A temporary password and its Argon2id hash. Hashing takes tens of milliseconds: callers may do it
 * before opening their transaction and pass the result in, so no row stays locked meanwhile.
 */
export async function prepareTemporaryCredentials(): Promise<TemporaryCredentials> {
  const temporaryPassword = generateTemporaryPassword();
  return { temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
}

/**
 * Creates the account for the declaration's BHXH code or, when one exists, reactivates it (new
 * temporary password, active, the declaration's phone and email, every device signed out). One
 * INSERT … ON CONFLICT statement, so two approvals racing for the same BHXH code make one account:
 * the second waits for the first to commit and then reactivates it. Approving the same declaration
 * twice throws DeclarationAlreadyActivatedError (the password already sent stays valid).
 */
export async function activateAccountForDeclaration(
  tx: Tx,
  declaration: ActivatingDeclaration,
  opts: { now: Date; credentials?: TemporaryCredentials; actor?: ActivationActor },
): Promise<ActivationResult> {
  const { now } = opts;
  const credentials = opts.credentials ?? (await prepareTemporaryCredentials());
  const version =
    declaration.version ?? (await tx.declaration.findUniqueOrThrow({ where: { id: declaration.id }, select: { version: true } })).version;
  const email = declaration.email?.trim() || null;

  const rows = await tx.$queryRaw<{ id: string; inserted: boolean }[]>`
    INSERT INTO "Account" ("id", "bhxhCode", "passwordHash", "mustChangePassword", "passwordChangedAt", "passwordReminderAt",
                           "phone", "email", "status", "activatedAt", "declarationId", "createdAt", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${declaration.bhxhCode}, ${credentials.passwordHash}, true, ${now}::timestamp, NULL,
            ${declaration.phone}, ${email}, 'active', ${now}::timestamp, ${declaration.id}::uuid, ${now}::timestamp, ${now}::timestamp)
    ON CONFLICT ("bhxhCode") DO UPDATE SET
      "passwordHash" = EXCLUDED."passwordHash",
      "mustChangePassword" = true,
      "passwordChangedAt" = EXCLUDED."passwordChangedAt",
      "passwordReminderAt" = NULL,
      "phone" = EXCLUDED."phone",
      "email" = EXCLUDED."email",
      "status" = 'active',
      "activatedAt" = EXCLUDED."activatedAt",
      "declarationId" = EXCLUDED."declarationId",
      "activationChannel" = 'counter',
      "hasPassword" = true,
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE "Account"."declarationId" IS DISTINCT FROM EXCLUDED."declarationId"
    RETURNING "id", ("xmax" = 0) AS "inserted"`;
  const row = rows[0];
  if (!row) throw new DeclarationAlreadyActivatedError(declaration.id);
  const reactivated = !row.inserted;

  if (reactivated) {
    // A new phone may have been registered: nothing issued for the old state stays usable.
    await tx.deviceSession.updateMany({ where: { accountId: row.id, revokedAt: null }, data: { revokedAt: now, revokedReason: "reactivated" } });
    await tx.oneTimeCode.updateMany({ where: { accountId: row.id, consumedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  }

  await recordAuditEvent(tx, {
    actorType: "system",
    ...opts.actor,
    type: reactivated ? "account.reactivated" : "account.activated",
    declarationId: declaration.id,
    data: { accountId: row.id, bhxhCode: declaration.bhxhCode, reference: declaration.reference, version, emailGiven: email !== null },
  });

  await enqueueMessage(tx, {
    template: "approval",
    params: {
      bhxhCode: declaration.bhxhCode,
      temporaryPassword: credentials.temporaryPassword,
      signInUrl: portalUrl(PORTAL_PATHS.signIn),
      fullName: declaration.fullName,
    },
    phone: declaration.phone,
    email,
    key: `approval:${declaration.id}:v${version}`,
    declarationId: declaration.id,
    locale: localeOr(declaration.locale),
    accountId: row.id,
  });

  return { accountId: row.id, reactivated, temporaryPassword: credentials.temporaryPassword };
}
