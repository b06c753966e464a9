// GET /api/v1/offices?provinceCode=01&communeCode=00004: the active BHXH offices of a province, those
// covering the commune first. Public reference data: cacheable.
import { apiLocale, internalErrorResponse, jsonResponse, problemResponse } from "@/lib/server/api/http";
import { listOffices } from "@/lib/server/reference-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const params = new URL(request.url).searchParams;
    const provinceCode = params.get("provinceCode");
    const communeCode = params.get("communeCode") || undefined;
    if (!provinceCode) return problemResponse(400, "queryParamRequired", locale, { param: "provinceCode" });
    if (!/^\d{2}$/.test(provinceCode)) return problemResponse(400, "queryParamInvalid", locale, { param: "provinceCode" });
    if (communeCode !== undefined && !/^\d{5}$/.test(communeCode)) return problemResponse(400, "queryParamInvalid", locale, { param: "communeCode" });
    return jsonResponse({ offices: await listOffices(provinceCode, communeCode) }, { private: false, maxAgeSeconds: 300 });
  } catch (error) {
    return internalErrorResponse(error, locale, "GET /api/v1/offices");
  }
}
