import "server-only";
// The headers every page carries, set by proxy.ts: a Content-Security-Policy with a fresh nonce per
// request (Next.js reads the nonce from the request's CSP header and puts it on its own scripts), and in
// production HSTS and Cross-Origin-Opener-Policy. Pages are rendered per request (the layout reads the
// language cookie); the public pages the front server caches get a hash-based policy instead (decision 0024).

/** Pages whose QR reader compiles zxing-wasm: the wizard (/dang-ky) and the officers' queue (/can-bo). */
const WASM_PAGES = [/^\/dang-ky(?:\/|$)/, /^\/can-bo\/?$/];

export function needsWasm(pathname: string): boolean {
  return WASM_PAGES.some((re) => re.test(pathname));
}

/** 128 random bits, base64: unguessable, new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, pathname: string, options: { development?: boolean } = {}): string {
  return policyWith([`'nonce-${nonce}'`, "'strict-dynamic'"], pathname, options);
}

/**
 * The policy of a public page served from the front server's cache (decision 0024): the same answer goes
 * to every anonymous visitor, so a nonce in it would be no secret. Instead its inline scripts are allowed
 * by their SHA-256 (computed from the cached bytes) and its script files by origin ('self': the build's
 * /_next/static; nothing users upload is served as script, nosniff).
 */
export function cachedPageContentSecurityPolicy(inlineScriptHashes: string[], pathname: string): string {
  return policyWith(["'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)], pathname, {});
}

function policyWith(scriptSources: string[], pathname: string, options: { development?: boolean }): string {
  const script = [...scriptSources];
  if (needsWasm(pathname)) script.push("'wasm-unsafe-eval'");
  // React's development tools evaluate code; never in a production build.
  if (options.development) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Inline style attributes (React `style`) stay allowed; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Photos previewed before sending, and QR codes, are blob:/data: URLs.
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS for two years (subdomains included) and an opener policy that keeps other windows out: production only. */
export function productionHeaders(): Record<string, string> {
  return {
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}
