import "server-only";
// The public look-ups' part of the OpenAPI document (lib/server/api/openapi.ts spreads it in), generated
// from the same zod schemas the route handlers parse with.
import { z } from "zod";
import { BHXH_CODE_CANDIDATE_CAP } from "@/lib/domain/public-lookups";
import { ZBhxhCodeLookupRequestSchema, ZBhxhCodeLookupResponseSchema, ZOfficesLookupResponseSchema } from "@/lib/schemas/lookups";
import { BHXH_CODE_LOOKUP_FLOOR_MS } from "./bhxh-code";
import { MAX_LOOKUP_BODY_BYTES } from "./http";
import { LOOKUP_RATE_LIMITS } from "./limits";
import { OFFICES_MAX_AGE_SECONDS, OFFICES_PAGE_SIZE } from "./offices";
import { REGISTRY_NAME_MAX_LENGTH, REGISTRY_NAME_MIN_LENGTH, REGISTRY_PAGE_SIZE } from "@/lib/domain/registry-search";
import { FACILITY_LEVELS, ZEmployersLookupResponseSchema, ZFacilitiesLookupResponseSchema } from "@/lib/schemas/registry-lookups";
import { REGISTRY_CACHE_CONTROL } from "./http";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _schema, ...generated } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const LANGUAGE_PARAMETERS = [{ $ref: "#/components/parameters/AcceptLanguage" }, { $ref: "#/components/parameters/XLang" }];
const problem = (description: string, codes: string[]) => ({
  description,
  content: { "application/json": { schema: { allOf: [ref("Problem"), { properties: { code: { enum: codes } } }] } } },
});

