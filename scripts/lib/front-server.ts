// The HTTP server in front of Next (scripts/serve.ts, the e2e server): every request passes here first,
// and the client address the app reads (X-Forwarded-For, see lib/server/request-info.ts) is the one
// chosen here from the socket, never one the caller wrote. TRUST_PROXY_HOPS says how many proxies of
// ours stand in front (0: none, the socket's peer is the client).
// It also gives each request its id (the proxy's X-Request-Id or a new one, carried into Next's handler
// by AsyncLocalStorage), times it for /api/metrics and writes one JSON access line, and drains
// gracefully on shutdown. Beyond its caps of requests in flight (lib/domain/load-shedding.ts) it answers
// 503 with Retry-After at once instead of queueing.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { chooseClientAddress } from "../../lib/domain/client-address";
import { parseSheddingLimits, requestCost, type SheddingLimits } from "../../lib/domain/load-shedding";
import { acceptableRequestId } from "../../lib/domain/request-id";
import { apiLocaleFrom, LOCALE_COOKIE, pageLocale, type Locale } from "../../lib/i18n/config";
import { logger } from "../../lib/server/logging/logger";
import { newRequestId, runWithRequestContext } from "../../lib/server/logging/request-context";
import { metrics } from "../../lib/server/metrics/registry";
import { busyAnswer } from "./busy-answer";
import { createPublicPageCache, type PublicPageCache } from "./public-page-cache";
import type { StaticBrotli } from "./static-brotli";
import { routeLabel } from "../../lib/server/metrics/route-label";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Headers only our own proxies may set: dropped when none is trusted. */
const PROXY_ONLY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/** Rewrites the request's address headers in place; returns the chosen address. */
export function pinClientAddress(req: IncomingMessage, trustedHops: number): string | null {
  const address = chooseClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedHops });
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
  if (trustedHops === 0) for (const name of PROXY_ONLY_HEADERS) delete req.headers[name];
  // Always present, so Next (which fills it from the socket only when absent) keeps ours.
  req.headers["x-forwarded-for"] = address ?? "";
  return address;
}

/**
 * The request's id: the proxy's X-Request-Id when it has the agreed shape (lib/domain/request-id.ts),
 * otherwise a new one. Written back on the request (for code reading headers) and on the response.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const requestId = acceptableRequestId(req.headers["x-request-id"]) ?? newRequestId();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  return requestId;
}

/** Probes and scrapes are counted but not written to the access log. */
const QUIET_ROUTES = new Set(["/api/health", "/api/health/ready", "/api/metrics", "/_next/static"]);

/** Times the request into the metrics and writes one access line when the response ends (or the client leaves). */
export function observeRequest(req: IncomingMessage, res: ServerResponse, started = process.hrtime.bigint()): void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(req.url);
    const method = req.method ?? "GET";
    // A response cut off before it was complete (client gone, node stopping) is counted as status 499.
    const status = res.writableFinished ? res.statusCode : 499;
    const m = metrics();
    m.httpRequests.inc({ method, route, status: String(status) });
    m.httpDuration.observe({ method, route }, seconds);
    if (!QUIET_ROUTES.has(route)) {
      // No address, no query string, no user agent: the path pattern says what was asked, not by whom.
      logger().info({ component: "http", method, route, status, ms: Math.round(seconds * 1000) }, "request");
    }
  };
  res.once("finish", finish);
  res.once("close", finish);
}

export type FrontServer = http.Server & {
  /** Stop accepting, let requests in flight finish (at most graceMs), then resolve. */
  drain(graceMs: number): Promise<void>;
};

/** A handler served before Next for the paths under `prefix` (the demo VNeID provider). */
export type Mount = { prefix: string; handler: RequestHandler };

export type FrontServerOptions = {
  handler: RequestHandler;
  trustedHops: number;
  mounts?: Mount[];
  /** The caps of requests in flight; by default from MAX_REQUESTS_IN_FLIGHT, MAX_HEAVY_REQUESTS_IN_FLIGHT, SHED_RETRY_AFTER_SECONDS. */
  shedding?: SheddingLimits;
  /** Serve the public pages to anonymous visitors from memory (scripts/lib/public-page-cache.ts, decision 0024). */
  cachePublicPages?: boolean;
  /** The build's scripts and styles in Brotli for clients that accept it (scripts/lib/static-brotli.ts, decision 0033). */
  staticBrotli?: StaticBrotli;
};

