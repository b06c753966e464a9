// The zod schemas of Tờ khai 01, shared by the wizard in the browser and the server (which re-parses and
// adds its database checks). Every issue message is an i18n key "validation.<key>", never a sentence.
// Photos are validated by the server's upload module, not here.
import { z } from "zod";
import { ageOn, MINIMUM_AGE_YEARS } from "@/lib/domain/deadlines";
import { isIsoDate, isoDateInVietnam } from "@/lib/domain/dates";
import {
  checkIdNumber,
  FULL_NAME_MAX_LENGTH,
  ID_TYPES,
  isBhxhCode,
  isValidFullName,
  normalizeBhxhCodeInput,
  normalizeFullName,
  normalizeIdNumber,
  normalizeVietnameseMobile,
  SEXES,
  type IdProblem,
  type IdType,
  type Sex,
} from "@/lib/domain/identifiers";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { freeTextRules, prepareFreeText } from "./free-text";

/** Every message key these schemas can produce (all present in lib/i18n/messages/validation.ts). */
export const DECLARATION_MESSAGE_KEYS = {
  invalidValue: "validation.invalidValue",
  fullNameRequired: "validation.fullNameRequired",
  fullNameTooLong: "validation.fullNameTooLong",
  fullNameInvalid: "validation.fullNameInvalid",
  dateOfBirthRequired: "validation.dateOfBirthRequired",
  dateOfBirthInvalid: "validation.dateOfBirthInvalid",
  dateOfBirthInFuture: "validation.dateOfBirthInFuture",
  dateOfBirthTooOld: "validation.dateOfBirthTooOld",
  dateOfBirthTooYoung: "validation.dateOfBirthTooYoung",
  sexRequired: "validation.sexRequired",
  nationalityInvalid: "validation.nationalityInvalid",
  bhxhCodeRequired: "validation.bhxhCodeRequired",
  bhxhCodeInvalid: "validation.bhxhCodeInvalid",
  idTypeRequired: "validation.idTypeRequired",
  idTypeRequiresVietnamese: "validation.idTypeRequiresVietnamese",
  idNumberRequired: "validation.idNumberRequired",
  cccdFormat: "validation.cccdFormat",
  cccdProvince: "validation.cccdProvince",
  cccdCentury: "validation.cccdCentury",
  cccdBirthYear: "validation.cccdBirthYear",
  cccdSex: "validation.cccdSex",
  cmndFormat: "validation.cmndFormat",
  passportFormat: "validation.passportFormat",
  idIssueDateRequired: "validation.idIssueDateRequired",
  idIssueDateInvalid: "validation.idIssueDateInvalid",
  idIssueDateInFuture: "validation.idIssueDateInFuture",
  idIssueDateBeforeBirth: "validation.idIssueDateBeforeBirth",
  idIssuePlaceRequired: "validation.idIssuePlaceRequired",
  idIssuePlaceTooLong: "validation.idIssuePlaceTooLong",
  addressRequired: "validation.addressRequired",
  provinceRequired: "validation.provinceRequired",
  provinceInvalid: "validation.provinceInvalid",
  communeRequired: "validation.communeRequired",
  communeInvalid: "validation.communeInvalid",
  streetRequired: "validation.streetRequired",
  streetTooLong: "validation.streetTooLong",
  phoneRequired: "validation.phoneRequired",
  phoneInvalid: "validation.phoneInvalid",
  emailInvalid: "validation.emailInvalid",
  emailRequiredForCopy: "validation.emailRequiredForCopy",
  officeRequired: "validation.officeRequired",
  commitmentRequired: "validation.commitmentRequired",
  dataProcessingConsentRequired: "validation.dataProcessingConsentRequired",
  referenceCodeRequired: "validation.referenceCodeRequired",
  referenceCodeInvalid: "validation.referenceCodeInvalid",
  textInvalidCharacters: "validation.textInvalidCharacters",
  textTooManyMarks: "validation.textTooManyMarks",
  textEmoji: "validation.textEmoji",
  textUnsupportedCharacter: "validation.textUnsupportedCharacter",
} as const;
const M = DECLARATION_MESSAGE_KEYS;

