import "server-only";
// The OpenAPI 3.1 description of the public API (/api/v1), served at /api/v1/openapi.json. The
// declaration's JSON schema is generated from the same zod schema the server validates with
// (ZDeclarationInputSchema), then annotated, so the document cannot drift from the rules.
import { z } from "zod";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { ZDeclarationInputSchema } from "@/lib/schemas/declaration";
import { ZPhoneVerificationConfirmSchema, ZPhoneVerificationRequestSchema, ZRecordCheckSchema } from "@/lib/schemas/phone-verification";
import { CONFLICT_CHECKS_PER_ID_NUMBER, PHONE_CODE_LENGTH, phoneVerificationParams, RECIPIENT_CAPS } from "@/lib/domain/phone-verification";
import { RATE_LIMITS } from "../rate-limit";
import { PHOTO_LIMITS } from "../images/process-photo";
import { MAX_DECLARATION_BODY_BYTES } from "./declaration-request";
import { lookupOpenApiPaths, lookupOpenApiSchemas } from "../lookups/openapi-paths";
import { LOCALES } from "@/lib/i18n/config";
import { withdrawOpenApiPaths, withdrawOpenApiSchemas } from "../declarations/withdraw-openapi";
import { API_RESPONSE_SCHEMAS } from "@/lib/schemas/api";

type Json = Record<string, unknown>;

const FIELD_NOTES: Record<string, Json> = {
  fullName: { description: "Họ và tên: letters (with Vietnamese diacritics), spaces, apostrophes and hyphens, 2–100 characters. Stored in NFC with single spaces.", examples: ["Nguyễn Thị Ngọc Hường"] },
  dateOfBirth: { description: "Ngày sinh, YYYY-MM-DD: a real date, from 1900, in the past, age at least 15 (Vietnam time).", format: "date", examples: ["1990-05-12"] },
  sex: { description: "Giới tính. For a CCCD it must agree with digit 4 of the number." },
  nationality: { description: "Quốc tịch, ISO 3166-1 alpha-2. CCCD and CMND are for Vietnamese nationals only.", examples: ["VN"] },
  bhxhCode: { description: "Mã số BHXH: 10 digits (the last 10 characters of the health-insurance card number). Spaces, dots and dashes are ignored.", examples: ["0123456789"] },
  idType: { description: "Loại giấy tờ: cccd (12 digits), cmnd (9 or 12 digits), passport (8–9 letters and digits)." },
  idNumber: {
    description:
      "Số giấy tờ. For a CCCD: digits 1–3 a birth-registration province code, digit 4 century and sex, digits 5–6 the birth year's last two digits; all checked against dateOfBirth and sex.",
    examples: ["001190012345"],
  },
  idIssueDate: { description: "Ngày cấp, YYYY-MM-DD: not in the future, not before the date of birth.", format: "date", examples: ["2021-04-10"] },
  idIssuePlace: { description: "Nơi cấp, at most 200 characters.", examples: ["Cục Cảnh sát quản lý hành chính về trật tự xã hội"] },
  address: { description: "Địa chỉ liên hệ, with the 2025 two-level administrative units (GET /api/v1/administrative-units)." },
  phone: { description: "Điện thoại di động: a Vietnamese mobile (0…, +84… or 84…, 10 digits nationally, prefixes 03/05/07/08/09). Stored as E.164.", examples: ["0912 345 678"] },
  email: { description: "Optional; \"\" and null mean none.", format: "email", examples: ["ten@example.com"] },
  emailCopy: { description: "Gửi email tờ khai: email the declaration (PDF) to `email`, which is then required." },
  officeCode: { description: "Cơ quan BHXH tiếp nhận: an active office (GET /api/v1/offices).", examples: ["0101"] },
  commitment: { description: "Cam kết: must be true." },
  dataProcessingConsent: { description: "Đồng ý xử lý dữ liệu cá nhân (Law 91/2025/QH15, Decree 13/2023/NĐ-CP; the policy at /chinh-sach-bao-ve-du-lieu): must be true." },
};

const ADDRESS_NOTES: Record<string, Json> = {
  provinceCode: { description: "Province code (2 digits).", pattern: "^\\d{2}$", examples: ["01"] },
  communeCode: { description: "Commune code (5 digits), in that province.", pattern: "^\\d{5}$", examples: ["00004"] },
  street: { description: "Số nhà, đường phố, tổ/thôn/xóm/ấp; at most 200 characters.", examples: ["Số 12 ngõ 34 phố Đội Cấn"] },
};

