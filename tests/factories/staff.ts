// Staff users for tests, and the principal the guards would build for them (tests call services
// with principals directly; the session → principal re-check is tested on its own).
import { randomBytes } from "node:crypto";
import type { PrismaClient, StaffRole, StaffUser } from "@/lib/server/db/client";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";

/** A real Argon2id hash of DEMO_STAFF_PASSWORD, computed once per run. */
let demoHash: Promise<string> | undefined;

export async function createStaffUser(
  prisma: PrismaClient,
  overrides: Partial<Omit<StaffUser, "id">> & { role?: StaffRole } = {},
): Promise<StaffUser> {
  const { hashPassword } = await import("@/lib/server/auth/password-hash");
  const { DEMO_STAFF_PASSWORD } = await import("./demo");
  demoHash ??= hashPassword(DEMO_STAFF_PASSWORD);
  const role = overrides.role ?? "officer";
  return prisma.staffUser.create({
    data: {
      username: `test.${role}.${randomBytes(4).toString("hex")}`,
      fullName: "Cán bộ Thử Nghiệm",
      passwordHash: await demoHash,
      role,
      officeCode: role === "admin" ? null : "0101",
      ...overrides,
    },
  });
}

export function principalOf(user: StaffUser): StaffPrincipal {
  const { id, username, fullName, role, officeCode, mustChangePassword } = user;
  return { id, username, fullName, role, officeCode, mustChangePassword };
}

/** The cast the back-office tests draw on: two offices in two provinces (A: 0101 Hà Nội, B: 7901 TP.HCM). */
const STAFF_CAST = {
  officerA: { role: "officer", officeCode: "0101" },
  /** A second officer of office A (another pair of hands on the same declaration). */
  officerA2: { role: "officer", officeCode: "0101" },
  supervisorA: { role: "supervisor", officeCode: "0101" },
  officerB: { role: "officer", officeCode: "7901" },
  supervisorB: { role: "supervisor", officeCode: "7901" },
  admin: { role: "admin", officeCode: null },
  /** Office A's officer whose account is disabled. */
  disabled: { role: "officer", officeCode: "0101", disabledAt: new Date() },
  /** Office A's officer who still has to change the first password. */
  mustChange: { role: "officer", officeCode: "0101", mustChangePassword: true },
} satisfies Record<string, Partial<StaffUser>>;

export type StaffCastMember = keyof typeof STAFF_CAST;

/** Principals for the named members of the cast, created at once: `({ officerA, admin } = await createStaffCast(prisma, ["officerA", "admin"]))`. */
export async function createStaffCast<Name extends StaffCastMember>(prisma: PrismaClient, names: readonly Name[]): Promise<Record<Name, StaffPrincipal>> {
  const users = await Promise.all(names.map((name) => createStaffUser(prisma, STAFF_CAST[name])));
  return Object.fromEntries(names.map((name, i) => [name, principalOf(users[i]!)])) as Record<Name, StaffPrincipal>;
}
