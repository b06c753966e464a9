// A stand-in for scripts/serve.ts in supervision tests: the same front server (client address pinned
// from the socket), with a handler that echoes what Next would have read, and the same way of stopping
// (SIGTERM, or the parent's IPC channel closing). STUB_CRASH=1 makes it exit at once, as a broken build would.
import { parseTrustProxyHops } from "../../lib/domain/client-address";
import { createFrontServer, listen } from "../../scripts/lib/front-server";

if (process.env.STUB_CRASH === "1") process.exit(3);
const server = createFrontServer({
  trustedHops: parseTrustProxyHops(process.env.TRUST_PROXY_HOPS ?? "0") ?? 0,
  handler: (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ pid: process.pid, forwardedFor: req.headers["x-forwarded-for"] ?? null }));
  },
});
await listen(server, Number(process.env.PORT), "127.0.0.1");
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (process.connected) process.on("disconnect", stop);
