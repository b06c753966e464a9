import "server-only";
// Who the signed-in staff member is, re-checked in the database on every request: a disabled user or
// a bumped sessionVersion (disable, password reset) ends the session at once. Pages, server actions
// and route handlers each call these themselves; a layout check alone is not authorization.
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { prisma, type PrismaClient, type StaffRole } from "../db/client";
import { auth } from "./auth";

export type StaffPrincipal = {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
  /** null only for admins, who work across offices. */
  officeCode: string | null;
  mustChangePassword: boolean;
};

/** Who may open the queue, a declaration, its photos and its PDF (within their office scope). */
export const DECLARATION_READ_ROLES = ["officer", "supervisor", "admin"] as const satisfies readonly StaffRole[];
/** Who may approve or reject: the people at the counter and their supervisor. Admins manage, they do not decide. */
export const DECISION_ROLES = ["officer", "supervisor"] as const satisfies readonly StaffRole[];
/** Who sees an office's figures and who decided what. */
export const SUPERVISION_ROLES = ["supervisor", "admin"] as const satisfies readonly StaffRole[];
/** Who manages offices and staff accounts. */
export const ADMIN_ROLES = ["admin"] as const satisfies readonly StaffRole[];

/**
 * The database re-check behind getStaffPrincipal, separate so tests can call it without a request:
 * the session's user must exist, be enabled, and carry the current sessionVersion.
 */
export async function principalFromSession(session: Session | null, db: PrismaClient = prisma): Promise<StaffPrincipal | null> {
  if (session?.kind !== "staff" || !session.principalId) return null;
  const user = await db.staffUser.findUnique({ where: { id: session.principalId } });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    officeCode: user.officeCode,
    mustChangePassword: user.mustChangePassword,
  };
}

export const getStaffPrincipal = cache(async (): Promise<StaffPrincipal | null> => principalFromSession(await auth()));

export function hasRole(principal: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.includes(principal.role);
}

/** Admins reach every office; officers and supervisors only their own. */
export function canAccessOffice(principal: StaffPrincipal, officeCode: string): boolean {
  return principal.role === "admin" || principal.officeCode === officeCode;
}

/**
 * May this staff member read this declaration (detail, photos, PDF)? Staff of the receiving office,
 * and admins; never someone who still has to replace a temporary password.
 */
export function canStaffReadDeclaration(principal: StaffPrincipal, declaration: { officeCode: string }): boolean {
  return !principal.mustChangePassword && hasRole(principal, DECLARATION_READ_ROLES) && canAccessOffice(principal, declaration.officeCode);
}

/** May this staff member approve or reject a declaration of this office? */
export function canStaffDecide(principal: StaffPrincipal, declaration: { officeCode: string }): boolean {
  return !principal.mustChangePassword && hasRole(principal, DECISION_ROLES) && canAccessOffice(principal, declaration.officeCode);
}

/** For pages: the principal, or a redirect to the staff sign-in (wrong role: back to the queue with a message). */
export async function requireStaffPage(
  options: { roles?: readonly StaffRole[]; returnTo?: string; allowPasswordChange?: boolean } = {},
): Promise<StaffPrincipal> {
  const principal = await getStaffPrincipal();
  if (!principal) redirect(`/can-bo/dang-nhap${options.returnTo ? `?next=${encodeURIComponent(options.returnTo)}` : ""}`);
  // A temporary password is replaced before anything else is reachable.
  if (principal.mustChangePassword && !options.allowPasswordChange) redirect("/can-bo/doi-mat-khau");
  if (options.roles && !hasRole(principal, options.roles)) redirect("/can-bo?loi=quyen");
  return principal;
}

export type StaffAuthorization =
  | { ok: true; principal: StaffPrincipal }
  | { ok: false; code: "signedOut" | "mustChangePassword" | "forbidden" };

/** Pure check for server actions and route handlers (and tests): the principal against the roles allowed. */
export function authorizeStaff(principal: StaffPrincipal | null, roles?: readonly StaffRole[]): StaffAuthorization {
  if (!principal) return { ok: false, code: "signedOut" };
  if (principal.mustChangePassword) return { ok: false, code: "mustChangePassword" };
  if (roles && !hasRole(principal, roles)) return { ok: false, code: "forbidden" };
  return { ok: true, principal };
}

/** For server actions and route handlers: the signed-in principal checked against the roles, never a redirect. */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffAuthorization> {
  return authorizeStaff(await getStaffPrincipal(), roles);
}
