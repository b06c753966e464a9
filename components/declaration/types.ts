// Shapes shared by the pieces of the declaration wizard (client side) and the pages that feed it.
import type { Messages } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import type { IdType, Sex } from "@/lib/domain/identifiers";

/** The declaration strings of the visitor's language, passed down from the server component. */
export type DeclarationStrings = Messages<"declaration">;
/** The messages of the shared zod schemas ("validation.<key>"). */
export type ValidationStrings = Messages<"validation">;

export type Option = { value: string; label: string };

/** A province or commune as the selects show it. */
export type UnitOption = { code: string; name: string };

/** A BHXH office as the office select shows it. */
export type OfficeOption = { code: string; name: string; address: string; phone: string | null; coversCommune: boolean };

export type Declarant = "" | "individual" | "organisation";

/**
 * What the wizard's form holds: the raw text the person typed (the schemas normalise it when they parse),
 * plus fields of the wizard only (declarant, idIssuePlaceOther, officeProvinceCode) that the schemas ignore.
 */
export type WizardValues = {
  declarant: Declarant;
  fullName: string;
  dateOfBirth: string;
  sex: "" | Sex;
  nationality: string;
  bhxhCode: string;
  idType: "" | IdType;
  idNumber: string;
  idIssueDate: string;
  idIssuePlace: string;
  /** "Khác" chosen among a CCCD's issuing authorities: the place is typed (wizard only; the schemas ignore it). */
  idIssuePlaceOther: boolean;
  address: { provinceCode: string; communeCode: string; street: string };
  phone: string;
  email: string;
  emailCopy: boolean;
  officeProvinceCode: string;
  officeCode: string;
  commitment: boolean;
  /** Consent to the processing of personal data, asked on the review page. */
  dataProcessingConsent: boolean;
};

export const EMPTY_VALUES: WizardValues = {
  declarant: "individual",
  fullName: "",
  dateOfBirth: "",
  sex: "",
  nationality: "VN",
  bhxhCode: "",
  idType: "",
  idNumber: "",
  idIssueDate: "",
  idIssuePlace: "",
  idIssuePlaceOther: false,
  address: { provinceCode: "", communeCode: "", street: "" },
  phone: "",
  email: "",
  emailCopy: false,
  officeProvinceCode: "",
  officeCode: "",
  commitment: false,
  dataProcessingConsent: false,
};

export { PHOTO_KINDS, type PhotoKind } from "@/lib/domain/photo-rules";

/** A photo ready to upload: usually downscaled and re-encoded as JPEG in the browser. */
export type Photo = {
  blob: Blob;
  /** The name of the file the person chose (shown back to them, never trusted by the server). */
  name: string;
  width: number;
  height: number;
  /** False when the browser could not decode it and the original file is sent for the server to judge. */
  reencoded: boolean;
  /** A portrait taken wider than tall (the phone held sideways): cropped to 3:4, and the person is warned. */
  landscape?: boolean;
};

/** Correcting a rejected declaration (/dang-ky?sua=REF) rather than making a new one. */
export type CorrectionMode = { reference: string; reason: string | null };

/** What the /dang-ky page gives the wizard. */
export type DeclarationWizardProps = {
  locale: Locale;
  t: DeclarationStrings;
  v: ValidationStrings;
  provinces: UnitOption[];
  nationalities: Option[];
  bhxhLookupUrl: string;
  /** Correcting a rejected declaration: its reference, the reason, and its current values. */
  correction: (CorrectionMode & { values: WizardValues }) | null;
  /** The strings of filling from the CCCD and BHYT QR codes (components/qr); without them, no QR buttons. */
  qr?: Messages<"qr">;
  /** Prefilled from VNeID (the counter road after a VNeID sign-in): the values, and what to tell the person. */
  vneid?: VneidPrefillMode | null;
};

export type VneidPrefillMode = {
  values: Pick<WizardValues, "fullName" | "dateOfBirth" | "sex" | "idType" | "idNumber" | "address" | "phone">;
  title: string;
  /** Why the counter road (level 1, no record, partial match…). */
  reason: string;
  /** "Filled in from VNeID: full name, date of birth…". */
  filled: string;
};