const ID_PROBLEM_KEYS: Record<IdType, Partial<Record<IdProblem, string>>> = {
  cccd: { format: M.cccdFormat, province: M.cccdProvince, century: M.cccdCentury, birthYear: M.cccdBirthYear, sex: M.cccdSex },
  cmnd: { format: M.cmndFormat },
  passport: { format: M.passportFormat },
};

/** The message key for a problem found by checkIdNumber. */
export function idProblemMessageKey(idType: IdType, problem: IdProblem): string {
  return ID_PROBLEM_KEYS[idType][problem] ?? M.invalidValue;
}

/** ISO 3166-1 alpha-2, upper case. */
const NATIONALITY = /^[A-Z]{2}$/;

/** The earliest birth year accepted (CCCD numbers encode the 1900s onwards). */
const EARLIEST_DATE_OF_BIRTH = "1900-01-01";

// Cross-field rules must run even when a field failed, so the person sees every problem at once
// (by default zod skips object refinements after a type error in any field); they read the value defensively.
const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

// ---------------------------------------------------------------------------------------------
// Field builders

/** A rule on a non-empty text, and the message key when it fails. */
type Rule = readonly [ok: (value: string) => boolean, messageKey: string];

/**
 * A required text, first cleaned by `prepare` (trim by default). "" is reported as missing;
 * otherwise only the first failing rule is reported: one issue per field. (Not zod's own min/regex
 * checks: those would pile up several issues, and `abort: true` would also silence the cross-field rules.)
 */
function requiredText(requiredKey: string, rules: readonly Rule[] = [], prepare: (s: string) => string = (s) => s.trim()) {
  return z
    .string({ error: requiredKey })
    .overwrite(prepare)
    .superRefine((value, ctx) => {
      const failed = value === "" ? requiredKey : rules.find(([ok]) => !ok(value))?.[1];
      if (failed !== undefined) ctx.addIssue({ code: "custom", message: failed });
    });
}

const maxLength = (max: number, messageKey: string): Rule => [(v) => [...v].length <= max, messageKey];
const pattern = (re: RegExp, messageKey: string): Rule => [(v) => re.test(v), messageKey];

/** A calendar date as "YYYY-MM-DD" (what <input type="date"> gives). */
function calendarDate(requiredKey: string, invalidKey: string) {
  return requiredText(requiredKey, [[isIsoDate, invalidKey]]);
}

// ---------------------------------------------------------------------------------------------
// Fields of each wizard step

/** "Về bạn": who the person is. */
export const aboutFields = {
  fullName: requiredText(
    M.fullNameRequired,
    [...freeTextRules, maxLength(FULL_NAME_MAX_LENGTH, M.fullNameTooLong), [isValidFullName, M.fullNameInvalid]],
    prepareFreeText(normalizeFullName),
  ),
  dateOfBirth: calendarDate(M.dateOfBirthRequired, M.dateOfBirthInvalid),
  sex: z.enum(SEXES, { error: M.sexRequired }),
  /** ISO 3166-1 alpha-2. */
  nationality: z
    .string({ error: M.nationalityInvalid })
    .trim()
    .toUpperCase()
    .regex(NATIONALITY, { error: M.nationalityInvalid })
    .default("VN"),
  /** 10 digits, or a 15-character BHYT card number whose last 10 are kept (normalizeBhxhCodeInput). */
  bhxhCode: requiredText(M.bhxhCodeRequired, [[isBhxhCode, M.bhxhCodeInvalid]], normalizeBhxhCodeInput),
};

/** "Giấy tờ tùy thân": the identity document. */
export const identityFields = {
  idType: z.enum(ID_TYPES, { error: M.idTypeRequired }),
  /** Stored without spaces, dots or dashes, upper-cased (passports); its format is checked against idType by refineIdentity. */
  idNumber: requiredText(M.idNumberRequired, [], normalizeIdNumber),
  idIssueDate: calendarDate(M.idIssueDateRequired, M.idIssueDateInvalid),
  idIssuePlace: requiredText(M.idIssuePlaceRequired, [...freeTextRules, maxLength(200, M.idIssuePlaceTooLong)], prepareFreeText()),
};

