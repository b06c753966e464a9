import "@/components/records/records.css";
import { CardValidityNotice, HealthCard } from "@/components/records/health-card";
import { RecordsPageHead } from "@/components/records/records-page-head";
import { titleMetadata } from "@/app/page-metadata";
import { getHealthCard } from "@/lib/server/records/get-health-card";
import { qrSvgPath } from "@/lib/server/records/qr-svg";
import { openRecordsPage } from "../records-page";

export const generateMetadata = titleMetadata("records", "cardTitle");

export default async function HealthCardPage() {
  const { t, data: card } = await openRecordsPage("card", "/tai-khoan/the-bhyt", (principal) => getHealthCard(principal.bhxhCode));
  return (
    <>
      <RecordsPageHead back={{ href: "/tai-khoan", label: t.backToAccount }} title={t.cardTitle} />
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