function declarationInputSchema(): Json {
  const { $schema: _schema, ...generated } = z.toJSONSchema(ZDeclarationInputSchema, { io: "input", unrepresentable: "any" }) as Json;
  const properties = generated.properties as Record<string, Json>;
  for (const [name, notes] of Object.entries(FIELD_NOTES)) if (properties[name]) properties[name] = { ...properties[name], ...notes };
  const address = properties.address as { properties: Record<string, Json> };
  for (const [name, notes] of Object.entries(ADDRESS_NOTES)) address.properties[name] = { ...address.properties[name], ...notes };
  properties.phoneVerificationToken = {
    type: "string",
    description: `The verificationToken of POST /api/v1/phone-verifications/confirm for this \`phone\` (valid ${phoneVerificationParams().tokenMinutes} minutes). Required on a first send, and on a correction that changes the phone (the phone on record counts as confirmed: the correction link went to it).`,
  };
  const required = [...((generated.required as string[] | undefined) ?? []), "phoneVerificationToken"];
  return { ...generated, required, description: "The declaration (Tờ khai 01), camelCase. The server re-validates every rule; an invalid field is named in the 422 answer." };
}

/** components.schemas for the answers, generated from lib/schemas/api.ts (the types the server and the browser use). */
function responseSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(API_RESPONSE_SCHEMAS)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, { io: "output", uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      return [name, rest];
    }),
  );
}

/** A JSON request body generated from the zod schema the handler parses with. */
function jsonBody(schema: z.ZodType, description: string) {
  const { $schema: _schema, ...generated } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return { required: true, description, content: { "application/json": { schema: generated } } };
}

const RECORD_ANSWER =
  "An existing record (a declaration waiting for this ID number, or an account for this BHXH code): to anyone but the holder of the record's confirmed phone, one generic answer (`recordExists`) and the details go by SMS to the phone on record " +
  `(at most ${RECIPIENT_CAPS.conflictNoticesPerPhone} such SMS a day); to the holder (a verification token for the record's phone), the details and \`nextAction\` (\`pendingDeclarationExists\` with existingReference, \`accountExists\` with maskedPhone and links).`;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string, codes: string[]) => ({
  description,
  content: { "application/json": { schema: { allOf: [ref("Problem"), { properties: { code: { enum: codes } } }] } } },
});
const validation = (description: string) => ({ description, content: { "application/json": { schema: ref("ValidationErrors") } } });
const PHOTO_TYPES = "image/jpeg, image/png, image/webp, image/heic, image/heif, image/avif";

const LANGUAGE_PARAMETERS = [{ $ref: "#/components/parameters/AcceptLanguage" }, { $ref: "#/components/parameters/XLang" }];

function multipartBody(description: string, required: string[]) {
  const photo = (what: string) => ({
    type: "string",
    contentMediaType: "application/octet-stream",
    description: `${what}. JPEG, PNG, WebP or HEIF/AVIF (HEIC only where the server's image library decodes it), recognised by content, never by name or declared type; at most ${PHOTO_LIMITS.maxInputBytes / 1024 / 1024} MB and ${PHOTO_LIMITS.maxInputPixels / 1_000_000} megapixels. Re-encoded to JPEG without any metadata.`,
  });
  return {
    required: true,
    description,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          required,
          properties: {
            declaration: ref("DeclarationInput"),
            portrait: photo(`Ảnh chân dung 3x4, at least ${PHOTO_LIMITS.minSize.portrait.join("×")} px; stored inside ${PHOTO_LIMITS.outputBox.portrait.join("×")}`),
            idFront: photo(`Ảnh mặt trước giấy tờ (a passport's data page), at least ${PHOTO_LIMITS.minSize.idFront[0]} px on the short side; stored inside ${PHOTO_LIMITS.outputBox.idFront.join("×")}`),
            idBack: photo("Ảnh mặt sau giấy tờ: required except for a passport"),
          },
        },
        encoding: {
          declaration: { contentType: "application/json" },
          portrait: { contentType: PHOTO_TYPES },
          idFront: { contentType: PHOTO_TYPES },
          idBack: { contentType: PHOTO_TYPES },
        },
      },
    },
  };
}

const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "A client-made key (a UUID) sent with every retry of the same request: a repeated key with the same content gets the first answer again (same body, same token), never a duplicate. The same key with other content is refused (422).",
  schema: { type: "string", pattern: "^[A-Za-z0-9_.:-]{8,200}$" },
};

