// Prometheus metrics of this node (lib/server/metrics): closed (404) unless METRICS_TOKEN is set, then
// only for `Authorization: Bearer <METRICS_TOKEN>`.
import { env } from "@/lib/server/env";
import { refreshDbGauges } from "@/lib/server/metrics/db-gauges";
import { metricsAccess } from "@/lib/server/metrics/metrics-access";
import { metrics } from "@/lib/server/metrics/registry";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = metricsAccess(env().METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "disabled") return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  if (access === "unauthorized") {
    return new Response(null, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" } });
  }
  await refreshDbGauges();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { status: 200, headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
