// The front server's cache of public pages (decision 0024), with a stand-in for Next that renders like the
// real one (a nonce CSP, `private, no-store`, the language from the `lang` cookie, an inline script): an
// anonymous visitor's page is rendered once per language and served from memory with ETag/304, a shared-cache
// Cache-Control and Vary, gzip, and a CSP that allows exactly the page's inline scripts by hash; a session
// cookie, a query string, a client-side navigation or a page that sets a cookie always reach Next.
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { hasSessionCookie } from "@/lib/domain/session-cookie";
import { createFrontServer, listen, type FrontServer } from "@/scripts/lib/front-server";
import { CACHED_PAGE_NONCE, createPublicPageCache, inlineScriptHashes } from "@/scripts/lib/public-page-cache";
import http from "node:http";

let server: FrontServer | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const renders: { url: string; lang: string }[] = [];

async function start(options: { setCookie?: boolean } = {}): Promise<string> {
  renders.length = 0;
  server = createFrontServer({
    trustedHops: 0,
    cachePublicPages: true,
    handler: (req, res) => {
      const lang = /(?:^|;\s*)lang=(\w+)/.exec(req.headers.cookie ?? "")?.[1] ?? "vi";
      renders.push({ url: req.url ?? "", lang });
      const nonce = `n${renders.length}`;
      const headers: Record<string, string> = {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
        "Content-Security-Policy": `script-src 'nonce-${nonce}' 'strict-dynamic'`,
      };
      if (options.setCookie) headers["Set-Cookie"] = "authjs.csrf-token=abc; Path=/";
      res.writeHead(200, headers);
      res.end(`<!doctype html><html lang="${lang}"><body><h1>${lang} ${req.url}</h1>${"<p>public text</p>".repeat(50)}<script nonce="${nonce}">self.__next_f=[["${lang}"]]</script><script src="/_next/static/a.js" nonce="${nonce}"></script></body></html>`);
    },
  });
  await listen(server, 0, "127.0.0.1");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** GET without fetch's automatic decompression, so Content-Encoding can be checked. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the public page cache", () => {
  it("renders each public page once per language and serves it with ETag, s-maxage, Vary and a CSP of the page's script hashes", async () => {
    const base = await start();
    const first = await get(`${base}/`);
    const again = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/`)));
    expect(renders).toEqual([{ url: "/", lang: "vi" }]);
    for (const answer of [first, ...again]) {
      expect(answer.status).toBe(200);
      expect(answer.headers["set-cookie"]).toBeUndefined();
      expect(answer.body.toString()).toContain("<h1>vi /</h1>");
    }
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=60");
    expect(first.headers.vary).toBe("Cookie, Accept-Language, X-Lang, Accept-Encoding");
    expect(first.headers["content-language"]).toBe("vi");
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const policy = String(first.headers["content-security-policy"]);
    const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
    const expectedHash = createHash("sha256").update('self.__next_f=[["vi"]]').digest("base64");
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${expectedHash}'`);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy).toContain(d);

    const notModified = await get(`${base}/`, { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.byteLength).toBe(0);

    const gzipped = await get(`${base}/`, { "Accept-Encoding": "gzip, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(first.body)).toBe(true);
  });

  it("keys on the language the visitor gets: the lang cookie, else Accept-Language", async () => {
    const base = await start();
    const en = await get(`${base}/tra-cuu`, { Cookie: "lang=en; other=1" });
    const ko = await get(`${base}/tra-cuu`, { "Accept-Language": "ko-KR,ko;q=0.9" });
    const koAgain = await get(`${base}/tra-cuu`, { Cookie: "lang=ko" });
    const vi = await get(`${base}/tra-cuu`, { "Accept-Language": "en-US" }); // English only by choice
    expect(en.body.toString()).toContain("<h1>en /tra-cuu</h1>");
    expect(ko.body.toString()).toContain("<h1>ko /tra-cuu</h1>");
    expect(koAgain.headers.etag).toBe(ko.headers.etag);
    expect(vi.body.toString()).toContain("<h1>vi /tra-cuu</h1>");
    expect(renders.map((r) => r.lang).sort()).toEqual(["en", "ko", "vi"]);
  });

  it("sends a visitor with a session cookie, a query string, a client-side navigation and other pages to Next every time", async () => {
    const base = await start();
    const session = { Cookie: "authjs.session-token=x" };
    for (let i = 0; i < 2; i++) {
      const signedIn = await get(`${base}/`, session);
      expect(signedIn.headers["cache-control"]).toContain("private");
      await get(`${base}/tra-cuu?ma=HN2612000001`);
      await get(`${base}/`, { RSC: "1" });
      await get(`${base}/dang-ky`);
    }
    expect(renders.map((r) => r.url)).toEqual(["/", "/tra-cuu?ma=HN2612000001", "/", "/dang-ky", "/", "/tra-cuu?ma=HN2612000001", "/", "/dang-ky"]);
  });

  it("gives an unchanged page the same ETag when it is rendered again after its time, although each render has its own nonce", async () => {
    // Next itself, without the front server: each render a fresh nonce, in the attributes and in the payload.
    let rendered = 0;
    const next = http.createServer((_req, res) => {
      const nonce = `N0nce${++rendered}+/=`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": `script-src 'nonce-${nonce}' 'strict-dynamic'` });
      res.end(`<!doctype html><html><body><h1>same</h1><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`);
    });
    await listen(next, 0, "127.0.0.1");
    let clock = 0;
    const cache = createPublicPageCache({ origin: () => `http://127.0.0.1:${(next.address() as AddressInfo).port}`, ttlSeconds: 60, now: () => clock });
    const front = http.createServer((req, res) => void cache.serve(req, res, "vi").then((served) => served || res.writeHead(404).end()));
    await listen(front, 0, "127.0.0.1");
    const base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    try {
      const first = await get(`${base}/`);
      expect(first.status).toBe(200);
      expect(first.body.toString()).not.toContain("N0nce1");
      clock = 61_000; // past its time: served as it is while one render refreshes it
      const stale = await get(`${base}/`, { "If-None-Match": first.headers.etag! });
      expect(stale.status).toBe(304);
      await expect.poll(() => rendered).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the second render stored
      const refreshed = await get(`${base}/`, { "If-None-Match": first.headers.etag! });
      expect(refreshed.status, "the refreshed page is the same page").toBe(304);
      const inlineHash = createHash("sha256").update(`self.__next_f.push([1,"{\\"nonce\\":\\"${CACHED_PAGE_NONCE}\\"}"])`).digest("base64");
      expect(String(first.headers["content-security-policy"])).toContain(`'sha256-${inlineHash}'`);
    } finally {
      for (const s of [front, next]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    }
  });

  it("never keeps a page that sets a cookie", async () => {
    const base = await start({ setCookie: true });
    await get(`${base}/`);
    const second = await get(`${base}/`);
    expect(second.headers["set-cookie"]).toBeDefined();
    expect(second.headers["cache-control"]).toContain("private");
    // One render that the cache refused, then each request rendered by Next.
    expect(renders.length).toBeGreaterThanOrEqual(3);
  });
});

describe("what the cache reads", () => {
  it.each(["authjs.session-token=a", "lang=vi; __Secure-authjs.session-token=a", "authjs.session-token.0=a; authjs.session-token.1=b"])(
    "recognises an Auth.js session cookie, plain, __Secure- or chunked: %s",
    (cookie) => {
      expect(hasSessionCookie(cookie)).toBe(true);
    },
  );
  it.each(["lang=vi; authjs.csrf-token=a; authjs.callback-url=b", undefined])("and nothing else: %s", (cookie) => {
    expect(hasSessionCookie(cookie)).toBe(false);
  });

  it("hashes inline scripts only, as the browser hashes them", () => {
    const html = `<script>a()</script><script src="/x.js"></script><script type="module" nonce="z">b()</script>`;
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("b()")]);
  });
});
