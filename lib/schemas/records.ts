// The shapes the records pages show (the holder's card, periods, visits), shared by the services in
// lib/server/records that build them and the components that render them.
import type { BhytQrInput, CardValidity } from "@/lib/domain/bhyt-card";
import type { InsuranceScheme } from "@/lib/domain/months";

/** The card's face: what its QR code carries (BhytQrInput), and what only the face prints. */
export type HealthCardView = BhytQrInput & {
  facilityName: string;
  beneficiaryGroup: string;
  benefitLevel: number;
  benefitPercent: number;
  validity: CardValidity;
  qrPayload: string;
};

export type ParticipationPeriodView = {
  id: string;
  scheme: InsuranceScheme;
  fromMonth: string;
  toMonth: string | null;
  months: number;
  employerCode: string | null;
  employerName: string | null;
  jobTitle: string | null;
  salaryBasis: bigint;
  rateBasisPoints: number;
};

/** One medical visit, as the records pages show it (the facility by name). */
export type MedicalVisitView = MedicalVisitFacts & { id: string; facilityName: string };

/** What a visit is, wherever it comes from (the records pages, an import, the demo factories). */
export type MedicalVisitFacts = {
  type: "outpatient" | "inpatient";
  admittedOn: Date;
  dischargedOn: Date;
  icd10Code: string;
  diagnosis: string;
  totalCost: bigint;
  paidByInsurance: bigint;
  paidByPatient: bigint;
};
