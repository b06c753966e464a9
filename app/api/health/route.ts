// Liveness: the process answers. No database round trip (readiness is GET /api/health/ready), so a busy
// process is never reported "down" for the time a request spent queued.
import { liveness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(liveness(), { headers: { "Cache-Control": "no-store" } });
}
