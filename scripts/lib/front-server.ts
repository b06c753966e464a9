// The HTTP server in front of Next (scripts/serve.ts, the e2e server): every request passes here first,
// and the client address the app reads (X-Forwarded-For, see lib/server/request-info.ts) is the one
// chosen here from the socket, never one the caller wrote. TRUST_PROXY_HOPS says how many proxies of
// ours stand in front (0: none, the socket's peer is the client).
// It also gives each request its id (the proxy's X-Request-Id or a new one, carried into Next's handler
// by AsyncLocalStorage), times it for /api/metrics and writes one JSON access line, and drains
// gracefully on shutdown.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { chooseClientAddress } from "../../lib/domain/client-address";
import { acceptableRequestId } from "../../lib/domain/request-id";
import { logger } from "../../lib/server/logging/logger";
import { newRequestId, runWithRequestContext } from "../../lib/server/logging/request-context";
import { metrics } from "../../lib/server/metrics/registry";
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

export function createFrontServer(options: { handler: RequestHandler; trustedHops: number; mounts?: Mount[] }): FrontServer {
  let draining = false;
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    pinClientAddress(req, options.trustedHops);
    const requestId = assignRequestId(req, res);
    observeRequest(req, res, started);
    // While draining, a keep-alive connection is closed after its response so callers reconnect elsewhere.
    if (draining) res.setHeader("Connection", "close");
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
