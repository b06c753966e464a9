// GET /api/v1/lookups/employers?q=0101234567 (a tax code, exact) or ?q=may+mac&provinceCode=79 (words of
// the name): employers participating in social insurance, in name order, paged by an opaque keyset
// cursor; name, address and a participation status, nothing about any worker. Public caching, ETag, 304.
import { ZEmployersLookupQuerySchema } from "@/lib/schemas/registry-lookups";
import { lookupEmployers } from "@/lib/server/lookups/employers";
import { serveRegistryLookup } from "@/lib/server/lookups/http";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveRegistryLookup(request, {
    schema: ZEmployersLookupQuerySchema,
    params: ["q", "provinceCode", "cursor"],
    required: ["q"],
    lookup: lookupEmployers,
    where: "GET /api/v1/lookups/employers",
  });
}
