// Request and response shapes of the public registry look-ups: medical facilities (/tra-cuu/co-so-kcb,
// GET /api/v1/lookups/medical-facilities) and employers (/tra-cuu/don-vi, GET /api/v1/lookups/employers).
// The pages and the route handlers parse the same query strings with them; the OpenAPI document is
// generated from them. Issue messages are i18n keys, never sentences.
import { z } from "zod";
import {
  decodeRegistryCursor,
  EMPLOYER_PARTICIPATION_STATUSES,
  looksLikeTaxCode,
  normalizeTaxCode,
  REGISTRY_CURSOR_MAX_LENGTH,
  REGISTRY_NAME_MAX_LENGTH,
  REGISTRY_NAME_MIN_LENGTH,
  registryNameWords,
  type RegistryCursor,
} from "@/lib/domain/registry-search";

export const REGISTRY_MESSAGE_KEYS = {
  provinceRequired: "validation.provinceRequired",
  provinceInvalid: "validation.provinceInvalid",
  nameTooShort: "registries.nameTooShort",
  nameTooLong: "registries.nameTooLong",
  levelInvalid: "registries.levelInvalid",
  flagInvalid: "registries.flagInvalid",
  taxCodeInvalid: "registries.taxCodeInvalid",
  employerQueryRequired: "registries.employerQueryRequired",
  cursorInvalid: "lookups.pageInvalid",
} as const;
const M = REGISTRY_MESSAGE_KEYS;
/** The numbers the messages above quote ({min}, {max}). */
export const REGISTRY_MESSAGE_PARAMS = { min: REGISTRY_NAME_MIN_LENGTH, max: REGISTRY_NAME_MAX_LENGTH } as const;

export const FACILITY_LEVELS = ["primary", "basic", "specialized"] as const;

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "") || v === null ? undefined : v;

const requiredProvince = z
  .string({ error: M.provinceRequired })
  .trim()
  .superRefine((value, ctx) => {
    if (!/^\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: value === "" ? M.provinceRequired : M.provinceInvalid });
  });
const optionalProvince = z.preprocess(emptyAsUndefined, z.string().trim().regex(/^\d{2}$/, { error: M.provinceInvalid }).optional());

/** A name typed with or without diacritics → the words searched for; at least 3 letters or digits. */
const nameWords = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .max(REGISTRY_NAME_MAX_LENGTH, { error: M.nameTooLong })
    .transform((value, ctx) => {
      const words = registryNameWords(value);
      if (!words) ctx.addIssue({ code: "custom", message: M.nameTooShort });
      return words ?? [];
    })
    .optional(),
);

/** "1"/"true" → only those that do; "0"/"false" → only those that do not; empty → either. */
const flag = z.preprocess(
  emptyAsUndefined,
  z
    .enum(["1", "0", "true", "false"], { error: M.flagInvalid })
    .transform((v) => v === "1" || v === "true")
    .optional(),
);

/** The opaque `cursor` of the previous page's `nextCursor`. */
const cursor = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .max(REGISTRY_CURSOR_MAX_LENGTH, { error: M.cursorInvalid })
    .transform((value, ctx): RegistryCursor => {
      const decoded = decodeRegistryCursor(value);
      if (!decoded) {
        ctx.addIssue({ code: "custom", message: M.cursorInvalid });
        return z.NEVER;
      }
      return decoded;
    })
    .optional(),
);

// ---------------------------------------------------------------------------------------------
// Medical facilities

export const ZFacilitiesLookupQuerySchema = z.object({
  provinceCode: requiredProvince,
  /** Words of the facility's name, with or without diacritics. */
  name: nameWords,
  level: z.preprocess(emptyAsUndefined, z.enum(FACILITY_LEVELS, { error: M.levelInvalid }).optional()),
  /** Has a contract to treat BHYT card holders (ký hợp đồng KCB BHYT). */
  bhytContracted: flag,
  /** May issue certificates of leave for social-insurance benefits (cấp giấy chứng nhận nghỉ việc hưởng BHXH). */
  issuesSickLeave: flag,
  cursor,
});
export type FacilitiesLookupQuery = z.output<typeof ZFacilitiesLookupQuerySchema>;

export const ZFacilityLookupItemSchema = z.object({
  /** Mã cơ sở KCB (5 digits). */
  code: z.string(),
  name: z.string(),
  address: z.string(),
  level: z.enum(FACILITY_LEVELS),
  provinceCode: z.string(),
  bhytContracted: z.boolean(),
  issuesSickLeave: z.boolean(),
});
export type FacilityLookupItem = z.output<typeof ZFacilityLookupItemSchema>;

export const ZFacilitiesLookupResponseSchema = z.object({
  facilities: z.array(ZFacilityLookupItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type FacilitiesLookupResponse = z.output<typeof ZFacilitiesLookupResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Employers

export const ZEmployersLookupQuerySchema = z
  .object({
    /** A tax code (mã số thuế, exact) or words of the employer's name, with or without diacritics. */
    q: z.preprocess(emptyAsUndefined, z.string({ error: M.employerQueryRequired }).max(REGISTRY_NAME_MAX_LENGTH, { error: M.nameTooLong })),
    provinceCode: optionalProvince,
    cursor,
  })
  .transform((query, ctx) => {
    const base = { provinceCode: query.provinceCode, cursor: query.cursor };
    if (looksLikeTaxCode(query.q)) {
      const taxCode = normalizeTaxCode(query.q);
      if (taxCode) return { ...base, taxCode };
      ctx.addIssue({ code: "custom", path: ["q"], message: M.taxCodeInvalid });
      return z.NEVER;
    }
    const words = registryNameWords(query.q);
    if (words) return { ...base, nameWords: words };
    ctx.addIssue({ code: "custom", path: ["q"], message: M.nameTooShort });
    return z.NEVER;
  });
export type EmployersLookupQuery = z.output<typeof ZEmployersLookupQuerySchema>;

export const ZEmployerLookupItemSchema = z.object({
  /** Mã đơn vị. */
  code: z.string(),
  /** Mã số thuế; null when the registry has none. */
  taxCode: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  provinceCode: z.string(),
  /** Derived from the employer's participation periods; nothing about any worker. */
  participationStatus: z.enum(EMPLOYER_PARTICIPATION_STATUSES),
});
export type EmployerLookupItem = z.output<typeof ZEmployerLookupItemSchema>;

export const ZEmployersLookupResponseSchema = z.object({
  employers: z.array(ZEmployerLookupItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type EmployersLookupResponse = z.output<typeof ZEmployersLookupResponseSchema>;
