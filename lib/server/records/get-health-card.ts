import "server-only";
// The holder's current BHYT card (the latest one that has started), with what its face prints.
// Scoped by the signed-in account's BHXH code: nobody else's card can come back.
import { BENEFIT_LEVEL_PERCENT, bhytQrPayload, cardValidity, parseBhytCardNumber } from "@/lib/domain/bhyt-card";
import { isoDateInVietnam } from "@/lib/domain/dates";
import type { HealthCardView } from "@/lib/schemas/records";
import { prisma, type PrismaClient } from "../db/client";

export type { HealthCardView };

/** What the card's SQL returns: the face's stored fields, as the view carries them. */
type CardRow = Pick<HealthCardView, "cardNumber" | "facilityCode" | "facilityName" | "validFrom" | "validTo" | "fiveYearsFrom" | "issuedOn" | "fullName" | "dateOfBirth" | "sex" | "address">;

export async function getHealthCard(bhxhCode: string, now: Date = new Date(), db: PrismaClient = prisma): Promise<HealthCardView | null> {
  const today = isoDateInVietnam(now);
  // One round trip: the card with its holder and facility (dates as ISO text, as the face prints them).
  const [card] = await db.$queryRaw<CardRow[]>`
    SELECT c."cardNumber"::text AS "cardNumber", c."facilityCode", f.name AS "facilityName",
           c."validFrom"::text AS "validFrom", c."validTo"::text AS "validTo", c."fiveYearsFrom"::text AS "fiveYearsFrom", c."issuedOn"::text AS "issuedOn",
           p."fullName", p."dateOfBirth"::text AS "dateOfBirth", p.sex::text AS sex, p.address
      FROM "HealthInsuranceCard" c
      JOIN "Participant" p ON p."bhxhCode" = c."bhxhCode"
      JOIN "MedicalFacility" f ON f.code = c."facilityCode"
     WHERE c."bhxhCode" = ${bhxhCode} AND c."validFrom" <= ${today}::date
     ORDER BY c."validFrom" DESC, c."cardNumber" ASC
     LIMIT 1`;
  if (!card) return null;
  const parts = parseBhytCardNumber(card.cardNumber);
  const view = {
    cardNumber: card.cardNumber,
    fullName: card.fullName,
    dateOfBirth: card.dateOfBirth,
    sex: card.sex,
    address: card.address,
    facilityCode: card.facilityCode,
    facilityName: card.facilityName,
    validFrom: card.validFrom,
    validTo: card.validTo,
    fiveYearsFrom: card.fiveYearsFrom,
    issuedOn: card.issuedOn,
    beneficiaryGroup: parts?.beneficiaryGroup ?? card.cardNumber.slice(0, 2),
    benefitLevel: parts?.benefitLevel ?? 0,
    benefitPercent: BENEFIT_LEVEL_PERCENT[parts?.benefitLevel ?? 0] ?? 0,
  };
  return { ...view, validity: cardValidity(view.validFrom, view.validTo, today), qrPayload: bhytQrPayload(view) };
}