export function lookupOpenApiPaths(): Json {
  const perIp = LOOKUP_RATE_LIMITS.bhxhCodePerIp;
  const perSubject = LOOKUP_RATE_LIMITS.bhxhCodePerSubject;
  return {
    "/api/v1/lookups/bhxh-code": {
      post: {
        tags: ["lookups"],
        operationId: "lookupBhxhCode",
        summary: "Find one's BHXH code from full name, date of birth and province",
        description: [
          "POST because the query is personal data. The name may be typed with or without Vietnamese diacritics; typed with them, an exactly spelled record is preferred.",
          "The answer is at most one code, with the name masked. When several people share the name, date of birth and province, the answer is `needIdNumber`: send the same query again with `idNumber`. Never a list.",
          `Rate-limited per client address (${perIp.limit} per ${perIp.windowSeconds / 60} minutes) and per subject — the name (without diacritics), date of birth and province, from any address (${perSubject.limit} per ${perSubject.windowSeconds / 60} minutes). Every accepted query takes at least ${BHXH_CODE_LOOKUP_FLOOR_MS} ms, found or not.`,
        ].join("\n\n"),
        parameters: LANGUAGE_PARAMETERS,
        requestBody: { required: true, description: `JSON, at most ${MAX_LOOKUP_BODY_BYTES / 1024} KB.`, content: { "application/json": { schema: ref("BhxhCodeLookupRequest") } } },
        responses: {
          "200": { description: "The answer (Cache-Control: no-store).", content: { "application/json": { schema: ref("BhxhCodeLookupResponse") } } },
          "413": problem("Body too large.", ["bodyTooLarge"]),
          "422": { description: "A field is missing or malformed (or the body is not JSON).", content: { "application/json": { schema: ref("ValidationErrors") } } },
          "429": { ...problem("Too many look-ups from this address, or about this person.", ["rateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
          "500": problem("The server failed.", ["internalError"]),
        },
      },
    },
    "/api/v1/lookups/offices": {
      get: {
        tags: ["lookups"],
        operationId: "lookupOffices",
        summary: "BHXH offices of a province (or serving a commune), with address, phone, opening hours and communes served",
        description: `Keyset paging by office code, ${OFFICES_PAGE_SIZE} per page. Public and cacheable (\`Cache-Control: public, max-age=${OFFICES_MAX_AGE_SECONDS}\`, \`ETag\`; \`If-None-Match\` answers 304).`,
        parameters: [
          { name: "provinceCode", in: "query", required: true, schema: { type: "string", pattern: "^\\d{2}$" }, examples: { hanoi: { value: "01" } } },
          { name: "communeCode", in: "query", required: false, description: "Only the offices serving this commune.", schema: { type: "string", pattern: "^\\d{5}$" } },
          { name: "after", in: "query", required: false, description: "The nextAfter of the previous page.", schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,50}$" } },
          { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
          ...LANGUAGE_PARAMETERS,
        ],
        responses: {
          "200": {
            description: "One page of offices.",
            headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } },
            content: { "application/json": { schema: ref("OfficesLookupResponse") } },
          },
          "304": { description: "Not modified since the ETag sent in If-None-Match." },
          "400": problem("provinceCode missing, or a parameter malformed.", ["queryParamRequired", "queryParamInvalid"]),
          "500": problem("The server failed.", ["internalError"]),
        },
      },
    },
    ...registryOpenApiPaths(),
  };
}

/** The registry look-ups: medical facilities and employers (GET, public, cacheable, keyset-paged). */
function registryOpenApiPaths(): Json {
  const perIp = LOOKUP_RATE_LIMITS.registrySearchPerIp;
  const common = [
    `Keyset paging in name order, ${REGISTRY_PAGE_SIZE} per page: pass the answer's \`nextCursor\` as \`cursor\` for the next page (null on the last); a page deep in the list costs what the first does, and paging never repeats or skips a row.`,
    `The answer holds nothing personal and uses codes, never labels, so it is the same in every language: \`Cache-Control: ${REGISTRY_CACHE_CONTROL}\`, a strong \`ETag\` (\`If-None-Match\` answers 304) and \`Vary: Accept-Encoding\`. Problems (400, 429) are in the caller's language, \`no-store\`, \`Vary: Accept-Language, X-Lang\`.`,
    `Rate-limited per client address (${perIp.limit} per ${perIp.windowSeconds / 60} minutes, the two registry look-ups together).`,
  ];
  const name = (description: string) => ({ type: "string", minLength: 1, maxLength: REGISTRY_NAME_MAX_LENGTH, description });
  const cursorParam = { name: "cursor", in: "query", required: false, description: "The nextCursor of the previous page (opaque).", schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,200}$" } };
  const flag = (param: string, description: string) => ({ name: param, in: "query", required: false, description: `${description} \`1\`/\`true\`: only those that do; \`0\`/\`false\`: only those that do not; absent: either.`, schema: { type: "string", enum: ["1", "0", "true", "false"] } });
  const responses = (schemaName: string, invalid: string) => ({
    "200": {
      description: "One page.",
      headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } }, Vary: { schema: { type: "string" } } },
      content: { "application/json": { schema: ref(schemaName) } },
    },
    "304": { description: "Not modified since the ETag sent in If-None-Match." },
    "400": problem(invalid, ["queryParamRequired", "queryParamInvalid"]),
    "429": { ...problem("Too many look-ups from this address.", ["lookupRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
    "500": problem("The server failed.", ["internalError"]),
  });
  return {
    "/api/v1/lookups/medical-facilities": {
      get: {
        tags: ["lookups"],
        operationId: "lookupMedicalFacilities",
        summary: "Medical facilities of a province, by name, level, BHYT contract and sick-leave certificates",
        description: common.join("\n\n"),
        parameters: [
          { name: "provinceCode", in: "query", required: true, schema: { type: "string", pattern: "^\\d{2}$" }, examples: { hanoi: { value: "01" } } },
          { name: "name", in: "query", required: false, schema: name(`Words of the facility's name, with or without Vietnamese diacritics, each found anywhere in the name; at least ${REGISTRY_NAME_MIN_LENGTH} letters or digits.`), examples: { bachMai: { value: "bach mai" } } },
          { name: "level", in: "query", required: false, schema: { type: "string", enum: [...FACILITY_LEVELS] } },
          flag("bhytContracted", "Has a contract to treat health-insurance (BHYT) card holders."),
          flag("issuesSickLeave", "May issue certificates of leave for social-insurance benefits."),
          cursorParam,
          { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
          ...LANGUAGE_PARAMETERS,
        ],
        responses: responses("FacilitiesLookupResponse", "provinceCode missing, or a parameter malformed (details in `errors`)."),
      },
    },
    "/api/v1/lookups/employers": {
      get: {
        tags: ["lookups"],
        operationId: "lookupEmployers",
        summary: "Employers participating in social insurance, by tax code or name, optionally within a province",
        description: [
          "`q` is a tax code (10 digits, or 10-3 for a branch; spaces and dots ignored) matched exactly, or words of the name (with or without Vietnamese diacritics) each found anywhere in it. Each employer comes with its name, address and a participation status derived from its participation periods (`participating` while one is open this month); nothing about any worker.",
          ...common,
        ].join("\n\n"),
        parameters: [
          { name: "q", in: "query", required: true, schema: name(`A tax code, or at least ${REGISTRY_NAME_MIN_LENGTH} letters or digits of the name.`), examples: { taxCode: { value: "0101234567" }, name: { value: "may mac" } } },
          { name: "provinceCode", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}$" } },
          cursorParam,
          { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
          ...LANGUAGE_PARAMETERS,
        ],
        responses: responses("EmployersLookupResponse", "q missing, or a parameter malformed (details in `errors`)."),
      },
    },
  };
}

export function lookupOpenApiSchemas(): Json {
  const request = jsonSchema(ZBhxhCodeLookupRequestSchema, "input");
  return {
    BhxhCodeLookupRequest: {
      ...request,
      description: `At most ${BHXH_CODE_CANDIDATE_CAP} master records are read per query.`,
      examples: [{ fullName: "nguyen thi ngoc huong", dateOfBirth: "1990-05-12", provinceCode: "01" }],
    },
    BhxhCodeLookupResponse: jsonSchema(ZBhxhCodeLookupResponseSchema, "output"),
    OfficesLookupResponse: jsonSchema(ZOfficesLookupResponseSchema, "output"),
    FacilitiesLookupResponse: jsonSchema(ZFacilitiesLookupResponseSchema, "output"),
    EmployersLookupResponse: jsonSchema(ZEmployersLookupResponseSchema, "output"),
  };
}
