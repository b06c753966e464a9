import "server-only";
// The withdrawal's part of the OpenAPI document (lib/server/api/openapi.ts spreads it in), generated from the
// zod schemas the route handler parses with; the codes are the ones the handler answers.
import { z } from "zod";
import { PHONE_VERIFICATION_TOKEN_VALID_SECONDS } from "@/lib/domain/phone-verification";
import { ZWithdrawRequestSchema, ZWithdrawResponseSchema } from "@/lib/schemas/withdrawal";
import { WITHDRAW_PER_IP } from "./withdraw-declaration";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _schema, ...generated } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string, codes: string[]) => ({
  description,
  content: { "application/json": { schema: { allOf: [ref("Problem"), { properties: { code: { enum: codes } } }] } } },
});

export function withdrawOpenApiPaths(): Json {
  return {
    "/api/v1/declarations/{reference}/withdraw": {
      post: {
        tags: ["declarations"],
        operationId: "withdrawDeclaration",
        summary: "Withdraw a pending declaration",
        description: [
          "For the declarer: the declaration's access token (Bearer, or the web cookie) AND a confirmation of the declared phone number obtained just now (POST /api/v1/phone-verifications, then /confirm; the token is valid " +
            `${PHONE_VERIFICATION_TOKEN_VALID_SECONDS / 60} minutes). The access token alone is not enough.`,
          "The declaration becomes `withdrawn`; an SMS (and an email to a confirmed address) tells the person; a new declaration for the same identity document is then accepted. Its photos are deleted after the retention period.",
          `Rate-limited per client address (${WITHDRAW_PER_IP.limit} per ${WITHDRAW_PER_IP.windowSeconds / 60} minutes).`,
        ].join("\n\n"),
        parameters: [
          { name: "reference", in: "path", required: true, schema: { type: "string" }, examples: { sample: { value: "TK-7KQ4-M9XD" } } },
          { $ref: "#/components/parameters/AcceptLanguage" },
          { $ref: "#/components/parameters/XLang" },
        ],
        security: [{ declarationToken: [] }, { declarationCookie: [] }],
        requestBody: { required: true, content: { "application/json": { schema: ref("WithdrawRequest") } } },
        responses: {
          "200": { description: "Withdrawn.", content: { "application/json": { schema: ref("WithdrawResult") } } },
          "404": problem("No declaration for this reference and token.", ["notFound"]),
          "409": problem("The declaration is no longer pending (approved, rejected, expired or already withdrawn).", ["withdrawNotPending"]),
          "422": {
            description: "No valid confirmation of the declared phone (`withdraw_phoneVerificationRequired`, `phoneVerificationExpired`, `phoneVerificationMismatch`), or a malformed body.",
            content: { "application/json": { schema: ref("ValidationErrors") } },
          },
          "403": problem("Sent from another web site (Origin/Sec-Fetch-Site).", ["foreignOrigin"]),
          "429": { ...problem("Too many attempts from this address.", ["withdrawRateLimited"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
          "500": problem("The server failed; nothing was changed. Retry.", ["internalError"]),
          "503": { ...problem("The database cannot be reached; nothing was changed. Retry after Retry-After seconds.", ["serviceUnavailable"]), headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
        },
      },
    },
  };
}

export function withdrawOpenApiSchemas(): Json {
  return {
    WithdrawRequest: jsonSchema(ZWithdrawRequestSchema, "input"),
    WithdrawResult: jsonSchema(ZWithdrawResponseSchema, "output"),
  };
}
