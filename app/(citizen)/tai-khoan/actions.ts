"use server";
// Signs the citizen out: the DeviceSession is revoked in the database, then the cookie is cleared.
import { redirect } from "next/navigation";
import { signOutCitizen } from "@/lib/server/accounts/sign-out";
import { signOut } from "@/lib/server/auth/auth";
import { getCitizenPrincipal } from "@/lib/server/auth/citizen-guards";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function signOutAction(): Promise<void> {
  const principal = await getCitizenPrincipal();
  if (principal) {
    await signOutCitizen({ accountId: principal.accountId, deviceSessionId: principal.deviceSessionId }, await currentRequestInfo());
  }
  await signOut({ redirect: false });
  redirect(principal ? "/dang-nhap?ly-do=da-dang-xuat" : "/dang-nhap");
}
