// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API.
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { jsonResponse } from "@/lib/server/api/http";
import { env } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return jsonResponse(buildOpenApiDocument(env().PUBLIC_BASE_URL), { private: false, maxAgeSeconds: 300, headers: { "Access-Control-Allow-Origin": "*" } });
}
