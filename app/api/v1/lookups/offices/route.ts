// GET /api/v1/lookups/offices?provinceCode=01&communeCode=00004&after=0103: the active BHXH offices of a
// province (or those serving a commune) with address, phone, opening hours and communes served, paged by
// office code. Nothing personal: public caching, ETag, and 304 on If-None-Match.
import { ZOfficesLookupQuerySchema } from "@/lib/schemas/lookups";
import { apiLocale, internalErrorResponse, problemResponse } from "@/lib/server/api/http";
import { etagOf, matchesIfNoneMatch } from "@/lib/server/lookups/http";
import { listOfficesPage, OFFICES_MAX_AGE_SECONDS } from "@/lib/server/lookups/offices";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const params = new URL(request.url).searchParams;
    const parsed = ZOfficesLookupQuerySchema.safeParse({
      provinceCode: params.get("provinceCode") ?? "",
      communeCode: params.get("communeCode"),
      after: params.get("after"),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const param = String(issue.path[0] ?? "provinceCode");
      const missing = param === "provinceCode" && !params.get("provinceCode");
      return problemResponse(400, missing ? "queryParamRequired" : "queryParamInvalid", locale, { param });
    }
    const body = JSON.stringify(await listOfficesPage(parsed.data));
    const etag = etagOf(body);
    const headers = { ETag: etag, "Cache-Control": `public, max-age=${OFFICES_MAX_AGE_SECONDS}` };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  } catch (error) {
    return internalErrorResponse(error, locale, "GET /api/v1/lookups/offices");
  }
}
