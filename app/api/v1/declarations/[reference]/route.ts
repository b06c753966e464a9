// The status of a declaration: for the declarer's token (Authorization: Bearer, or the web cookie) or for
// the matching ID number, rate-limited per IP. The ID number never travels in the URL (where proxies,
// access logs and browser history would keep it): `POST {"idNumber"}` or the `X-Id-Number` header on GET.
// The old `GET ?idNumber=` answers 410 with the way to do it now. Anything else is a 404 that does not
// reveal whether the reference exists.
import { declarationStatusBody } from "@/lib/server/api/declaration-status-body";
import { jsonResponse, problemResponse, readSmallBody } from "@/lib/server/api/http";
import { referenceRoute } from "@/lib/server/api/reference-route";
import type { Locale } from "@/lib/i18n/config";
import { readDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { getDeclarationStatusForDeclarer, lookupDeclarationStatus, type DeclarationStatusView } from "@/lib/server/declarations/get-declaration-for-declarer";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { requestInfoFrom } from "@/lib/server/request-info";
import { parseBoundedJson } from "@/lib/domain/bounded-json";

export const dynamic = "force-dynamic";

/** The header that carries the ID number on a GET. */
const ID_NUMBER_HEADER = "x-id-number";
/** `{"idNumber": "…"}` is a few dozen bytes. */
const LOOKUP_BODY_MAX_BYTES = 1024;

export const GET = referenceRoute("GET /api/v1/declarations/{reference}", async (request, reference, locale) => {
  if (new URL(request.url).searchParams.has("idNumber")) {
    const path = `/api/v1/declarations/${encodeURIComponent(reference)}`;
    return problemResponse(410, "lookupQueryGone", locale, { path }, { links: { lookup: path } }, { Link: `<${path}>; rel="alternate"` });
  }
  return await answer(request, reference, request.headers.get(ID_NUMBER_HEADER), locale);
});

export const POST = referenceRoute("POST /api/v1/declarations/{reference}", async (request, reference, locale) => {
  const text = await readSmallBody(request, LOOKUP_BODY_MAX_BYTES);
  const body = text === null ? undefined : parseBoundedJson(text, LOOKUP_BODY_MAX_BYTES, 2);
  const idNumber = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>).idNumber : undefined;
  if (idNumber !== undefined && typeof idNumber !== "string") return problemResponse(422, "queryParamInvalid", locale, { param: "idNumber" });
  return await answer(request, reference, idNumber ?? null, locale);
});

async function answer(request: Request, reference: string, idNumber: string | null, locale: Locale): Promise<Response> {
  const token = readDeclarationAccessToken(request, reference);
  let view: DeclarationStatusView | null = token ? await getDeclarationStatusForDeclarer(reference, token) : null;
  if (!view && idNumber) {
    const limit = await hitRateLimit(RATE_LIMITS.declarationLookupPerIp, requestInfoFrom(request.headers).ip ?? "unknown");
    if (!limit.allowed) {
      return problemResponse(429, "lookupRateLimited", locale, { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
    }
    view = await lookupDeclarationStatus(reference, idNumber.slice(0, 64));
  }
  if (!view) return problemResponse(404, "notFound", locale);
  return jsonResponse(declarationStatusBody(view, locale), { headers: { "Content-Language": locale } });
}
