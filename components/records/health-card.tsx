// The digital BHYT card: its face as printed, and the QR code a facility's reader scans.
import { FactList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import type { CardValidity } from "@/lib/domain/bhyt-card";
import type { HealthCardView } from "@/lib/schemas/records";
import { format } from "@/lib/i18n/catalog";
import { displayDate } from "./format";
import type { RecordsMessages } from "./types";

export type HealthCardProps = {
  t: RecordsMessages;
  card: Omit<HealthCardView, "issuedOn" | "qrPayload">;
  /** The QR code as an SVG path on a `size`-module grid (quiet zone included). */
  qr: { path: string; size: number };
};

export function CardValidityNotice({ t, validity, validTo }: { t: RecordsMessages; validity: CardValidity; validTo: string | null }) {
  if (validity.state === "valid") return null;
  const date = validTo ? displayDate(validTo) : "";
  if (validity.state === "expired") return <Notice tone="warning" role="status" text={format(t.cardExpired, { date })} />;
  if (validity.state === "notYetValid") return <Notice role="status" text={t.cardNotYetValid} />;
  return <Notice tone="warning" role="status" text={validity.daysLeft === 0 ? format(t.cardExpiresToday, { date }) : format(t.cardExpiringSoon, { days: validity.daysLeft, date })} />;
}

export function HealthCard({ t, card, qr }: HealthCardProps) {
  return (
    <section className="bhyt-card" aria-labelledby="bhyt-card-title">
      <h2 id="bhyt-card-title" className="bhyt-card__title">
        {t.cardFaceTitle}
      </h2>
      <p className="bhyt-card__number">
        <span className="visually-hidden">{t.cardNumber}: </span>
        {card.cardNumber}
      </p>
      <div className="bhyt-card__qr">
        <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={format(t.cardQrLabel, { number: card.cardNumber })} shapeRendering="crispEdges" data-testid="bhyt-qr">
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      </div>
      <FactList
        facts={[
          [t.cardFullName, card.fullName],
          [t.cardDateOfBirth, displayDate(card.dateOfBirth)],
          [t.cardSex, card.sex === "male" ? t.sexMale : t.sexFemale],
          [t.cardGroup, card.beneficiaryGroup],
          [t.cardAddress, card.address],
          [t.cardFacility, `${card.facilityCode} – ${card.facilityName}`],
          [
            t.cardValidity,
            card.validTo ? format(t.cardValidityRange, { from: displayDate(card.validFrom), to: displayDate(card.validTo) }) : format(t.cardValidityOpen, { from: displayDate(card.validFrom) }),
          ],
          [t.cardFiveYears, card.fiveYearsFrom ? displayDate(card.fiveYearsFrom) : t.cardFiveYearsNone],
          [t.cardBenefitLevel, format(t.cardBenefitLevelValue, { level: card.benefitLevel, percent: card.benefitPercent })],
        ]}
      />
    </section>
  );
}
