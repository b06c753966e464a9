// The zod schemas of the back office's forms (sign-in, decisions, admin), shared by the browser
// forms and the server actions. Issue messages are i18n keys "officer.<key>", never sentences.
import { z } from "zod";
import { DECLARATION_STATUSES, REJECTION_REASON_CODES } from "@/lib/domain/declaration-status";
import { isIsoDate } from "@/lib/domain/dates";
import type { ApprovalCheck } from "@/lib/domain/decision-blockers";
import { MATCH_FIELDS } from "@/lib/domain/participant-match";

export const REJECTION_NOTE_MAX_LENGTH = 500;
export const STAFF_ROLES = ["officer", "supervisor", "admin"] as const;

const text = (requiredKey: string, max: number, tooLongKey = "officer.errorTooLong") =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(max, { error: tooLongKey });

/** A checkbox the officer must tick: the browser sends "on" when ticked, nothing otherwise. Parsed to `true`. */
const ticked = (requiredKey: string) => z.literal("on", { error: requiredKey }).transform(() => true as const);

const decisionFields = {
  reference: z.string({ error: "officer.errorStale" }).trim().min(1, { error: "officer.errorStale" }).max(20),
  version: z.coerce.number({ error: "officer.errorStale" }).int().min(1),
};

/** Each counter check (lib/domain/decision-blockers.ts APPROVAL_CHECKS) with the message naming it when not ticked. */
export const APPROVAL_CHECK_REQUIRED_KEYS = {
  originalIdChecked: "officer.checklistOriginalIdRequired",
  declarationSigned: "officer.checklistSignedRequired",
} as const satisfies Record<ApprovalCheck, string>;

/** The form's single statement naming every counter check (issue 11 §2: one tick, then Duyệt): it confirms each of them. */
export const COUNTER_CHECKS_FIELD = "counterChecks";

function expandCounterChecks(value: unknown): unknown {
  if (typeof value !== "object" || value === null || (value as Record<string, unknown>)[COUNTER_CHECKS_FIELD] !== "on") return value;
  const { [COUNTER_CHECKS_FIELD]: _statement, ...rest } = value as Record<string, unknown>;
  return { ...rest, originalIdChecked: "on", declarationSigned: "on" };
}

export const ZApproveFormSchema = z.preprocess(
  expandCounterChecks,
  z.object({
    ...decisionFields,
    originalIdChecked: ticked(APPROVAL_CHECK_REQUIRED_KEYS.originalIdChecked),
    declarationSigned: ticked(APPROVAL_CHECK_REQUIRED_KEYS.declarationSigned),
    /** The differing fields the officer acknowledged (checkboxes named acknowledgedFields); the service checks that none is left out. */
    acknowledgedFields: z.array(z.enum(MATCH_FIELDS)).max(MATCH_FIELDS.length).default([]),
  }),
);

export const ZRejectFormSchema = z
  .object({
    ...decisionFields,
    reasonCode: z.enum(REJECTION_REASON_CODES, { error: "officer.rejectReasonRequired" }),
    note: z.string().trim().max(REJECTION_NOTE_MAX_LENGTH, { error: "officer.rejectNoteTooLong" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.reasonCode === "other" && value.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "officer.rejectNoteRequired" });
  });

/** The queue's URL parameters (Vietnamese names, as people see them in the address bar). Bad values are dropped, not errors. */
export const ZQueueParamsSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  "trang-thai": z.enum([...DECLARATION_STATUSES, "all"]).optional().catch(undefined),
  tu: z.string().refine(isIsoDate).optional().catch(undefined),
  den: z.string().refine(isIsoDate).optional().catch(undefined),
  sau: z.string().max(200).optional().catch(undefined),
  "co-quan": z.string().regex(/^\d{4}$/).optional().catch(undefined),
});

export const ZStaffSignInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, { error: "officer.signInUsernameRequired" }).max(64, { error: "officer.signInFailed" }),
  password: z.string().min(1, { error: "officer.signInPasswordRequired" }).max(256, { error: "officer.signInFailed" }),
});

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "officer.currentPasswordRequired" }).max(256),
    newPassword: z.string().min(1, { error: "officer.newPasswordRequired" }).max(256, { error: "officer.passwordProblem_tooLong" }),
    confirmPassword: z.string().max(256),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "officer.confirmPasswordMismatch" });
  });

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

// What creating and editing a staff user share: the name, the role and the office (required but for an admin).
const staffUserFields = {
  fullName: text("officer.staffFullNameRequired", 100),
  role: z.enum(STAFF_ROLES, { error: "officer.staffRoleRequired" }),
  officeCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
};

function requireOfficeUnlessAdmin(value: { role: string; officeCode: string | null }, ctx: z.RefinementCtx): void {
  if (value.role !== "admin" && !value.officeCode) ctx.addIssue({ code: "custom", path: ["officeCode"], message: "officer.staffOfficeRequired" });
}

export const ZStaffUserFormSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, { error: "officer.staffUsernameInvalid" }),
    ...staffUserFields,
  })
  .superRefine(requireOfficeUnlessAdmin);

/** Editing a user: the user name never changes (it is in the audit trail). */
export const ZStaffUserUpdateSchema = z.object(staffUserFields).superRefine(requireOfficeUnlessAdmin);

export const ZOfficeFormSchema = z.object({
  name: text("officer.officeNameRequired", 200),
  address: text("officer.officeAddressRequired", 300),
  phone: z.string().trim().max(30, { error: "officer.errorTooLong" }).default(""),
  communeCodes: z.array(z.string().regex(/^\d{5}$/)).max(500).default([]),
});

/** The first message key of each field, from a failed parse: what the form shows next to it. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message.startsWith("officer.") ? issue.message : "officer.errorInvalid";
  }
  return errors;
}
