// POST /api/v1/declarations/{reference}/withdraw: the declarer withdraws a pending declaration. Needs the
// declaration's access token (Bearer, or the web cookie) AND a fresh confirmation of the declared phone
// ({"phoneVerificationToken"} from /api/v1/phone-verifications/confirm): the token alone is not enough.
import { parseBoundedJson } from "@/lib/domain/bounded-json";
import { PHONE_CODE_LENGTH, phoneVerificationParams } from "@/lib/domain/phone-verification";
import { translateIssue } from "@/lib/i18n/catalog";
import { ZWithdrawRequestSchema, type WithdrawResponse } from "@/lib/schemas/withdrawal";
import { jsonResponse, problemResponse, readSmallBody } from "@/lib/server/api/http";
import { referenceRoute } from "@/lib/server/api/reference-route";
import { readDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { withdrawDeclarationByDeclarer, withdrawFailureMessage } from "@/lib/server/declarations/withdraw-declaration";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A token and a reason code: well under a kilobyte. */
const WITHDRAW_BODY_MAX_BYTES = 4096;

export const POST = referenceRoute("POST /api/v1/declarations/{reference}/withdraw", async (request, reference, locale) => {
  const text = await readSmallBody(request, WITHDRAW_BODY_MAX_BYTES);
  // Too large, not JSON or the wrong shape: all a 422 on the token, the one thing the client must send.
  const parsed = ZWithdrawRequestSchema.safeParse((text === null ? undefined : parseBoundedJson(text, WITHDRAW_BODY_MAX_BYTES, 2)) ?? {});
  const params = { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH };
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = issue.path.join(".") || "phoneVerificationToken";
      const key = path === "phoneVerificationToken" || !issue.message.includes(".") ? "declaration.withdraw_phoneVerificationRequired" : issue.message;
      return { path, code: key.slice(key.indexOf(".") + 1), message: translateIssue(locale, key, params) };
    });
    return jsonResponse({ errors }, { status: 422, headers: { "Content-Language": locale } });
  }
  const result = await withdrawDeclarationByDeclarer(
    {
      reference,
      proof: { token: readDeclarationAccessToken(request, reference) },
      phoneVerificationToken: parsed.data.phoneVerificationToken,
      reasonCode: parsed.data.reasonCode,
    },
    requestInfoFrom(request.headers),
  );
  if (result.ok) {
    const body: WithdrawResponse = { reference: result.reference, status: "withdrawn", withdrawnAt: result.withdrawnAt.toISOString() };
    return jsonResponse(body, { headers: { "Content-Language": locale } });
  }
  switch (result.code) {
    case "notFound":
    case "forbidden":
      return problemResponse(404, "notFound", locale);
    case "notPending":
      return problemResponse(409, "withdrawNotPending", locale, {}, { currentStatus: result.currentStatus });
    case "rateLimited":
      return problemResponse(429, "withdrawRateLimited", locale, { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) }, { retryAfterSeconds: result.retryAfterSeconds });
    default: {
      const { key } = withdrawFailureMessage(result);
      return jsonResponse({ errors: [{ path: "phoneVerificationToken", code: result.code, message: translateIssue(locale, key, params) }] }, { status: 422, headers: { "Content-Language": locale } });
    }
  }
});
