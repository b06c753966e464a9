// GET /api/v1/administrative-units: the 34 provinces; with ?provinceCode=01, that province's communes
// (the 2025 two-level units). Public reference data: cacheable.
import { apiLocale, internalErrorResponse, jsonResponse, problemResponse } from "@/lib/server/api/http";
import { listCommunes, listProvinces } from "@/lib/server/reference-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const provinceCode = new URL(request.url).searchParams.get("provinceCode");
    if (provinceCode === null || provinceCode === "") return jsonResponse({ provinces: await listProvinces() }, { private: false, maxAgeSeconds: 3600 });
    if (!/^\d{2}$/.test(provinceCode)) return problemResponse(400, "queryParamInvalid", locale, { param: "provinceCode" });
    return jsonResponse({ provinceCode, communes: await listCommunes(provinceCode) }, { private: false, maxAgeSeconds: 3600 });
  } catch (error) {
    return internalErrorResponse(error, locale, "GET /api/v1/administrative-units");
  }
}
