import "server-only";
// The administrator's changes to staff accounts: create (with a temporary password shown once),
// edit name/role/office, disable (ends every session at once) and enable, reset the password
// (forced change at the next sign-in). Admins only; every change audited in its own transaction.
import { generateTemporaryPassword } from "@/lib/domain/password-policy";
import { Prisma, prisma, type StaffRole, type StaffUser } from "../db/client";
import { recordAuditEvent } from "../audit";
import { hashPassword } from "../auth/password-hash";
import { ADMIN_ROLES, authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { revokeStaffSessions } from "./staff-sessions";

export type StaffUserInput = { fullName: string; role: StaffRole; officeCode: string | null };

export type StaffAdminFailureCode = "forbidden" | "notFound" | "usernameTaken" | "officeUnknown" | "cannotChangeSelf";
export type StaffAdminFailure = { ok: false; code: StaffAdminFailureCode };

const audited = (principal: StaffPrincipal, info: RequestInfo) => ({
  actorType: "staff" as const,
  actorId: principal.id,
  ip: info.ip,
  userAgent: info.userAgent,
});

const snapshot = (u: Pick<StaffUser, "username" | "fullName" | "role" | "officeCode">) => ({
  username: u.username,
  fullName: u.fullName,
  role: u.role,
  officeCode: u.officeCode,
});

function isAdmin(principal: StaffPrincipal | null): principal is StaffPrincipal {
  return authorizeStaff(principal, ADMIN_ROLES).ok;
}

async function officeExists(code: string | null): Promise<boolean> {
  return code === null || (await prisma.office.count({ where: { code } })) === 1;
}

/** Admins work across offices: their officeCode is always null. */
const officeFor = (input: StaffUserInput) => (input.role === "admin" ? null : input.officeCode);

export async function createStaffUser(
  principal: StaffPrincipal | null,
  input: StaffUserInput & { username: string },
  info: RequestInfo,
): Promise<{ ok: true; user: StaffUser; temporaryPassword: string } | StaffAdminFailure> {
  if (!isAdmin(principal)) return { ok: false, code: "forbidden" };
  const officeCode = officeFor(input);
  if (!(await officeExists(officeCode))) return { ok: false, code: "officeUnknown" };
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.staffUser.create({
        data: { username: input.username, fullName: input.fullName, role: input.role, officeCode, passwordHash, mustChangePassword: true },
      });
      await recordAuditEvent(tx, { ...audited(principal, info), type: "staff.created", officeCode, data: { staffUserId: created.id, ...snapshot(created) } });
      return created;
    });
    return { ok: true, user, temporaryPassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, code: "usernameTaken" };
    throw error;
  }
}

export async function updateStaffUser(
  principal: StaffPrincipal | null,
  id: string,
  input: StaffUserInput,
  info: RequestInfo,
): Promise<{ ok: true; user: StaffUser } | StaffAdminFailure> {
  if (!isAdmin(principal)) return { ok: false, code: "forbidden" };
  const officeCode = officeFor(input);
  if (!(await officeExists(officeCode))) return { ok: false, code: "officeUnknown" };
  // An admin cannot demote themselves: the last admin would lock everyone out of administration.
  if (id === principal.id && input.role !== "admin") return { ok: false, code: "cannotChangeSelf" };
  return prisma.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id } });
    if (!before) return { ok: false, code: "notFound" } as const;
    const user = await tx.staffUser.update({ where: { id }, data: { fullName: input.fullName, role: input.role, officeCode } });
    await recordAuditEvent(tx, {
      ...audited(principal, info),
      type: "staff.updated",
      officeCode,
      data: { staffUserId: id, before: snapshot(before), after: snapshot(user) },
    });
    return { ok: true, user } as const;
  });
}

/** Disabling revokes every StaffSession of the user (and bumps sessionVersion): their next request is signed out. */
export async function setStaffUserDisabled(
  principal: StaffPrincipal | null,
  id: string,
  disabled: boolean,
  info: RequestInfo,
  now: Date = new Date(),
): Promise<{ ok: true; user: StaffUser } | StaffAdminFailure> {
  if (!isAdmin(principal)) return { ok: false, code: "forbidden" };
  if (id === principal.id) return { ok: false, code: "cannotChangeSelf" };
  return prisma.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id } });
    if (!before) return { ok: false, code: "notFound" } as const;
    const user = await tx.staffUser.update({
      where: { id },
      data: disabled ? { disabledAt: before.disabledAt ?? now, sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    if (disabled) await revokeStaffSessions(tx, { staffUserId: id, reason: "disabled", now });
    await recordAuditEvent(tx, {
      ...audited(principal, info),
      type: disabled ? "staff.disabled" : "staff.enabled",
      officeCode: user.officeCode,
      data: { staffUserId: id, username: user.username },
    });
    return { ok: true, user } as const;
  });
}

/** A new temporary password (shown once to the admin), forced change at next sign-in, every session ended. */
export async function resetStaffPassword(
  principal: StaffPrincipal | null,
  id: string,
  info: RequestInfo,
  now: Date = new Date(),
): Promise<{ ok: true; user: StaffUser; temporaryPassword: string } | StaffAdminFailure> {
  if (!isAdmin(principal)) return { ok: false, code: "forbidden" };
  if (id === principal.id) return { ok: false, code: "cannotChangeSelf" };
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return prisma.$transaction(async (tx) => {
    const exists = await tx.staffUser.count({ where: { id } });
    if (!exists) return { ok: false, code: "notFound" } as const;
    const user = await tx.staffUser.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await revokeStaffSessions(tx, { staffUserId: id, reason: "passwordReset", now });
    await recordAuditEvent(tx, {
      ...audited(principal, info),
      type: "staff.passwordReset",
      officeCode: user.officeCode,
      data: { staffUserId: id, username: user.username },
    });
    return { ok: true, user, temporaryPassword } as const;
  });
}

export type StaffListItem = Pick<StaffUser, "id" | "username" | "fullName" | "role" | "officeCode" | "disabledAt" | "mustChangePassword" | "totpEnabledAt"> & {
  officeName: string | null;
};

export async function listStaffUsers(principal: StaffPrincipal | null): Promise<StaffListItem[] | null> {
  if (!isAdmin(principal)) return null;
  const users = await prisma.staffUser.findMany({
    orderBy: [{ officeCode: { sort: "asc", nulls: "first" } }, { username: "asc" }],
    select: { id: true, username: true, fullName: true, role: true, officeCode: true, disabledAt: true, mustChangePassword: true, totpEnabledAt: true, office: { select: { name: true } } },
  });
  return users.map(({ office, ...u }) => ({ ...u, officeName: office?.name ?? null }));
}

export async function getStaffUser(principal: StaffPrincipal | null, id: string): Promise<StaffListItem | null> {
  if (!isAdmin(principal) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const user = await prisma.staffUser.findUnique({
    where: { id },
    select: { id: true, username: true, fullName: true, role: true, officeCode: true, disabledAt: true, mustChangePassword: true, totpEnabledAt: true, office: { select: { name: true } } },
  });
  if (!user) return null;
  const { office, ...rest } = user;
  return { ...rest, officeName: office?.name ?? null };
}
