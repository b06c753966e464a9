import { titleMetadata } from "@/app/page-metadata";
import { redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { Notice } from "@/components/ui/notice";
import { StaffCodeForm, StaffSignInForm } from "@/components/back-office/sign-in-form";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { SESSION_IDLE_SECONDS } from "@/lib/domain/session-limits";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/server/i18n";
import { openStaffCodeStep } from "@/lib/server/staff/sign-in-staff";
import { readStaffTicketCookie } from "@/lib/server/staff/staff-ticket-cookie";
import { safeStaffReturnPath } from "../return-path";
import { signInStaffAction, verifyStaffCodeAction } from "./actions";
import { formChrome } from "../form-text";

export const generateMetadata = titleMetadata("officer", "signInTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeStaffReturnPath(typeof params.next === "string" ? params.next : undefined);
  if (await getStaffPrincipal()) redirect(next);
  const t = await getMessages("officer");
  const codeStep = params.buoc === "ma-xac-thuc" && openStaffCodeStep(await readStaffTicketCookie());
  if (codeStep) {
    return (
      <div className="bo-narrow">
        <h1>{t.secondFactorSignInTitle}</h1>
        <p>{t.secondFactorSignInLead}</p>
        <StaffCodeForm
          action={verifyStaffCodeAction}
          next={next}
          text={{ ...formChrome(t), code: t.secondFactorCode, codeHint: t.secondFactorCodeHint, submit: t.secondFactorSubmit }}
        />
        <p>
          <a href={`/can-bo/dang-nhap?next=${encodeURIComponent(next)}`}>{t.secondFactorStartOver}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="bo-narrow">
      <h1>{t.signInTitle}</h1>
      {params["da-dang-xuat"] ? <Notice tone="success" role="status" text={t.signedOutNotice} /> : null}
      {params["het-han"] || params.buoc === "ma-xac-thuc" ? <Notice tone="warning" role="status" text={t.secondFactorExpired} /> : null}
      <p>{format(t.signInLead, { minutes: SESSION_IDLE_SECONDS / 60 })}</p>
      <StaffSignInForm
        action={signInStaffAction}
        next={next}
        text={{ ...formChrome(t), username: t.signInUsername, password: t.signInPassword, submit: t.signInSubmit }}
      />
    </div>
  );
}
