// GET /api/v1/lookups/medical-facilities?provinceCode=01&name=bach+mai&level=specialized&bhytContracted=1
// &issuesSickLeave=1&cursor=…: a province's medical facilities, in name order, paged by an opaque keyset
// cursor. Nothing personal and the same in every language: public caching, ETag, 304 on If-None-Match.
import { ZFacilitiesLookupQuerySchema } from "@/lib/schemas/registry-lookups";
import { lookupFacilities } from "@/lib/server/lookups/facilities";
import { serveRegistryLookup } from "@/lib/server/lookups/http";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveRegistryLookup(request, {
    schema: ZFacilitiesLookupQuerySchema,
    params: ["provinceCode", "name", "level", "bhytContracted", "issuesSickLeave", "cursor"],
    required: ["provinceCode"],
    lookup: lookupFacilities,
    where: "GET /api/v1/lookups/medical-facilities",
  });
}
