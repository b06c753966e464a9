// The public API's answers (/api/v1) as zod schemas: the server's body types, the browser client's types
// and the OpenAPI document's components (lib/server/api/openapi.ts, via z.toJSONSchema) all come from
// here, so the three cannot drift apart. Requests are parsed with the schemas beside them
// (ZDeclarationInputSchema, the phone-verification and look-up schemas).
import { z } from "zod";
import { DECLARATION_STATUSES, REJECTION_REASON_CODES } from "@/lib/domain/declaration-status";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";

/** An ISO 8601 instant as Date.toISOString() writes it. */
const instant = () => z.string().meta({ format: "date-time" });

export const ZOfficeSummarySchema = z
  .object({ code: z.string(), name: z.string(), address: z.string() })
  .meta({ description: "The office that receives the declaration." });

export const ZDeclarationCreatedSchema = z
  .object({
    reference: z.string().meta({ description: "Mã hồ sơ.", examples: ["TK-7KQ4-M9XD"] }),
    status: z.literal("submitted"),
    version: z.int().min(1),
    submittedAt: instant(),
    expiresAt: instant().meta({ description: `The deadline to appear at the office, inclusive: the end (23:59:59.999 +07:00) of the ${SUBMISSION_WINDOW_DAYS}th day after the day of submittedAt in Vietnam.` }),
    office: ZOfficeSummarySchema,
    accessToken: z.string().meta({ description: "Bearer token for this declaration's status and PDF. Keep it: it is not shown again." }),
  })
  .meta({ description: "What the declarer needs next (201 on a first send, 200 on a correction)." });
export type DeclarationCreatedBody = z.infer<typeof ZDeclarationCreatedSchema>;

export const ZDeclarationStatusSchema = z
  .object({
    reference: z.string(),
    status: z.enum(DECLARATION_STATUSES),
    version: z.int().min(1),
    submittedAt: instant(),
    expiresAt: instant(),
    office: ZOfficeSummarySchema,
    decidedAt: instant().nullable(),
    rejectionReason: z.string().nullable().meta({ description: "The reason's label, then the officer's note after \": \"." }),
    rejectionReasonCode: z.enum(REJECTION_REASON_CODES).nullable(),
  })

export type DeclarationStatusBody = z.infer<typeof ZDeclarationStatusSchema>;

export const ZFieldProblemSchema = z.object({
  path: z.string().meta({ examples: ["idNumber", "address.communeCode", "portrait"] }),
  message: z.string().meta({ examples: ["Chữ số thứ 4 của số CCCD không khớp với giới tính bạn đã chọn. Kiểm tra lại số CCCD và giới tính"] }),
  code: z.string().meta({ examples: ["cccdSex"] }),
});
export type FieldProblem = z.infer<typeof ZFieldProblemSchema>;

export const ZValidationErrorsSchema = z.object({ errors: z.array(ZFieldProblemSchema).min(1) });

export const ZNextActionSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("lookUp"), url: z.string() }),
    z.object({ kind: z.literal("signIn"), url: z.string(), forgotPasswordUrl: z.string() }),
  ])
  .meta({ description: "409 to the holder of the record's confirmed phone: what to do instead of declaring again." });

export const ZProblemSchema = z
  .object({
    code: z.string().meta({ description: "Stable, for programs." }),
    message: z.string().meta({ description: "For people, in the answer's language." }),
    path: z.string().optional().meta({ description: "The photo part concerned (413, 415)." }),
    existingReference: z.string().optional(),
    maskedPhone: z.string().optional().meta({ examples: ["*******678"] }),
    links: z.object({ signIn: z.string(), forgotPassword: z.string() }).optional(),
    nextAction: ZNextActionSchema.optional(),
    retryAfterSeconds: z.int().optional(),
  })

export type ProblemBody = z.infer<typeof ZProblemSchema>;

export const ZOfficeSchema = z
  .object({
    code: z.string().meta({ examples: ["0101"] }),
    name: z.string().meta({ examples: ["BHXH TP. Hà Nội – BHXH cơ sở Ba Đình"] }),
    address: z.string(),
    phone: z.string().nullable(),
    provinceCode: z.string(),
    coversCommune: z.boolean(),
  })


export const ZAdministrativeUnitSchema = z
  .object({
    code: z.string(),
    name: z.string().meta({ examples: ["Hà Nội"] }),
    nameEn: z.string(),
    fullName: z.string().meta({ examples: ["Thành phố Hà Nội"] }),
    fullNameEn: z.string(),
  })


/** The answers the OpenAPI document lists under components.schemas, by name. */
export const API_RESPONSE_SCHEMAS = {
  DeclarationCreated: ZDeclarationCreatedSchema,
  DeclarationStatus: ZDeclarationStatusSchema,
  OfficeSummary: ZOfficeSummarySchema,
  Office: ZOfficeSchema,
  AdministrativeUnit: ZAdministrativeUnitSchema,
  Problem: ZProblemSchema,
  ValidationErrors: ZValidationErrorsSchema,
} as const;
