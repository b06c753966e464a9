import type { Metadata } from "next";
import { redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { StaffSignInForm } from "@/components/back-office/sign-in-form";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { getMessages } from "@/lib/server/i18n";
import { safeStaffReturnPath } from "../return-path";
import { signInStaffAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("officer");
  return { title: t.signInTitle };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeStaffReturnPath(typeof params.next === "string" ? params.next : undefined);
  if (await getStaffPrincipal()) redirect(next);
  const t = await getMessages("officer");
  return (
    <div className="bo-narrow">
      <h1>{t.signInTitle}</h1>
      {params["da-dang-xuat"] ? (
        <div className="notice notice--success" role="status">
          <p>{t.signedOutNotice}</p>
        </div>
      ) : null}
      <p>{t.signInLead}</p>
      <StaffSignInForm
        action={signInStaffAction}
        next={next}
        text={{
          errorSummaryTitle: t.errorSummaryTitle,
          errorPrefix: t.errorPrefix,
          username: t.signInUsername,
          password: t.signInPassword,
          submit: t.signInSubmit,
          submitting: t.submitting,
        }}
      />
    </div>
  );
}
