"use server";
// The account page's VNeID section: unlink (password sign-in only afterwards), and, for an account made
// by VNeID, set a first password. Plain forms that answer with a redirect, so they work before scripts load.
import { redirect } from "next/navigation";
import { signIn } from "@/lib/server/auth/auth";
import { getCitizenPrincipal } from "@/lib/server/auth/citizen-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import { unlinkVneid } from "@/lib/server/vneid/resolve-identity";
import { setFirstPassword } from "@/lib/server/vneid/set-first-password";

export async function unlinkVneidAction(): Promise<void> {
  const principal = await getCitizenPrincipal();
  if (!principal) redirect("/dang-nhap?tiep=/tai-khoan");
  const result = await unlinkVneid(principal.accountId, await currentRequestInfo());
  redirect(`/tai-khoan?vneid=${result.ok ? "unlinked" : result.code === "noPassword" ? "unlinkNeedsPassword" : "unlinked"}#lien-ket-vneid`);
}

export async function setFirstPasswordAction(formData: FormData): Promise<void> {
  const principal = await getCitizenPrincipal();
  if (!principal) redirect("/dang-nhap?tiep=/tai-khoan");
  const newPassword = String(formData.get("newPassword") ?? "").slice(0, 1024);
  const result = await setFirstPassword({ accountId: principal.accountId, deviceSessionId: principal.deviceSessionId, newPassword }, await currentRequestInfo());
  if (!result.ok) {
    const query = result.code === "policy" ? `mat-khau=${result.problems.join(".")}` : `vneid=${result.code === "alreadySet" ? "passwordAlreadySet" : "unlinked"}`;
    redirect(`/tai-khoan?${query}#lien-ket-vneid`);
  }
  // The session was rotated with the password: open the new one on this device.
  await signIn("citizen", { ticket: result.ticket, redirect: false });
  redirect("/tai-khoan?vneid=passwordSet#lien-ket-vneid");
}
