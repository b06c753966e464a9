import "server-only";
// Who may do what in the back office, without Next or next-auth: the principal's shape, the role
// sets, the office scope, and the database re-check of a session (principalFromSession). Services
// import this module; pages, actions and route handlers get the principal from staff-guards.ts.
import type { Session } from "next-auth";
import { prisma, type PrismaClient, type StaffRole, type StaffUser } from "../db/client";
import { env } from "../env";
import { checkStaffSession } from "../staff/staff-sessions";

export type StaffPrincipal = {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
  /** null only for admins, who work across offices. */
  officeCode: string | null;
  mustChangePassword: boolean;
  /** A supervisor or admin in production without a second factor yet: only the enrolment page is open. */
  mustEnrolSecondFactor?: boolean;
  /** The StaffSession behind this request (signing out revokes it); set by principalFromSession. */
  staffSessionId?: string;
};

/** Roles that must use a second factor when APP_MODE=production (others may choose to). */
export const SECOND_FACTOR_REQUIRED_ROLES = ["supervisor", "admin"] as const satisfies readonly StaffRole[];

export function secondFactorRequired(user: { role: StaffRole }, appMode: "demo" | "production" = env().APP_MODE): boolean {
  return appMode === "production" && (SECOND_FACTOR_REQUIRED_ROLES as readonly StaffRole[]).includes(user.role);
}

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
 * the cookie's StaffSession row must be open and not idle (staff-sessions.ts), and its user must exist,
 * be enabled, and carry the current sessionVersion.
 */
export async function principalFromSession(session: Session | null, db: PrismaClient = prisma, now: Date = new Date()): Promise<StaffPrincipal | null> {
  if (session?.kind !== "staff" || !session.principalId || !session.staffSessionId) return null;
  const check = await checkStaffSession({ staffSessionId: session.staffSessionId, staffUserId: session.principalId }, now, db);
  if (!check.ok) return null;
  const user = await db.staffUser.findUnique({ where: { id: session.principalId } });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { ...staffPrincipalOf(user), staffSessionId: check.session.id, mustEnrolSecondFactor: user.totpEnabledAt === null && secondFactorRequired(user) };
}

/** Who a staff user is to the services (no session attached): also what tests and scripts act as. */
export function staffPrincipalOf(user: Pick<StaffUser, "id" | "username" | "fullName" | "role" | "officeCode" | "mustChangePassword">): StaffPrincipal {
  const { id, username, fullName, role, officeCode, mustChangePassword } = user;
  return { id, username, fullName, role, officeCode, mustChangePassword };
}

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
  return !principal.mustChangePassword && !principal.mustEnrolSecondFactor && hasRole(principal, DECLARATION_READ_ROLES) && canAccessOffice(principal, declaration.officeCode);
}

/** May this staff member approve or reject a declaration of this office? */
export function canStaffDecide(principal: StaffPrincipal, declaration: { officeCode: string }): boolean {
  return !principal.mustChangePassword && !principal.mustEnrolSecondFactor && hasRole(principal, DECISION_ROLES) && canAccessOffice(principal, declaration.officeCode);
}

export type StaffAuthorization =
  | { ok: true; principal: StaffPrincipal }
  | { ok: false; code: "signedOut" | "mustChangePassword" | "forbidden" };

/** Pure check for server actions and route handlers (and tests): the principal against the roles allowed. */
export function authorizeStaff(principal: StaffPrincipal | null, roles?: readonly StaffRole[]): StaffAuthorization {
  if (!principal) return { ok: false, code: "signedOut" };
  if (principal.mustChangePassword) return { ok: false, code: "mustChangePassword" };
  // Until the second factor is set up, nothing but the enrolment page (which checks for itself).
  if (principal.mustEnrolSecondFactor) return { ok: false, code: "forbidden" };
  if (roles && !hasRole(principal, roles)) return { ok: false, code: "forbidden" };
  return { ok: true, principal };
}
