// The account pages' frame: the signed-in bar (Tài khoản / Đăng xuất) over each of them. Display only:
// every page and action checks the session itself (a layout is no guard).
import type { ReactNode } from "react";
import "@/components/account/account.css";
import { AccountBar } from "@/components/account/account-bar";
import { getCitizenPrincipal } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { signOutAction } from "./actions";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const [principal, t] = await Promise.all([getCitizenPrincipal(), getMessages("account")]);
  return (
    <>
      {principal ? <AccountBar label={t.accountBarLabel} accountLabel={t.accountTitle} signOutLabel={t.signOut} signOutAction={signOutAction} current={false} /> : null}
      {children}
    </>
  );
}
