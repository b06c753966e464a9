// The data printed on Tờ khai 01: plain values, already looked up (office and place names), so the renderer needs no database.

export type DeclarationPdfSex = "male" | "female";
export type DeclarationPdfIdType = "cccd" | "cmnd" | "passport";

export type DeclarationPdfData = {
  reference: string;
  /** The receiving office's label, printed after "Kính gửi:". */
  officeName: string;
  fullName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: DeclarationPdfSex;
  /** Printed as given ("Việt Nam"); the code "VN" is printed as "Việt Nam". */
  nationality: string;
  bhxhCode: string;
  idType: DeclarationPdfIdType;
  idNumber: string;
  /** YYYY-MM-DD. */
  idIssueDate: string;
  idIssuePlace: string;
  address: { street: string; communeName: string; provinceName: string };
  /** E.164 (+84…); printed in the national form (0…). */
  /** Null for a declaration keyed in without a phone (decision 0021): the line keeps its dotted blank. */
  phone: string | null;
  email?: string | null;
  emailCopy: boolean;
  submittedAt: Date;
  /** The last day to bring the signed form to the office, printed as a date in Vietnam time. */
  expiresAt: Date;
  /** The 3x4 portrait, a JPEG; an empty labelled frame is printed without it. */
  portrait?: { bytes: Uint8Array; mediaType: "image/jpeg" } | null;
  /** Where the declarant signs ("Thành phố Hạ Long"); a dotted blank without it. */
  placeName?: string | null;
};
