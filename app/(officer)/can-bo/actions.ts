"use server";
// Signing out of the back office: audited, then next-auth clears the session cookie.
import { recordAuditEventNow } from "@/lib/server/audit";
import { signOut } from "@/lib/server/auth/auth";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { prisma } from "@/lib/server/db/client";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function signOutStaffAction(): Promise<void> {
  const principal = await getStaffPrincipal();
  if (principal) {
    const info = await currentRequestInfo();
    await recordAuditEventNow(prisma, {
      type: "staff.signedOut",
      actorType: "staff",
      actorId: principal.id,
      officeCode: principal.officeCode,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { username: principal.username },
    });
  }
  await signOut({ redirectTo: "/can-bo/dang-nhap?da-dang-xuat=1" });
}
