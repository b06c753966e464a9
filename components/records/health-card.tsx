// The digital BHYT card: its face as printed, and the QR code a facility's reader scans.
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
  if (validity.state === "expired") return <div className="notice notice--warning" role="status"><p>{format(t.cardExpired, { date })}</p></div>;
  if (validity.state === "notYetValid") return <div className="notice" role="status"><p>{t.cardNotYetValid}</p></div>;
  return (
    <div className="notice notice--warning" role="status">
      <p>{validity.daysLeft === 0 ? format(t.cardExpiresToday, { date }) : format(t.cardExpiringSoon, { days: validity.daysLeft, date })}</p>
    </div>
  );
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
      <dl>
        <Item label={t.cardFullName} value={card.fullName} />
        <Item label={t.cardDateOfBirth} value={displayDate(card.dateOfBirth)} />
        <Item label={t.cardSex} value={card.sex === "male" ? t.sexMale : t.sexFemale} />
        <Item label={t.cardGroup} value={card.beneficiaryGroup} />
        <Item label={t.cardAddress} value={card.address} />
        <Item label={t.cardFacility} value={`${card.facilityCode} – ${card.facilityName}`} />
        <Item
          label={t.cardValidity}
          value={card.validTo ? format(t.cardValidityRange, { from: displayDate(card.validFrom), to: displayDate(card.validTo) }) : format(t.cardValidityOpen, { from: displayDate(card.validFrom) })}
        />
        <Item label={t.cardFiveYears} value={card.fiveYearsFrom ? displayDate(card.fiveYearsFrom) : t.cardFiveYearsNone} />
        <Item label={t.cardBenefitLevel} value={format(t.cardBenefitLevelValue, { level: card.benefitLevel, percent: card.benefitPercent })} />
      </dl>
    </section>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
