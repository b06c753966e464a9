import "server-only";
// Who the signed-in staff member is, re-checked in the database on every request: a disabled user or
// a revoked StaffSession (sign-out, password change, disable, idle) ends the session at once. Pages, server actions
// and route handlers each call these themselves; a layout check alone is not authorization.
// The rules themselves (roles, office scope, the re-check) live in staff-access.ts, re-exported here.
import { redirect } from "next/navigation";
import { cache } from "react";
import type { StaffRole } from "../db/client";
import { auth } from "./auth";
import { authorizeStaff, hasRole, principalFromSession, type StaffAuthorization, type StaffPrincipal } from "./staff-access";

export * from "./staff-access";

export const getStaffPrincipal = cache(async (): Promise<StaffPrincipal | null> => principalFromSession(await auth()));

/** For pages: the principal, or a redirect to the staff sign-in (wrong role: back to the queue with a message). */
export async function requireStaffPage(
  options: { roles?: readonly StaffRole[]; returnTo?: string; allowPasswordChange?: boolean; allowSecondFactorEnrolment?: boolean } = {},
): Promise<StaffPrincipal> {
  const principal = await getStaffPrincipal();
  if (!principal) redirect(`/can-bo/dang-nhap${options.returnTo ? `?next=${encodeURIComponent(options.returnTo)}` : ""}`);
  // A temporary password is replaced before anything else is reachable, then the second factor set up.
  if (principal.mustChangePassword && !options.allowPasswordChange) redirect("/can-bo/doi-mat-khau");
  if (principal.mustEnrolSecondFactor && !principal.mustChangePassword && !options.allowSecondFactorEnrolment && !options.allowPasswordChange) {
    redirect("/can-bo/bao-mat");
  }
  if (options.roles && !hasRole(principal, options.roles)) redirect("/can-bo?loi=quyen");
  return principal;
}

/** For server actions and route handlers: the signed-in principal checked against the roles, never a redirect. */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffAuthorization> {
  return authorizeStaff(await getStaffPrincipal(), roles);
}
