// The HTTP server in front of Next (scripts/serve.ts, the e2e server): every request passes here first,
// and the client address the app reads (X-Forwarded-For, see lib/server/request-info.ts) is the one
// chosen here from the socket, never one the caller wrote. TRUST_PROXY_HOPS says how many proxies of
// ours stand in front (0: none, the socket's peer is the client).
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { chooseClientAddress } from "../../lib/domain/client-address";

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

/** A handler served before Next for the paths under `prefix` (the demo VNeID provider). */
export type Mount = { prefix: string; handler: RequestHandler };

export function createFrontServer(options: { handler: RequestHandler; trustedHops: number; mounts?: Mount[] }): http.Server {
  return http.createServer((req, res) => {
    pinClientAddress(req, options.trustedHops);
    const path = req.url ?? "/";
    const mount = options.mounts?.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`) || path.startsWith(`${m.prefix}?`));
    void Promise.resolve((mount?.handler ?? options.handler)(req, res)).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end();
    });
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
