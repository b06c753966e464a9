import { titleMetadata } from "@/app/page-metadata";
import "@/components/records/records.css";
import Link from "next/link";
import { CardValidityNotice, HealthCard } from "@/components/records/health-card";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { getHealthCard } from "@/lib/server/records/get-health-card";
import { qrSvgPath } from "@/lib/server/records/qr-svg";
import { recordView } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("records", "cardTitle");

export default async function HealthCardPage() {
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan/the-bhyt" });
  const requestInfo = await currentRequestInfo();
  const [t, card] = await Promise.all([getMessages("records"), getHealthCard(principal.bhxhCode), recordView(principal.accountId, "card", requestInfo)]);
  return (
    <>
      <p className="records-back">
        <Link href="/tai-khoan">{t.backToAccount}</Link>
      </p>
      <h1>{t.cardTitle}</h1>
      {card ? (
        <>
          <p className="lead">{t.cardLead}</p>
          <CardValidityNotice t={t} validity={card.validity} validTo={card.validTo} />
          <HealthCard t={t} card={card} qr={qrSvgPath(card.qrPayload)} />
          <p className="field__hint">{t.dataNote}</p>
        </>
      ) : (
        <p className="notice">{t.cardEmpty}</p>
      )}
    </>
  );
}
