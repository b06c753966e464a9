// Readiness: whether this node should receive traffic (database within budget, migrations applied, not
// draining). 503 with Retry-After otherwise; the body names each check.
import { drainOnSigterm } from "@/lib/server/draining";
import { READINESS_RETRY_AFTER_SECONDS, readiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// Under `next start`, Next owns SIGTERM; this only adds "draining" to what happens then.
drainOnSigterm();

export async function GET(): Promise<Response> {
  const result = await readiness();
  return Response.json(
    { status: result.ready ? "ready" : "not_ready", checks: result.checks },
    {
      status: result.ready ? 200 : 503,
      headers: {
        "Cache-Control": "no-store",
        ...(result.ready ? {} : { "Retry-After": String(READINESS_RETRY_AFTER_SECONDS) }),
      },
    },
  );
}