const REFERENCE_PARAMETER = {
  name: "reference",
  in: "path",
  required: true,
  description: "Mã hồ sơ, e.g. TK-7KQ4-M9XD (case, spaces and dashes are ignored; the TK prefix may be omitted).",
  schema: { type: "string", examples: ["TK-7KQ4-M9XD"] },
};

const DECLARER = [{ declarationToken: [] }, { declarationCookie: [] }];

const COMMON_ERRORS = {
  "500": problem("The server failed; nothing was recorded. Retry with the same Idempotency-Key.", ["internalError"]),
  "503": {
    ...problem("The database cannot be reached, or (sending a declaration) the server is reading as many uploads as it can; nothing was recorded. Retry after Retry-After seconds with the same Idempotency-Key.", ["serviceUnavailable", "uploadsBusy"]),
    headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
  },
};

/** What GET and POST of a declaration's status both answer; each adds its own refusal of a bad ID-number input. */
const STATUS_LOOKUP_RESPONSES = {
  "200": { description: "The status.", content: { "application/json": { schema: ref("DeclarationStatus") } } },
  "403": problem("A browser request from another website.", ["foreignOrigin"]),
  "404": problem("No declaration for this reference and this token or ID number.", ["notFound"]),
  "429": { ...problem("Too many look-ups from this IP address.", ["lookupRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
  ...COMMON_ERRORS,
};

export function buildOpenApiDocument(serverUrl: string): Json {
  const submitLimit = RATE_LIMITS.declarationSubmitPerIp;
  const lookupLimit = RATE_LIMITS.declarationLookupPerIp;
  // The same numbers, derived the same way, as the messages people read (lib/domain/phone-verification.ts).
  const phoneCode = phoneVerificationParams();
  return {
    openapi: "3.1.0",
    info: {
      title: "Cổng đăng ký giao dịch điện tử với cơ quan BHXH — public API",
      version: "1.0.0",
      description: [
        "Declarations for electronic transactions with Vietnam Social Security (Tờ khai 01), their status, and the reference data for the form.",
        "Messages are in Vietnamese by default; send `Accept-Language` (e.g. `en`, `ko-KR`, `zh-CN`, `ja-JP`) or `X-Lang: vi|en|ko|zh|ja` for English, Korean, Simplified Chinese or Japanese. Answers with personal data carry `Cache-Control: no-store`.",
        `After sending, the person brings the printed, signed form and the original ID to the chosen office within ${SUBMISSION_WINDOW_DAYS} days, after which the declaration expires.`,
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: "declarations" }, { name: "phone verification" }, { name: "reference data" }, { name: "lookups" }],
    paths: {
      "/api/v1/declarations": {
        post: {
          tags: ["declarations"],
          operationId: "submitDeclaration",
          summary: "Send a declaration (Tờ khai 01) with its photos",
          description: `Requires \`phoneVerificationToken\` (confirm the phone first: POST /api/v1/phone-verifications). Rate-limited to ${submitLimit.limit} sends per IP address per ${submitLimit.windowSeconds / 60} minutes (a repeated Idempotency-Key is answered without counting), and to ${CONFLICT_CHECKS_PER_ID_NUMBER.limit} checks per ID number per hour. At most ${RECIPIENT_CAPS.pendingDeclarationsPerPhone} declarations may wait with one phone, and an address receives at most ${RECIPIENT_CAPS.declarationEmailsPerAddress} declaration emails a day. An email address first gets a confirmation link; the copy (with the PDF if emailCopy) follows the click. The whole body may not exceed ${MAX_DECLARATION_BODY_BYTES / 1024 / 1024} MB.`,
          parameters: [IDEMPOTENCY_KEY, ...LANGUAGE_PARAMETERS],
          requestBody: multipartBody("The declaration as JSON in the part `declaration`, and the photos.", ["declaration", "portrait", "idFront"]),
          responses: {
            "201": {
              description:
                "Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed). The access token opens the declaration's status and PDF without an account; it is shown only here. The same token is set as an httpOnly cookie for the web form.",
              headers: {
                Location: { description: "The declaration's status URL.", schema: { type: "string" } },
                "Set-Cookie": { description: "bhxh_decl_<REFERENCE>=<accessToken>; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax (Secure over https).", schema: { type: "string" } },
                "Idempotent-Replayed": { description: "\"true\" when this answers a repeated Idempotency-Key.", schema: { type: "string" } },
              },
              content: { "application/json": { schema: ref("DeclarationCreated") } },
            },
            "409": problem(
              `${RECORD_ANSWER} Also: the (confirmed) phone belongs to another BHXH code's account; the phone already has ${RECIPIENT_CAPS.pendingDeclarationsPerPhone} declarations waiting; or a repeated key whose token can no longer be given again.`,
              ["recordExists", "pendingDeclarationExists", "accountExists", "phoneBelongsToAnotherAccount", "pendingPerPhoneCap", "replayUnavailable"],
            ),
            "413": problem("The body is over the limit, a photo is over 10 MB, or a photo has too many pixels (`path` names the photo).", ["bodyTooLarge", "photoTooLarge", "photoTooManyPixels"]),
            "415": problem("Not multipart/form-data, or a photo is not a usable image (`path` names it).", ["multipartRequired", "photoUnsupportedType", "photoHeicUnsupported", "photoUnreadable"]),
            "422": validation(
              "Every invalid field (path as in the JSON, e.g. `address.communeCode`), every missing or too-small photo (path `portrait`, `idFront`, `idBack`), a malformed `declaration` part (path `declaration`), a bad or reused Idempotency-Key (path `Idempotency-Key`); a missing, forged or expired token or one for another phone (path `phoneVerificationToken`, codes phoneVerificationRequired, phoneVerificationExpired, phoneVerificationMismatch); an address over its daily email cap (path `email`, code emailDailyCap).",
            ),
            "429": { ...problem("Too many sends from this IP address, or checks of this ID number.", ["submitRateLimited", "conflictCheckRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/declarations/record-check": {
        post: {
          tags: ["declarations"],
          operationId: "checkExistingRecord",
          summary: "Before filling the whole form: does this ID number or BHXH code already have a declaration waiting or an account?",
          description: `The same answer a send would give. Limited to ${CONFLICT_CHECKS_PER_ID_NUMBER.limit} checks per ID number (and per BHXH code) per ${CONFLICT_CHECKS_PER_ID_NUMBER.windowSeconds / 60} minutes, from any address.`,
          parameters: LANGUAGE_PARAMETERS,
          requestBody: jsonBody(ZRecordCheckSchema, "The ID number and BHXH code, and the phone's verificationToken if the phone was already confirmed."),
          responses: {
            "200": { description: "Nothing in the way.", content: { "application/json": { schema: { type: "object", required: ["status"], properties: { status: { const: "clear" } } } } } },
            "409": problem(RECORD_ANSWER, ["recordExists", "pendingDeclarationExists", "accountExists"]),
            "422": validation("An invalid ID number or BHXH code."),
            "429": { ...problem("Too many checks of this ID number or BHXH code.", ["conflictCheckRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/phone-verifications": {
        post: {
          tags: ["phone verification"],
          operationId: "sendPhoneCode",
          summary: "Send a confirmation code by SMS to the mobile number to be declared",
          description: `A ${PHONE_CODE_LENGTH}-digit code, valid ${phoneCode.codeMinutes} minutes, ${phoneCode.maxAttempts} tries; a new code makes the older one unusable. At most one code per ${phoneCode.resendSeconds} seconds and ${phoneCode.smsPerDay} per number per 24 hours, whatever the client address.`,
          parameters: LANGUAGE_PARAMETERS,
          requestBody: jsonBody(ZPhoneVerificationRequestSchema, "The mobile number, in any usual Vietnamese form."),
          responses: {
            "202": {
              description: "The code is on its way.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["maskedPhone", "expiresAt", "resendAfterSeconds", "codeLength"],
                    properties: { maskedPhone: { type: "string", examples: ["*******678"] }, expiresAt: { type: "string", format: "date-time" }, resendAfterSeconds: { type: "integer" }, codeLength: { type: "integer" } },
                  },
                },
              },
            },
            "422": validation("Not a Vietnamese mobile number (path `phone`)."),
            "429": {
              ...problem("Too soon after the last code, over the number's daily cap, or too many codes asked from this address.", ["phoneCodeResendTooSoon", "phoneCodeDailyCap", "phoneCodeRateLimited"]),
              headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
            },
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/phone-verifications/confirm": {
        post: {
          tags: ["phone verification"],
          operationId: "confirmPhoneCode",
          summary: "Exchange the SMS code for a verification token",
          parameters: LANGUAGE_PARAMETERS,
          requestBody: jsonBody(ZPhoneVerificationConfirmSchema, "The same mobile number and the code received."),
          responses: {
            "200": {
              description: `The token (HMAC-signed, bound to the number, valid ${phoneCode.tokenMinutes} minutes): send it as \`phoneVerificationToken\` with the declaration.`,
              content: { "application/json": { schema: { type: "object", required: ["verificationToken", "expiresAt"], properties: { verificationToken: { type: "string" }, expiresAt: { type: "string", format: "date-time" } } } } },
            },
            "422": validation("Path `code`: phoneCodeWrong (with the tries left), phoneCodeExpired, phoneCodeTooManyAttempts, phoneCodeUnknown (no code sent or already used), phoneCodeInvalid; or path `phone`."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/declarations/{reference}": {
        get: {
          tags: ["declarations"],
          operationId: "getDeclarationStatus",
          summary: "The status of a declaration",
          description: `For the declarer's access token (Authorization: Bearer, or the web cookie), or for anyone giving the declaration's ID number in the \`X-Id-Number\` header (rate-limited to ${lookupLimit.limit} look-ups per IP per ${lookupLimit.windowSeconds / 60} minutes; or use POST). The ID number never goes in the URL: the old \`?idNumber=\` answers 410 for one release, then is removed. A wrong pair and an unknown reference get the same 404. Only the status, dates and office are returned: nothing else personal. A browser request from another site is refused (403).`,
          parameters: [
            REFERENCE_PARAMETER,
            { name: "X-Id-Number", in: "header", required: false, description: "The ID document number declared (spaces, dots and dashes ignored).", schema: { type: "string", maxLength: 64 } },
            { name: "idNumber", in: "query", required: false, deprecated: true, description: "Removed: answers 410 with the way to look up now.", schema: { type: "string" } },
            ...LANGUAGE_PARAMETERS,
          ],
          security: [...DECLARER, {}],
          responses: {
            ...STATUS_LOOKUP_RESPONSES,
            "410": problem("`?idNumber=` is no longer accepted; `links.lookup` is where to POST the ID number.", ["lookupQueryGone"]),
          },
        },
        post: {
          tags: ["declarations"],
          operationId: "lookupDeclarationStatus",
          summary: "The status of a declaration, for its ID number",
          description: `The same answer as GET, with the ID number in the body (rate-limited to ${lookupLimit.limit} look-ups per IP per ${lookupLimit.windowSeconds / 60} minutes), so that it stays out of URLs and logs. The token or cookie also works here.`,
          parameters: [REFERENCE_PARAMETER, ...LANGUAGE_PARAMETERS],
          security: [...DECLARER, {}],
          requestBody: {
            required: false,
            content: { "application/json": { schema: { type: "object", properties: { idNumber: { type: "string", maxLength: 64 } }, additionalProperties: false } } },
          },
          responses: {
            ...STATUS_LOOKUP_RESPONSES,
            "422": problem("idNumber is not a string.", ["queryParamInvalid"]),
          },
        },
      },
      "/api/v1/declarations/{reference}/resubmit": {
        post: {
          tags: ["declarations"],
          operationId: "resubmitDeclaration",
          summary: "Correct a rejected declaration and send it again",
          description: `Same reference and access token; the version goes up by one and a new ${SUBMISSION_WINDOW_DAYS}-day window starts. All fields are replaced; each photo part sent replaces that photo, a photo not sent is kept (unless it was already deleted after the retention period, then it is required). Counts against the same per-IP limit as the first send.`,
          parameters: [REFERENCE_PARAMETER, IDEMPOTENCY_KEY, ...LANGUAGE_PARAMETERS],
          security: DECLARER,
          requestBody: multipartBody("The corrected declaration and the photos to replace.", ["declaration"]),
          responses: {
            "200": { description: "Sent again (or, for a repeated Idempotency-Key, sent before).", content: { "application/json": { schema: ref("DeclarationCreated") } } },
            "404": problem("No declaration for this reference and token.", ["notFound"]),
            "409": problem("The declaration is not rejected (any more), or a duplicate rule as for a first send.", ["notRejected", "recordExists", "pendingDeclarationExists", "accountExists", "phoneBelongsToAnotherAccount", "pendingPerPhoneCap", "replayUnavailable"]),
            "413": problem("As for a first send.", ["bodyTooLarge", "photoTooLarge", "photoTooManyPixels"]),
            "415": problem("As for a first send.", ["multipartRequired", "photoUnsupportedType", "photoHeicUnsupported", "photoUnreadable"]),
            "422": validation("As for a first send."),
            "429": { ...problem("Too many sends from this IP address, or checks of this ID number.", ["submitRateLimited", "conflictCheckRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/declarations/{reference}/pdf": {
        get: {
          tags: ["declarations"],
          operationId: "getDeclarationPdf",
          summary: "The printable Tờ khai 01 (PDF)",
          description: "For the declarer's access token (or cookie), and for the receiving office's staff. `?download=1` asks for an attachment.",
          parameters: [REFERENCE_PARAMETER, { name: "download", in: "query", required: false, schema: { type: "string", enum: ["1"] } }],
          security: DECLARER,
          responses: {
            "200": { description: "The PDF.", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
            "404": { description: "No declaration for this reference and these credentials.", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
      "/api/v1/offices": {
        get: {
          tags: ["reference data"],
          operationId: "listOffices",
          summary: "BHXH offices receiving declarations, by province",
          parameters: [
            { name: "provinceCode", in: "query", required: true, schema: { type: "string", pattern: "^\\d{2}$" }, examples: { hanoi: { value: "01" } } },
            { name: "communeCode", in: "query", required: false, description: "Put the offices covering this commune first (coversCommune: true).", schema: { type: "string", pattern: "^\\d{5}$" } },
            ...LANGUAGE_PARAMETERS,
          ],
          responses: {
            "200": {
              description: "The active offices of the province (an unknown province has none), those covering the commune first.",
              content: { "application/json": { schema: { type: "object", required: ["offices"], properties: { offices: { type: "array", items: ref("Office") } } } } },
            },
            "400": problem("provinceCode missing, or a code malformed.", ["queryParamRequired", "queryParamInvalid"]),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/administrative-units": {
        get: {
          tags: ["reference data"],
          operationId: "listAdministrativeUnits",
          summary: "Provinces, or the communes of a province (2025 units)",
          parameters: [{ name: "provinceCode", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}$" } }, ...LANGUAGE_PARAMETERS],
          responses: {
            "200": {
              description: "Without provinceCode, the 34 provinces by code; with it, the province's communes by Vietnamese name (none for an unknown province).",
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      { type: "object", required: ["provinces"], properties: { provinces: { type: "array", items: ref("AdministrativeUnit") } } },
                      {
                        type: "object",
                        required: ["provinceCode", "communes"],
                        properties: { provinceCode: { type: "string" }, communes: { type: "array", items: { allOf: [ref("AdministrativeUnit"), { type: "object", required: ["provinceCode"], properties: { provinceCode: { type: "string" } } }] } } },
                      },
                    ],
                  },
                },
              },
            },
            "400": problem("provinceCode malformed.", ["queryParamInvalid"]),
            ...COMMON_ERRORS,
          },
        },
      },
      // Public look-ups (/tra-cuu/ma-so-bhxh, /tra-cuu/co-quan-bhxh): lib/server/lookups/openapi-paths.ts.
      ...lookupOpenApiPaths(),
      // Withdrawing a pending declaration (issue 12): lib/server/declarations/withdraw-openapi.ts.
      ...withdrawOpenApiPaths(),
      "/api/v1/openapi.json": {
        get: { tags: ["reference data"], operationId: "getOpenApiDocument", summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: {
      schemas: {
        DeclarationInput: declarationInputSchema(),
        ...lookupOpenApiSchemas(),
        ...withdrawOpenApiSchemas(),
        ...responseSchemas(),
      },
      parameters: {
        AcceptLanguage: { name: "Accept-Language", in: "header", required: false, description: "vi (default), en, ko, zh (Simplified: zh-CN, zh-Hans) or ja; ranked by q.", schema: { type: "string" } },
        XLang: { name: "X-Lang", in: "header", required: false, description: "vi, en, ko, zh or ja; wins over Accept-Language.", schema: { type: "string", enum: [...LOCALES] } },
      },
      headers: {
        RetryAfter: { description: "Seconds to wait.", schema: { type: "integer" } },
      },
      securitySchemes: {
        declarationToken: { type: "http", scheme: "bearer", description: "The accessToken of the 201 answer." },
        declarationCookie: { type: "apiKey", in: "cookie", name: "bhxh_decl_TK-XXXX-XXXX", description: "The web form's cookie: its name ends with the declaration's reference." },
      },
    },
  };
}
