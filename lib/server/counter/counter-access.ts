import "server-only";
// Who may serve a citizen at the counter, checked by every counter service itself: officers and
// supervisors of any office (the person may walk into any BHXH office with the original ID); never
// administrators, who manage the system but do not serve people. The staff row is read again, so a
// user disabled or moved a minute ago is refused even if the caller passed a stale principal.
import { prisma, type StaffRole } from "../db/client";
import { authorizeStaff, type StaffPrincipal } from "../auth/staff-access";

export const COUNTER_ROLES = ["officer", "supervisor"] as const satisfies readonly StaffRole[];

/** The officer as the counter needs them: always with an office (the one printed on receipts). */
export type CounterOfficer = StaffPrincipal & { officeCode: string };

export type CounterAuthorization = { ok: true; officer: CounterOfficer } | { ok: false; code: "signedOut" | "mustChangePassword" | "forbidden" };

export async function authorizeCounter(principal: StaffPrincipal | null): Promise<CounterAuthorization> {
  const authz = authorizeStaff(principal, COUNTER_ROLES);
  if (!authz.ok) return authz;
  const user = await prisma.staffUser.findUnique({ where: { id: authz.principal.id }, select: { role: true, officeCode: true, disabledAt: true, mustChangePassword: true } });
  if (!user || user.disabledAt) return { ok: false, code: "signedOut" };
  if (user.mustChangePassword) return { ok: false, code: "mustChangePassword" };
  if (!(COUNTER_ROLES as readonly StaffRole[]).includes(user.role) || !user.officeCode) return { ok: false, code: "forbidden" };
  return { ok: true, officer: { ...authz.principal, role: user.role, officeCode: user.officeCode } };
}

/** Pure form of the role rule, for pages deciding what to show (the services decide what happens). */
export function mayServeAtCounter(principal: Pick<StaffPrincipal, "role" | "officeCode">): boolean {
  return (COUNTER_ROLES as readonly StaffRole[]).includes(principal.role) && principal.officeCode !== null;
}
