import "server-only";
// The Prometheus metrics of a web node (prom-client), served at /api/metrics. The front server times
// every request; services count what happens (rate-limit refusals, photo processing); the state kept in
// PostgreSQL (declarations, outbox, jobs: what the workers do) is read at scrape time (db-gauges.ts), so
// every node reports the same numbers and the workers need no endpoint of their own.
// One registry per process, on globalThis: the front server (loaded through tsx) and Next's server
// bundle each have their own copy of this file.
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "bhxh_node_" });
  return {
    registry,
    httpRequests: new Counter({
      name: "bhxh_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status code.",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "bhxh_http_request_duration_seconds",
      help: "Time from the request's arrival at the node to the end of the response, by method and route pattern.",
      labelNames: ["method", "route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: "bhxh_rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by rule.",
      labelNames: ["rule"] as const,
      registers: [registry],
    }),
    shedRequests: new Counter({
      name: "bhxh_shed_requests_total",
      help: "Requests answered 503 at once because the node was at its cap of requests in flight, by cap (all, heavy).",
      labelNames: ["cap"] as const,
      registers: [registry],
    }),
    rateLimitStatements: new Counter({
      name: "bhxh_rate_limit_statements_total",
      help: "Statements that counted rate-limit hits (each counts a whole batch of hits; compare with the requests).",
      registers: [registry],
    }),
    photoProcessing: new Histogram({
      name: "bhxh_photo_processing_seconds",
      help: "Time to check and re-encode one uploaded photo.",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const METRICS_KEY = Symbol.for("bhxh.metrics");
const holder = globalThis as unknown as { [METRICS_KEY]?: Metrics };

export function metrics(): Metrics {
  return (holder[METRICS_KEY] ??= createMetrics());
}

/** Times one photo's processing. */
export async function observePhotoProcessing<T>(work: () => Promise<T>): Promise<T> {
  const end = metrics().photoProcessing.startTimer();
  try {
    return await work();
  } finally {
    end();
  }
}