export const personalFields = { ...aboutFields, ...identityFields };

export const contactFields = {
  address: z.object(
    {
      /** Province code after the 2025 reform (34 provinces); that it exists is checked by the server. */
      provinceCode: requiredText(M.provinceRequired, [pattern(/^\d{2}$/, M.provinceInvalid)]),
      /** Commune code; that it exists and belongs to the province is checked by the server. */
      communeCode: requiredText(M.communeRequired, [pattern(/^\d{5}$/, M.communeInvalid)]),
      street: requiredText(M.streetRequired, [...freeTextRules, maxLength(200, M.streetTooLong)], prepareFreeText()),
    },
    { error: M.addressRequired },
  ),
  /** Typed as 0…, +84… or 84… with any spacing; parsed to E.164 (+84912345678). */
  phone: requiredText(M.phoneRequired, [[(v) => normalizeVietnameseMobile(v) !== null, M.phoneInvalid]]).overwrite(
    (v) => normalizeVietnameseMobile(v) ?? v,
  ),
  /** Optional: "" and null mean none (undefined). */
  email: z
    .string({ error: M.emailInvalid })
    .trim()
    .nullish()
    .transform((v) => v || undefined)
    .pipe(z.email({ error: M.emailInvalid }).max(254, { error: M.emailInvalid }).optional()),
  /** "Gửi email tờ khai": needs an email address (see refineContact). */
  emailCopy: z.boolean({ error: M.invalidValue }).default(false),
};

export const officeFields = {
  officeCode: requiredText(M.officeRequired, [maxLength(50, M.invalidValue)]),
  commitment: z.literal(true, { error: M.commitmentRequired }),
};

/**
 * Explicit consent to the processing of personal data (Law 91/2025/QH15, Decree 13/2023/NĐ-CP), asked on
 * the review page beside the send button: required by the whole declaration, not by any one step.
 */
export const consentFields = {
  dataProcessingConsent: z.literal(true, { error: M.dataProcessingConsentRequired }),
};

// ---------------------------------------------------------------------------------------------
// Cross-field rules, written once and used by the step schemas and the full schema

type IssueSink = Pick<z.RefinementCtx, "addIssue">;

function report(ctx: IssueSink, path: PropertyKey[], message: string) {
  ctx.addIssue({ code: "custom", message, path });
}

function validDate(v: unknown): string | undefined {
  return typeof v === "string" && isIsoDate(v) ? v : undefined;
}

function oneOf<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
}

/**
 * The identity rules that span fields or depend on today (Vietnam time): date of birth in the past,
 * from 1900, age ≥ 15; issue date not in the future nor before birth; CCCD/CMND only for Vietnamese
 * nationals; the ID number valid for its type and, for a CCCD, agreeing with date of birth and sex.
 * One issue per field, on that field's path.
 */
export function refineIdentity(value: Record<string, unknown>, ctx: IssueSink, now: Date = new Date()): void {
  const today = isoDateInVietnam(now);

  // A date of birth that cannot be right (in the future, before 1900) is reported once, on its own field,
  // and not used to judge the other fields.
  let dateOfBirth = validDate(value.dateOfBirth);
  if (dateOfBirth !== undefined) {
    if (dateOfBirth > today) {
      report(ctx, ["dateOfBirth"], M.dateOfBirthInFuture);
      dateOfBirth = undefined;
    } else if (dateOfBirth < EARLIEST_DATE_OF_BIRTH) {
      report(ctx, ["dateOfBirth"], M.dateOfBirthTooOld);
      dateOfBirth = undefined;
    } else if (ageOn(dateOfBirth, now) < MINIMUM_AGE_YEARS) {
      report(ctx, ["dateOfBirth"], M.dateOfBirthTooYoung);
    }
  }

  const idIssueDate = validDate(value.idIssueDate);
  if (idIssueDate !== undefined) {
    if (idIssueDate > today) report(ctx, ["idIssueDate"], M.idIssueDateInFuture);
    else if (dateOfBirth !== undefined && idIssueDate < dateOfBirth) report(ctx, ["idIssueDate"], M.idIssueDateBeforeBirth);
  }

  const idType = oneOf(ID_TYPES, value.idType);
  const nationality = value.nationality;
  if ((idType === "cccd" || idType === "cmnd") && typeof nationality === "string" && NATIONALITY.test(nationality) && nationality !== "VN") {
    report(ctx, ["idType"], M.idTypeRequiresVietnamese);
  }

  const idNumber = value.idNumber;
  if (idType !== undefined && typeof idNumber === "string" && idNumber !== "") {
    const sex: Sex | undefined = oneOf(SEXES, value.sex);
    const [problem] = checkIdNumber(idType, idNumber, { dateOfBirth, sex });
    if (problem !== undefined) report(ctx, ["idNumber"], idProblemMessageKey(idType, problem));
  }
}