export function createFrontServer(options: FrontServerOptions): FrontServer {
  let draining = false;
  const limits = options.shedding ?? sheddingLimitsFromEnv();
  const inFlight = { all: 0, heavy: 0 };
  const pageCache = options.cachePublicPages ? createPublicPageCache({ origin: () => ownOrigin(server) }) : null;
  // The catalogs are loaded with the server, not with this module (a process that exits at start stays quick).
  const catalog = import("../../lib/i18n/catalog");
  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    pinClientAddress(req, options.trustedHops);
    const requestId = assignRequestId(req, res);
    observeRequest(req, res, started);
    // While draining, a keep-alive connection is closed after its response so callers reconnect elsewhere.
    if (draining) res.setHeader("Connection", "close");
    // From memory, like a probe: never shed (a page already let in needs its scripts).
    if (options.staticBrotli?.serve(req, res)) return;
    const fill = pageCache?.isFill(req) ?? false;
    if (pageCache && !fill && (await servedFromCache(pageCache, req, res, requestId))) return;
    const cost = fill ? "probe" : requestCost(req.method, req.url);
    if (cost !== "probe") {
      const full = inFlight.all >= limits.maxInFlight ? "all" : cost === "heavy" && inFlight.heavy >= limits.maxHeavyInFlight ? "heavy" : null;
      if (full) return shed(req, res, full, limits.retryAfterSeconds, (await catalog).translate);
      inFlight.all++;
      if (cost === "heavy") inFlight.heavy++;
      res.once("close", () => {
        inFlight.all--;
        if (cost === "heavy") inFlight.heavy--;
      });
    }
    const path = req.url ?? "/";
    const mount = options.mounts?.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`) || path.startsWith(`${m.prefix}?`));
    runWithRequestContext({ requestId }, () => {
      void Promise.resolve((mount?.handler ?? options.handler)(req, res)).catch((error: unknown) => {
        logger().error({ component: "http", err: error }, "the request handler failed");
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end();
      });
    });
  }) as FrontServer;
  server.drain = (graceMs) => {
    draining = true;
    return drainServer(server, graceMs);
  };
  return server;
}

/** The page cache's answer, if it has one; a failure there falls through to Next unless the answer had begun. */
async function servedFromCache(cache: PublicPageCache, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<boolean> {
  try {
    return await runWithRequestContext({ requestId }, () => cache.serve(req, res, pageLocaleOf(req)));
  } catch (error) {
    logger().error({ component: "page-cache", err: error }, "serving a cached page failed");
    if (!res.headersSent) return false;
    res.destroy();
    return true;
  }
}

type Translate = (typeof import("../../lib/i18n/catalog"))["translate"];

/** Where this server can be reached from itself (for the page cache's renders). */
function ownOrigin(server: http.Server): string | null {
  const address = server.address();
  if (!address || typeof address === "string") return null;
  const host = address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** The caps from the environment; a bad value is named and the default used (lib/server/env.ts refuses it at start-up). */
function sheddingLimitsFromEnv(): SheddingLimits {
  const { limits, errors } = parseSheddingLimits(process.env);
  for (const error of errors) logger().warn({ component: "http" }, error);
  return limits;
}

/**
 * The immediate answer beyond a cap: 503 with Retry-After, in the caller's language (a JSON problem for
 * the API, a small page otherwise). A request with a body closes its connection, so the unread body is
 * not waited for.
 */
function shed(req: IncomingMessage, res: ServerResponse, cap: "all" | "heavy", retryAfterSeconds: number, translate: Translate): void {
  metrics().shedRequests.inc({ cap });
  const api = (req.url ?? "/").startsWith("/api/");
  const answer = busyAnswer({ locale: api ? apiLocaleOf(req) : pageLocaleOf(req), api, retryAfterSeconds, translate });
  const closing = req.method !== "GET" && req.method !== "HEAD" ? { Connection: "close" } : {};
  res.writeHead(503, { ...answer.headers, "Content-Type": answer.contentType, ...closing });
  res.end(answer.body);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The `lang` cookie's value, if any. */
export function langCookieOf(req: IncomingMessage): string | undefined {
  const cookie = headerValue(req.headers.cookie) ?? "";
  return new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookie)?.[1]?.trim();
}

/** A page's language, as the pages choose it (lib/i18n/config.ts pageLocale). */
export function pageLocaleOf(req: IncomingMessage): Locale {
  return pageLocale({ langCookie: langCookieOf(req), xLang: headerValue(req.headers["x-lang"]), acceptLanguage: headerValue(req.headers["accept-language"]) });
}

/** An API answer's language, as the API chooses it (lib/server/api/http.ts apiLocale). */
function apiLocaleOf(req: IncomingMessage): Locale {
  return apiLocaleFrom({ xLang: headerValue(req.headers["x-lang"]), acceptLanguage: headerValue(req.headers["accept-language"]) });
}


/**
 * Graceful stop: the listening socket closes at once (the proxy's next connection goes to another
 * node), idle keep-alive connections close, busy ones close after their response; whatever is still
 * open after graceMs is cut.
 */
export function drainServer(server: http.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 250);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    deadline.unref();
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Listens and resolves once the port is open. */
export function listen(server: http.Server, port: number, hostname?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
