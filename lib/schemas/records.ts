// The shapes the records pages show (the holder's card, periods, visits), shared by the services in
// lib/server/records that build them and the components that render them.
import type { CardValidity } from "@/lib/domain/bhyt-card";
import type { InsuranceScheme } from "@/lib/domain/months";

export type HealthCardView = {
  cardNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: "male" | "female";
  address: string;
  facilityCode: string;
  facilityName: string;
  validFrom: string;
  validTo: string | null;
  fiveYearsFrom: string | null;
  issuedOn: string;
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

export type MedicalVisitView = {
  id: string;
  type: "outpatient" | "inpatient";
  admittedOn: Date;
  dischargedOn: Date;
  icd10Code: string;
  diagnosis: string;
  totalCost: bigint;
  paidByInsurance: bigint;
  paidByPatient: bigint;
  facilityName: string;
};
