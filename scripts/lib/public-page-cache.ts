// The front server's cache of public pages (decision 0024): the home page, the status look-up form, the
// look-up start pages and the privacy policy are the same for every anonymous visitor of one language, so
// each (path, language) is rendered by Next once per PUBLIC_PAGE_TTL_SECONDS and served from memory in
// between: ETag and 304, gzip made once, `Cache-Control: public, s-maxage` so a proxy or CDN may keep it too,
// and a Content-Security-Policy by hashes of the page's inline scripts instead of a per-request nonce.
// Visitors with a session cookie, requests with a query string and Next's client-side navigations (RSC)
// always go to Next.
import { createHash, randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { hasSessionCookie } from "../../lib/domain/session-cookie";
import { LANGUAGE_TAGS, LOCALE_COOKIE, type Locale } from "../../lib/i18n/config";
import { logger } from "../../lib/server/logging/logger";
import { cachedPageContentSecurityPolicy } from "../../lib/server/security-headers";

/** The pages served from the cache: the same for every anonymous visitor of one language. */
export const PUBLIC_PAGES = ["/", "/tra-cuu", "/tra-cuu/ma-so-bhxh", "/tra-cuu/co-quan-bhxh", "/chinh-sach-bao-ve-du-lieu"] as const;
/** How long a rendered page is served before Next renders it again (a change of the page shows within this). */
export const PUBLIC_PAGE_TTL_SECONDS = 60;

/** What stands for the render's nonce in a cached page (no CSP allows it: the page's scripts are allowed by hash). */
export const CACHED_PAGE_NONCE = "cached-page";
/**
 * What a cached page varies on: the language is read from the `lang` cookie, X-Lang and Accept-Language
 * (lib/i18n/config.ts pageLocale), and the session cookie decides whether the cache is used at all. A
 * shared cache that honours Vary is therefore correct; our own cache keys on the language those resolve to.
 */
export const PUBLIC_PAGE_VARY = "Cookie, Accept-Language, X-Lang, Accept-Encoding";

/** Headers of Next's answer not copied to the cached one (per request, per connection, or replaced). */
const NOT_COPIED = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
  "vary",
  "content-security-policy",
  "x-request-id",
]);

type CachedPage = { headers: Record<string, string>; body: Buffer; gzip: Buffer | null; etag: string; storedAt: number };

export type PublicPageCache = {
  /** Answers from the cache and returns true, or returns false (the caller hands the request to Next). */
  serve(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<boolean>;
  /** Whether this request is the cache's own render request (it must reach Next untouched). */
  isFill(req: IncomingMessage): boolean;
};

/**
 * `origin()` is where this process listens (the render requests go to Next through it). `now` is for tests.
 */
export function createPublicPageCache(options: { origin: () => string | null; ttlSeconds?: number; now?: () => number }): PublicPageCache {
  const ttlMs = (options.ttlSeconds ?? PUBLIC_PAGE_TTL_SECONDS) * 1000;
  const now = options.now ?? Date.now;
  const fillToken = randomBytes(18).toString("base64url");
  const pages = new Map<string, CachedPage>();
  const filling = new Map<string, Promise<CachedPage | null>>();
  const cacheable = new Set<string>(PUBLIC_PAGES);

  const fill = (path: string, locale: Locale): Promise<CachedPage | null> => {
    const key = `${path}|${locale}`;
    let pending = filling.get(key);
    if (!pending) {
      pending = render(path, locale)
        .then((page) => {
          if (page) pages.set(key, page);
          return page;
        })
        .catch((error: unknown) => {
          logger().warn({ component: "page-cache", path, err: error }, "rendering a public page for the cache failed");
          return null;
        })
        .finally(() => filling.delete(key));
      filling.set(key, pending);
    }
    return pending;
  };

  const render = async (path: string, locale: Locale): Promise<CachedPage | null> => {
    const origin = options.origin();
    if (!origin) return null;
    const answer = await get(`${origin}${path}`, { cookie: `${LOCALE_COOKIE}=${locale}`, "accept-encoding": "identity", "x-page-cache-fill": fillToken });
    const type = String(answer.headers["content-type"] ?? "");
    // Only a plain page is kept: an error, a redirect or anything setting a cookie goes to Next each time.
    if (answer.status !== 200 || !type.startsWith("text/html") || answer.headers["set-cookie"]) return null;
    // Each render carries a fresh nonce (proxy.ts), in attributes and in Next's payload, which a cached page
    // does not use (its CSP allows its inline scripts by hash): one fixed value instead, so an unchanged page
    // keeps its ETag across refreshes and a browser's or proxy's revalidation still gets 304.
    const nonce = /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"] ?? ""))?.[1];
    const body = nonce ? Buffer.from(answer.body.toString("utf8").split(nonce).join(CACHED_PAGE_NONCE), "utf8") : answer.body;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) if (!NOT_COPIED.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    headers["content-security-policy"] = cachedPageContentSecurityPolicy(inlineScriptHashes(body.toString("utf8")), path);
    headers["content-language"] = LANGUAGE_TAGS[locale];
    const gzip = gzipSync(body);
    return {
      headers,
      body,
      gzip: gzip.byteLength < body.byteLength ? gzip : null,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      storedAt: now(),
    };
  };

  return {
    isFill: (req) => req.headers["x-page-cache-fill"] === fillToken,
    async serve(req, res, locale) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const path = req.url ?? "/";
      if (!cacheable.has(path)) return false; // a query string is never cached
      if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined || req.headers["next-router-state-tree"] !== undefined) return false;
      if (hasSessionCookie(headerValue(req.headers.cookie))) return false;
      const key = `${path}|${locale}`;
      let page = pages.get(key);
      if (!page) page = (await fill(path, locale)) ?? undefined;
      else if (now() - page.storedAt > ttlMs) void fill(path, locale); // served stale while one render refreshes it
      if (!page) return false;
      const common = {
        ETag: page.etag,
        "Cache-Control": `public, max-age=0, s-maxage=${Math.round(ttlMs / 1000)}`,
        Vary: PUBLIC_PAGE_VARY,
      };
      if (matchesEtag(headerValue(req.headers["if-none-match"]), page.etag)) {
        res.writeHead(304, common);
        res.end();
        return true;
      }
      const gzip = page.gzip && /\bgzip\b/.test(headerValue(req.headers["accept-encoding"]) ?? "") ? page.gzip : null;
      const body = gzip ?? page.body;
      res.writeHead(200, { ...page.headers, ...common, "Content-Length": String(body.byteLength), ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}

/** The SHA-256 (base64) of each inline script's text, as CSP hashes it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", text = ""] = match;
    if (/\ssrc\s*=/i.test(attributes) || text.length === 0) continue;
    hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  return [...hashes];
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
  });
}
