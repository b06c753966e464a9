// GET /api/v1/declarations/{reference}: the status, for the declarer's token (Authorization: Bearer, or the
// web cookie) or for the matching ID number (?idNumber=, rate-limited per IP). Anything else is a 404 that
// does not reveal whether the reference exists.
import { declarationStatusBody } from "@/lib/server/api/declaration-status-body";
import { apiLocale, decodePathSegment, internalErrorResponse, jsonResponse, problemResponse } from "@/lib/server/api/http";
import { readDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { getDeclarationStatusForDeclarer, lookupDeclarationStatus, type DeclarationStatusView } from "@/lib/server/declarations/queries";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ reference: string }> }): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const reference = decodePathSegment((await context.params).reference);
    const idNumber = new URL(request.url).searchParams.get("idNumber");
    const token = readDeclarationAccessToken(request, reference);
    let view: DeclarationStatusView | null = token ? await getDeclarationStatusForDeclarer(reference, token) : null;
    if (!view && idNumber) {
      const limit = await hitRateLimit(RATE_LIMITS.declarationLookupPerIp, requestInfoFrom(request.headers).ip ?? "unknown");
      if (!limit.allowed) {
        return problemResponse(429, "lookupRateLimited", locale, { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
      }
      view = await lookupDeclarationStatus(reference, idNumber);
    }
    if (!view) return problemResponse(404, "notFound", locale);
    return jsonResponse(declarationStatusBody(view, locale), { headers: { "Content-Language": locale } });
  } catch (error) {
    return internalErrorResponse(error, locale, "GET /api/v1/declarations/{reference}");
  }
}
