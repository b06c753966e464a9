import "server-only";
// The first administrator of a new installation (`npm run staff:create-admin`, run by the operator on
// the server): production has no demo staff, and the back office can only create accounts once an
// administrator exists. The operator chooses the password (the password policy applies); audited as a
// system action. Refused once any administrator exists: further accounts are made in the back office.
import { checkNewPassword, type PasswordProblem } from "@/lib/domain/password-policy";
import { USERNAME_PATTERN } from "@/lib/schemas/back-office";
import type { PrismaClient } from "../db/client";
import { recordAuditEvent } from "../audit";
import { hashPassword } from "../auth/password-hash";

export type CreateFirstAdministratorResult =
  | { ok: true; id: string; username: string }
  | { ok: false; code: "usernameInvalid" | "fullNameRequired" | "administratorExists" | "usernameTaken" }
  | { ok: false; code: "passwordRejected"; problems: PasswordProblem[] };

/** Serialises two runs at once (the second sees the first administrator). */
const CREATE_ADMIN_LOCK_KEY = 0x62687868_01;

export async function createFirstAdministrator(
  db: PrismaClient,
  input: { username: string; fullName: string; password: string },
  context: { operator?: string } = {},
): Promise<CreateFirstAdministratorResult> {
  const username = input.username.trim().toLowerCase();
  const fullName = input.fullName.trim().normalize("NFC");
  if (!USERNAME_PATTERN.test(username)) return { ok: false, code: "usernameInvalid" };
  if (!fullName || fullName.length > 100) return { ok: false, code: "fullNameRequired" };
  const problems = checkNewPassword(input.password);
  if (problems.length) return { ok: false, code: "passwordRejected", problems };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CREATE_ADMIN_LOCK_KEY})`;
    if ((await tx.staffUser.count({ where: { role: "admin", disabledAt: null } })) > 0) return { ok: false as const, code: "administratorExists" as const };
    if ((await tx.staffUser.count({ where: { username } })) > 0) return { ok: false as const, code: "usernameTaken" as const };
    const created = await tx.staffUser.create({ data: { username, fullName, role: "admin", officeCode: null, passwordHash, mustChangePassword: false } });
    await recordAuditEvent(tx, {
      type: "staff.created",
      actorType: "system",
      data: { staffUserId: created.id, username, fullName, role: "admin", officeCode: null, via: "staff:create-admin", operator: context.operator ?? null },
    });
    return { ok: true as const, id: created.id, username };
  });
}
