import { titleMetadata } from "@/app/page-metadata";
import "@/components/records/records.css";
import Link from "next/link";
import { BenefitYears } from "@/components/records/benefits";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { getBenefitPayments } from "@/lib/server/records/get-benefit-payments";
import { recordView } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("records", "benefitsTitle");

export default async function BenefitsPage() {
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan/huong-che-do" });
  const requestInfo = await currentRequestInfo();
  const [t, years] = await Promise.all([getMessages("records"), getBenefitPayments(principal.bhxhCode), recordView(principal.accountId, "benefits", requestInfo)]);
  return (
    <>
      <p className="records-back">
        <Link href="/tai-khoan">{t.backToAccount}</Link>
      </p>
      <h1>{t.benefitsTitle}</h1>
      <p className="lead">{t.benefitsLead}</p>
      {years.length === 0 ? <p className="notice">{t.benefitsEmpty}</p> : <BenefitYears t={t} years={years} />}
      <p className="field__hint">{t.dataNote}</p>
    </>
  );
}
