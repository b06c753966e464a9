import "@/components/records/records.css";
import { BenefitYears } from "@/components/records/benefits";
import { RecordsPageHead } from "@/components/records/records-page-head";
import { titleMetadata } from "@/app/page-metadata";
import { getBenefitPayments } from "@/lib/server/records/get-benefit-payments";
import { openRecordsPage } from "../records-page";

export const generateMetadata = titleMetadata("records", "benefitsTitle");

export default async function BenefitsPage() {
  const { t, data: years } = await openRecordsPage("benefits", "/tai-khoan/huong-che-do", (principal) => getBenefitPayments(principal.bhxhCode));
  return (
    <>
      <RecordsPageHead back={{ href: "/tai-khoan", label: t.backToAccount }} title={t.benefitsTitle} lead={t.benefitsLead} />
      {years.length === 0 ? <p className="notice">{t.benefitsEmpty}</p> : <BenefitYears t={t} years={years} />}
      <p className="field__hint">{t.dataNote}</p>
    </>
  );
}
