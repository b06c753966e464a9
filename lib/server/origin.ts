import "server-only";
// Is this browser request from another site? Shared by the route handlers that accept the web cookie
// (lib/server/api/http.ts) and by proxy.ts for server actions.
import { env } from "./env";

/**
 * True for a browser request marked cross-site or same-site by Sec-Fetch-Site, or whose Origin is not this
 * portal's. Not for top-level GET navigations (a link in an email or an SMS), same-origin requests, or
 * clients that send neither header (API clients authenticate with a token).
 */
export function isForeignOriginRequest(request: { method: string; headers: Headers; url: string }): boolean {
  const h = request.headers;
  const safeMethod = request.method === "GET" || request.method === "HEAD";
  const dest = h.get("sec-fetch-dest");
  if (safeMethod && h.get("sec-fetch-mode") === "navigate" && dest !== "iframe" && dest !== "frame") return false;
  const site = h.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = h.get("origin");
  if (origin === null) return false;
  return !portalOrigins(request).has(origin);
}

function portalOrigins(request: { headers: Headers; url: string }): Set<string> {
  const origins = new Set<string>([new URL(env().PUBLIC_BASE_URL).origin]);
  try {
    origins.add(new URL(request.url).origin);
  } catch {
    // a relative URL: nothing to add
  }
  const host = request.headers.get("host");
  if (host) origins.add(`http://${host}`).add(`https://${host}`);
  return origins;
}
