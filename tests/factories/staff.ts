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
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    officeCode: user.officeCode,
    mustChangePassword: user.mustChangePassword,
  };
}
