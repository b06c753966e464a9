// The web server process: Next.js (the production build, or `next dev` with --dev) behind our own HTTP
// server (scripts/lib/front-server.ts), which decides the client address before Next sees the request.
// Started and restarted by scripts/start.ts and scripts/e2e-server.ts; runs without the react-server
// condition (Next loads its own React builds).
//   PORT (default 3000), LISTEN_HOST (default: every interface; not HOSTNAME, which shells and containers set), TRUST_PROXY_HOPS (default 0).
import path from "node:path";
import next from "next";
import { startDraining } from "../lib/server/draining";
import { parseTrustProxyHops } from "../lib/domain/client-address";
import { logger } from "../lib/server/logging/logger";
import { DEMO_VNEID_CLIENT_ID, demoVneidClientSecret, demoVneidIssuer, VNEID_CALLBACK_PATH } from "../lib/domain/vneid-demo";
import { createFrontServer, listen, type Mount } from "./lib/front-server";
import { createStaticBrotli } from "./lib/static-brotli";
import { collectGarbageWhenIdle } from "./lib/idle-gc";
import { createVneidProvider, demoCookieSecret, demoSigningKeys } from "./lib/vneid-provider";

const log = (msg: string) => logger().info({ component: "serve" }, msg);
/** Requests in flight when SIGTERM arrives get this long to finish (docs/operations.md, "Stopping a node"). */
const SHUTDOWN_GRACE_MS = 30_000;
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.LISTEN_HOST || undefined;
const trustedHops = parseTrustProxyHops(process.env.TRUST_PROXY_HOPS ?? "0");
if (trustedHops === null) {
  logger().fatal(`TRUST_PROXY_HOPS must be a whole number from 0 to 10 (got ${JSON.stringify(process.env.TRUST_PROXY_HOPS)}).`);
  process.exit(1);
}

const app = next({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
await app.prepare();
// Public pages from memory for anonymous visitors (decision 0024); never under `next dev`, where pages change as you edit.
// Scripts and styles in Brotli (decision 0033); compressed after we listen, so they never delay the start.
const staticBrotli = dev ? undefined : createStaticBrotli(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static"));
const server = createFrontServer({ handler: app.getRequestHandler(), trustedHops, mounts: demoMounts(), cachePublicPages: !dev, staticBrotli });
// Longer than the proxy's upstream keep-alive (nginx: 60 s), so the proxy never reuses a socket we are closing.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
}
// Memory back after a burst (decision 0026).
collectGarbageWhenIdle(server);
await listen(server, port, hostname);
void staticBrotli?.prepare();
log(`Listening on ${hostname ?? "*"}:${port} (${dev ? "development" : "production"}; client address: ${trustedHops === 0 ? "the socket's peer" : `hop ${trustedHops} from the right of X-Forwarded-For`}).`);

/**
 * Demo mode (and no real VNeID configured): the test identity provider at /vneid-thu-nghiem, on this
 * origin. Never in production mode, where that path falls through to Next's 404.
 */
function demoMounts(): Mount[] {
  const authSecret = process.env.AUTH_SECRET;
  if (process.env.APP_MODE === "production" || process.env.VNEID_ISSUER || !authSecret) return [];
  const base = (process.env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  const vneid = createVneidProvider({
    issuer: demoVneidIssuer(base),
    clients: [{ clientId: DEMO_VNEID_CLIENT_ID, clientSecret: demoVneidClientSecret(authSecret), redirectUris: [`${base}${VNEID_CALLBACK_PATH}`] }],
    jwks: demoSigningKeys(),
    cookieSecret: demoCookieSecret(authSecret),
  });
  log(`Test VNeID provider (demo only) at ${base}${vneid.mountPath}.`);
  return [{ prefix: vneid.mountPath, handler: vneid.handle }];
}

let stopping = false;
const stop = (reason: string) => {
  if (stopping) return;
  stopping = true;
  log(`${reason}: draining (at most ${SHUTDOWN_GRACE_MS / 1000} s for requests in flight).`);
  // Readiness: /api/health/ready answers 503 from here on (startDraining() in lib/server, issue 16),
  // so a load balancer that probes it stops sending; nginx's passive checks see the closed port.
  startDraining();
  setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS + 5_000).unref();
  void server
    .drain(SHUTDOWN_GRACE_MS)
    .then(() => app.close())
    .finally(() => {
      log("stopped.");
      process.exit(0);
    });
};

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(`${signal} received`));
// Started with an IPC channel by start.ts: if that process dies, even by SIGKILL, do not linger holding the port.
if (process.connected) process.on("disconnect", () => stop("The parent process is gone"));
