"use server";
// Signing out of the back office: the StaffSession row is revoked (a copied cookie stops working) and
// audited, then next-auth clears the session cookie.
import { signOut } from "@/lib/server/auth/auth";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import { signOutStaff } from "@/lib/server/staff/staff-sessions";

export async function signOutStaffAction(): Promise<void> {
  const principal = await getStaffPrincipal();
  if (principal?.staffSessionId) {
    await signOutStaff(
      { staffUserId: principal.id, staffSessionId: principal.staffSessionId, officeCode: principal.officeCode, username: principal.username },
      await currentRequestInfo(),
    );
  }
  await signOut({ redirectTo: "/can-bo/dang-nhap?da-dang-xuat=1" });
}
