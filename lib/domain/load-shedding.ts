// Load shedding in the front server (scripts/lib/front-server.ts, decision 0024's companion in
// docs/operations.md): how many requests one web process works on at once, and which requests count
// against the tighter cap for photo processing and PDF rendering. Beyond a cap the answer is an
// immediate 503 with Retry-After, never a queue that turns into timeouts.

/** Defaults for one web process on a small machine; docs/operations.md says how to size them. */
export const SHEDDING_DEFAULTS = {
  /** Requests in flight per process, all kinds (probes excepted). */
  maxInFlight: 128,
  /** Of those, uploads with photos and PDF renders (sharp and react-pdf hold CPU and memory). */
  maxHeavyInFlight: 4,
  /** What Retry-After says on a 503 from the caps. */
  retryAfterSeconds: 2,
} as const;

export const SHEDDING_BOUNDS = {
  maxInFlight: { min: 1, max: 100_000 },
  maxHeavyInFlight: { min: 1, max: 10_000 },
  retryAfterSeconds: { min: 1, max: 3600 },
} as const;

export type SheddingLimits = { maxInFlight: number; maxHeavyInFlight: number; retryAfterSeconds: number };

/**
 * What a request costs: a probe (liveness, readiness, metrics) is never shed, so an orchestrator never
 * mistakes a busy node for a dead one; heavy requests carry photos or render a PDF.
 */
export type RequestCost = "probe" | "heavy" | "normal";

const PROBES = new Set(["/api/health", "/api/health/ready", "/api/metrics"]);

const HEAVY_WRITES = [
  /^\/api\/v1\/declarations\/?$/, // a declaration with its photos (multipart)
  /^\/api\/v1\/declarations\/[^/]+\/resubmit\/?$/, // a corrected declaration, photos again
  /^\/dang-ky(?:\/|$)/, // the wizard's server action (photos)
  /^\/sua\//, // the correction page's server action (photos)
];

const HEAVY_READS = [
  /^\/api\/v1\/declarations\/[^/]+\/pdf\/?$/, // Tờ khai 01
  /^\/tai-khoan\/qua-trinh-tham-gia\/ban-in\/?$/, // the participation statement
  /^\/can-bo\/tai-khoan\/bien-nhan\/[^/]+\/?$/, // the counter receipt
];

export function requestCost(method: string | undefined, url: string | undefined): RequestCost {
  const path = (url ?? "/").split(/[?#]/, 1)[0] || "/";
  if (PROBES.has(path)) return "probe";
  const reading = method === "GET" || method === "HEAD" || method === undefined;
  if (reading ? HEAVY_READS.some((re) => re.test(path)) : HEAVY_WRITES.some((re) => re.test(path))) return "heavy";
  return "normal";
}

/** The caps from MAX_REQUESTS_IN_FLIGHT, MAX_HEAVY_REQUESTS_IN_FLIGHT and SHED_RETRY_AFTER_SECONDS; errors name each bad one. */
export function parseSheddingLimits(env: Record<string, string | undefined>): { limits: SheddingLimits; errors: string[] } {
  const errors: string[] = [];
  const read = (name: string, key: keyof SheddingLimits): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return SHEDDING_DEFAULTS[key];
    const value = Number(raw);
    const { min, max } = SHEDDING_BOUNDS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      errors.push(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)}).`);
      return SHEDDING_DEFAULTS[key];
    }
    return value;
  };
  const limits = {
    maxInFlight: read("MAX_REQUESTS_IN_FLIGHT", "maxInFlight"),
    maxHeavyInFlight: read("MAX_HEAVY_REQUESTS_IN_FLIGHT", "maxHeavyInFlight"),
    retryAfterSeconds: read("SHED_RETRY_AFTER_SECONDS", "retryAfterSeconds"),
  };
  return { limits: { ...limits, maxHeavyInFlight: Math.min(limits.maxHeavyInFlight, limits.maxInFlight) }, errors };
}