/** "Email me the declaration" needs an address: reported on the email field, where the fix is. */
export function refineContact(value: Record<string, unknown>, ctx: IssueSink): void {
  if (value.emailCopy === true && (value.email === undefined || value.email === null || value.email === "")) {
    report(ctx, ["email"], M.emailRequiredForCopy);
  }
}

// ---------------------------------------------------------------------------------------------
// Schemas

/** The wizard's "Về bạn" step: the identity rules that need only these fields (the date of birth's) run here too. */
export const ZAboutStepSchema = z
  .object(aboutFields, { error: M.invalidValue })
  .superRefine((value, ctx) => refineIdentity(value, ctx), ALWAYS);

/** Personal details and the identity document: the wizard's "Giấy tờ tùy thân" step checks them together (the CCCD against the date of birth). */
export const ZPersonalStepSchema = z
  .object(personalFields, { error: M.invalidValue })
  .superRefine((value, ctx) => refineIdentity(value, ctx), ALWAYS);

export const ZContactStepSchema = z
  .object(contactFields, { error: M.invalidValue })
  .superRefine((value, ctx) => refineContact(value, ctx), ALWAYS);

export const ZOfficeStepSchema = z.object(officeFields, { error: M.invalidValue });

/** The whole declaration: the public API's JSON body (camelCase) and the wizard's final submit. */
export const ZDeclarationInputSchema = z
  .object({ ...personalFields, ...contactFields, ...officeFields, ...consentFields }, { error: M.invalidValue })
  .superRefine((value, ctx) => refineIdentity(value, ctx), ALWAYS)
  .superRefine((value, ctx) => refineContact(value, ctx), ALWAYS);

export type DeclarationInput = z.output<typeof ZDeclarationInputSchema>;

const { phone: _phone, ...contactFieldsWithoutPhone } = contactFields;

/**
 * An assisted declaration for a person who has no mobile phone (decision 0021): the whole declaration
 * without the phone, and `noPhone: true` said explicitly. Accepted only from an officer at the counter
 * (submitDeclaration with `assisted`), never online; a phone sent with it is ignored.
 */
export const ZNoPhoneDeclarationInputSchema = z
  .object(
    { ...personalFields, ...contactFieldsWithoutPhone, noPhone: z.literal(true, { error: M.invalidValue }), ...officeFields, ...consentFields },
    { error: M.invalidValue },
  )
  .superRefine((value, ctx) => refineIdentity(value, ctx), ALWAYS)
  .superRefine((value, ctx) => refineContact(value, ctx), ALWAYS);

/** A declaration as written: sent online (a confirmed phone), or keyed in at the counter without one (phone null). */
export type KeyedDeclarationInput = Omit<DeclarationInput, "phone"> & { phone: string | null };
export type DeclarationFormValues = z.input<typeof ZDeclarationInputSchema>;
export type PersonalStepValues = z.input<typeof ZPersonalStepSchema>;
export type ContactStepValues = z.input<typeof ZContactStepSchema>;
export type OfficeStepValues = z.input<typeof ZOfficeStepSchema>;

/** A reference code as typed ("tk7kq4m9xd"), parsed to its canonical form "TK-7KQ4-M9XD". */
export const ZReferenceCodeSchema = requiredText(M.referenceCodeRequired, [
  [(v) => normalizeReferenceInput(v) !== null, M.referenceCodeInvalid],
]).overwrite((v) => normalizeReferenceInput(v) ?? v);
