// POST /api/v1/lookups/bhxh-code: one's BHXH code from full name, date of birth and province (and the ID
// number when several people match). POST because the query carries personal data (never in a URL or a
// log); the answer is never cached. Rate-limited per address and per subject; same answer time either way.
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { ZBhxhCodeLookupRequestSchema, type BhxhCodeLookupResponse } from "@/lib/schemas/lookups";
import { apiLocale, internalErrorResponse, jsonResponse, problemResponse } from "@/lib/server/api/http";
import { lookupBhxhCode } from "@/lib/server/lookups/bhxh-code";
import { MAX_LOOKUP_BODY_BYTES, readSmallJson } from "@/lib/server/lookups/http";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  const headers = { "Content-Language": locale };
  try {
    const body = await readSmallJson(request);
    if (!body.ok) {
      return body.problem === "tooLarge"
        ? problemResponse(413, "bodyTooLarge", locale, { max: MAX_LOOKUP_BODY_BYTES / 1024 })
        : jsonResponse({ errors: [{ path: "", code: "invalidJson", message: translate(locale, "lookups.invalidJson") }] }, { status: 422, headers });
    }
    const parsed = ZBhxhCodeLookupRequestSchema.safeParse(body.json);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        code: issue.message.slice(issue.message.indexOf(".") + 1),
        message: translateIssue(locale, issue.message),
      }));
      return jsonResponse({ errors }, { status: 422, headers });
    }

    const result = await lookupBhxhCode(parsed.data, requestInfoFrom(request.headers).ip);
    if (!result.ok) {
      const { retryAfterSeconds } = result.params;
      return jsonResponse(
        { code: "rateLimited", message: translate(locale, "lookups.rateLimited", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }), retryAfterSeconds },
        { status: 429, headers: { ...headers, "Retry-After": String(retryAfterSeconds) } },
      );
    }
    const { outcome } = result;
    const answer: BhxhCodeLookupResponse =
      outcome.kind === "found"
        ? { result: "found", bhxhCode: outcome.bhxhCode, maskedName: outcome.maskedName, message: translate(locale, "lookups.foundIntro", { maskedName: outcome.maskedName }) }
        : { result: outcome.kind, message: translate(locale, `lookups.${outcome.kind}`) };
    return jsonResponse(answer, { headers });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /api/v1/lookups/bhxh-code");
  }
}
