import { titleMetadata } from "@/app/page-metadata";
import "@/components/account/account.css";
import { redirect } from "next/navigation";
import { Notice, type NoticeTone } from "@/components/ui/notice";
import { SignInForm } from "@/components/account/sign-in-form";
import type { SignInState } from "@/components/account/types";
import { describeOpenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { readTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { parseReturnPath } from "@/lib/domain/return-path";
import { getCitizenSession, mustChangePasswordNow } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { VneidEntry, vneidErrorText, VneidNotice } from "@/components/vneid/vneid-entry";
import { vneidConfig } from "@/lib/server/vneid/config";
import { signInAction } from "./actions";

export const generateMetadata = titleMetadata("account", "signInTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const tiep = parseReturnPath(params.tiep, { exclude: ["/dang-nhap"] }) ?? undefined;
  const session = await getCitizenSession();
  if (session.ok) redirect(mustChangePasswordNow(session.principal) ? "/doi-mat-khau" : (tiep ?? "/tai-khoan"));

  const [t, tv] = await Promise.all([getMessages("account"), getMessages("vneid")]);
  const vneidError = vneidErrorText(tv, params.vneid);
  const open = await describeOpenSignIn(await readTicketCookie("signIn"));
  const initial: SignInState = open ? { seq: 0, step: "otp", bhxhCode: "", maskedPhone: open.maskedPhone } : { seq: 0, step: "credentials", bhxhCode: "" };

  // Why the person is here again (?ly-do=…): the notice above the form.
  const arrivals: Record<string, { tone: NoticeTone; text: string }> = {
    "thiet-bi-khac": { tone: "warning", text: t.signedOutOtherDevice },
    "mat-khau-da-doi": { tone: "warning", text: t.signedOutPasswordChanged },
    "da-dang-xuat": { tone: "success", text: t.signedOutByYou },
    "da-dat-lai-mat-khau": { tone: "success", text: t.passwordWasReset },
  };
  const reason = params["ly-do"];
  const arrival = typeof reason === "string" && Object.hasOwn(arrivals, reason) ? <Notice {...arrivals[reason]!} role="status" /> : null;

  return (
    <div className="account-narrow">
      <SignInForm action={signInAction} initial={initial} text={t} returnTo={tiep}>
        {vneidError ? <VneidNotice message={vneidError} tone="warning" /> : null}
        {arrival}
      </SignInForm>
      {vneidConfig() ? <VneidEntry href="/vneid/bat-dau?muc-dich=dang-nhap" label={tv.signInButton} intro={tv.signInIntro} or={tv.or} /> : null}
    </div>
  );
}
