import "server-only";
// Who the signed-in staff member is, re-checked in the database on every request: a disabled user or
// a bumped sessionVersion (disable, password reset) ends the session at once. Pages, server actions
// and route handlers each call these themselves; a layout check alone is not authorization.
import { redirect } from "next/navigation";
import { cache } from "react";
import { prisma, type StaffRole } from "../db/client";
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

export const getStaffPrincipal = cache(async (): Promise<StaffPrincipal | null> => {
  const session = await auth();
  if (session?.kind !== "staff" || !session.principalId) return null;
  const user = await prisma.staffUser.findUnique({ where: { id: session.principalId } });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    officeCode: user.officeCode,
    mustChangePassword: user.mustChangePassword,
  };
});

export function hasRole(principal: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.includes(principal.role);
}

/** Admins reach every office; officers and supervisors only their own. */
export function canAccessOffice(principal: StaffPrincipal, officeCode: string): boolean {
  return principal.role === "admin" || principal.officeCode === officeCode;
}

/** For pages: the principal, or a redirect to the staff sign-in (wrong role: not found). */
export async function requireStaffPage(options: { roles?: readonly StaffRole[]; returnTo?: string } = {}): Promise<StaffPrincipal> {
  const principal = await getStaffPrincipal();
  if (!principal) redirect(`/can-bo/dang-nhap${options.returnTo ? `?next=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (options.roles && !hasRole(principal, options.roles)) redirect("/can-bo?loi=quyen");
  return principal;
}
