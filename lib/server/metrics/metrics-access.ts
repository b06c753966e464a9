import "server-only";
// Who may read /api/metrics: nobody unless METRICS_TOKEN is set, then only a caller presenting it as a
// Bearer token (compared in constant time). Metrics reveal traffic and backlog, not people, but they
// are still nobody else's business.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "allowed" | "disabled" | "unauthorized";

export function metricsAccess(configuredToken: string | undefined, authorization: string | null): MetricsAccess {
  if (!configuredToken) return "disabled";
  const match = /^Bearer ([^\s]+)$/i.exec(authorization ?? "");
  if (!match) return "unauthorized";
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const given = createHash("sha256").update(match[1]!).digest();
  const expected = createHash("sha256").update(configuredToken).digest();
  return timingSafeEqual(given, expected) ? "allowed" : "unauthorized";
}
