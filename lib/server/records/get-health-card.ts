import "server-only";
// The holder's current BHYT card (the latest one that has started), with what its face prints.
// Scoped by the signed-in account's BHXH code: nobody else's card can come back.
import { BENEFIT_LEVEL_PERCENT, bhytQrPayload, cardValidity, parseBhytCardNumber } from "@/lib/domain/bhyt-card";
import { isoDateInVietnam } from "@/lib/domain/dates";
import type { HealthCardView } from "@/lib/schemas/records";
import { prisma, type PrismaClient } from "../db/client";

export type { HealthCardView };

const iso = (date: Date) => date.toISOString().slice(0, 10);

export async function getHealthCard(bhxhCode: string, now: Date = new Date(), db: PrismaClient = prisma): Promise<HealthCardView | null> {
  const today = isoDateInVietnam(now);
  const card = await db.healthInsuranceCard.findFirst({
    where: { bhxhCode, validFrom: { lte: new Date(`${today}T00:00:00Z`) } },
    orderBy: [{ validFrom: "desc" }, { cardNumber: "asc" }],
    include: { participant: true, facility: { select: { name: true } } },
  });
  if (!card) return null;
  const parts = parseBhytCardNumber(card.cardNumber);
  const view = {
    cardNumber: card.cardNumber,
    fullName: card.participant.fullName,
    dateOfBirth: iso(card.participant.dateOfBirth),
    sex: card.participant.sex,
    address: card.participant.address,
    facilityCode: card.facilityCode,
    facilityName: card.facility.name,
    validFrom: iso(card.validFrom),
    validTo: card.validTo ? iso(card.validTo) : null,
    fiveYearsFrom: card.fiveYearsFrom ? iso(card.fiveYearsFrom) : null,
    issuedOn: iso(card.issuedOn),
    beneficiaryGroup: parts?.beneficiaryGroup ?? card.cardNumber.slice(0, 2),
    benefitLevel: parts?.benefitLevel ?? 0,
    benefitPercent: BENEFIT_LEVEL_PERCENT[parts?.benefitLevel ?? 0] ?? 0,
  };
  return { ...view, validity: cardValidity(view.validFrom, view.validTo, today), qrPayload: bhytQrPayload(view) };
}
