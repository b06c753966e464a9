// Request and response shapes of the public look-ups (/tra-cuu/ma-so-bhxh, /tra-cuu/co-quan-bhxh and
// /api/v1/lookups/...): parsed by the pages' actions and the route handlers, and described in the OpenAPI
// document from the same schemas. Issue messages are i18n keys, never sentences.
import { z } from "zod";
import { isIsoDate, isoDateInVietnam } from "@/lib/domain/dates";
import { normalizeIdNumber } from "@/lib/domain/identifiers";
import { personalFields } from "./declaration";

export const LOOKUP_MESSAGE_KEYS = {
  dateOfBirthInFuture: "validation.dateOfBirthInFuture",
  dateOfBirthTooOld: "validation.dateOfBirthTooOld",
  provinceRequired: "validation.provinceRequired",
  provinceInvalid: "validation.provinceInvalid",
  communeInvalid: "validation.communeInvalid",
  idNumberInvalid: "lookups.idNumberInvalid",
  pageInvalid: "lookups.pageInvalid",
} as const;
const M = LOOKUP_MESSAGE_KEYS;

const EARLIEST_DATE_OF_BIRTH = "1900-01-01";

/** One issue per field: "required" for an empty value, else "invalid". */
const provinceCode = z
  .string({ error: M.provinceRequired })
  .trim()
  .superRefine((value, ctx) => {
    if (!/^\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: value === "" ? M.provinceRequired : M.provinceInvalid });
  });

/** CCCD (12 digits), CMND (9 or 12) or passport (8–9 letters and digits): its exact type does not matter here. */
const ID_NUMBER = /^(\d{9}|\d{12}|[A-Z0-9]{8,9})$/;

export const ZBhxhCodeLookupRequestSchema = z.object({
  /** Họ và tên, with or without diacritics. */
  fullName: personalFields.fullName,
  /** YYYY-MM-DD. */
  dateOfBirth: personalFields.dateOfBirth.superRefine((value, ctx) => {
    if (!isIsoDate(value)) return; // already reported by the field itself
    if (value < EARLIEST_DATE_OF_BIRTH) ctx.addIssue({ code: "custom", message: M.dateOfBirthTooOld });
    else if (value > isoDateInVietnam(new Date())) ctx.addIssue({ code: "custom", message: M.dateOfBirthInFuture });
  }),
  /** The province whose BHXH manages the record (2025 codes). */
  provinceCode,
  /** Optional: needed when several people share the name, the date of birth and the province. "" means none. */
  idNumber: z
    .string({ error: M.idNumberInvalid })
    .nullish()
    .transform((v) => (v ? normalizeIdNumber(v) : ""))
    .pipe(z.union([z.literal(""), z.string().regex(ID_NUMBER, { error: M.idNumberInvalid })]))
    .transform((v) => v || undefined),
});
export type BhxhCodeLookupRequest = z.output<typeof ZBhxhCodeLookupRequestSchema>;

export const BHXH_CODE_LOOKUP_RESULTS = ["found", "needIdNumber", "contactOffice", "notFound"] as const;

export const ZBhxhCodeLookupResponseSchema = z.discriminatedUnion("result", [
  z.object({
    result: z.literal("found"),
    bhxhCode: z.string().regex(/^\d{10}$/),
    /** "N***** T** N*** H****". */
    maskedName: z.string(),
    message: z.string(),
  }),
  z.object({ result: z.literal("needIdNumber"), message: z.string() }),
  z.object({ result: z.literal("contactOffice"), message: z.string() }),
  z.object({ result: z.literal("notFound"), message: z.string() }),
]);
export type BhxhCodeLookupResponse = z.output<typeof ZBhxhCodeLookupResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Offices

const emptyAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZOfficesLookupQuerySchema = z.object({
  provinceCode,
  /** Only the offices serving this commune. */
  communeCode: z.preprocess(emptyAsUndefined, z.string().trim().regex(/^\d{5}$/, { error: M.communeInvalid }).optional()),
  /** Keyset paging: the `nextAfter` of the previous page (an office code). */
  after: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,50}$/, { error: M.pageInvalid }).optional()),
});
export type OfficesLookupQuery = z.output<typeof ZOfficesLookupQuerySchema>;

const ZOpeningHoursSchema = z.object({
  /** ISO weekdays, 1 = Monday. */
  weekdays: z.array(z.number().int().min(1).max(7)),
  sessions: z.array(z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) })),
});

export const ZOfficeLookupItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  /** The province office this one reports to; null for a province office. */
  parentCode: z.string().nullable(),
  address: z.string(),
  phone: z.string().nullable(),
  openingHours: ZOpeningHoursSchema,
  /** The communes whose people this office receives (none for a province office: its BHXH cơ sở do). */
  communes: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
});
export type OfficeLookupItem = z.output<typeof ZOfficeLookupItemSchema>;

export const ZOfficesLookupResponseSchema = z.object({
  offices: z.array(ZOfficeLookupItemSchema),
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: z.string().nullable(),
});
export type OfficesLookupResponse = z.output<typeof ZOfficesLookupResponseSchema>;
