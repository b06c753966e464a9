// The page headers on the built app: a nonce-based CSP on every page rendered per request (wasm only where
// the QR reader runs), Next's own scripts carrying the nonce, a fresh nonce per request; the public pages an
// anonymous visitor gets from the front server's cache allow exactly their inline scripts by hash (decision
// 0024); an injected inline script blocked either way, and a server action posted from another site answered 403.
import { createHash } from "node:crypto";
import { EXPECTED_CSP_VIOLATION, expect, test } from "./support/test";

const portalBase = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;

const directive = (policy: string, name: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? "";

test("every page carries a nonce-based Content-Security-Policy; 'wasm-unsafe-eval' only on the wizard and the officers' queue", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/dang-nhap", "/dang-ky", "/can-bo/dang-nhap", "/khong-co-trang-nay"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()["content-security-policy"] ?? "";
    const script = directive(policy, "script-src");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(script, path).toContain("'strict-dynamic'");
    expect(script, path).not.toContain("unsafe-inline");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy, path).toContain(d);
    expect(script.includes("'wasm-unsafe-eval'"), path).toBe(path === "/dang-ky");
    // Next.js put the same nonce on its scripts.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
});

test("a public page from the cache allows its own inline scripts by hash, sets no cookie, and is cacheable per language", async ({ request }) => {
  for (const path of ["/", "/tra-cuu", "/tra-cuu/ma-so-bhxh", "/tra-cuu/co-quan-bhxh", "/chinh-sach-bao-ve-du-lieu"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["set-cookie"], path).toBeUndefined();
    expect(headers["cache-control"], path).toMatch(/^public, .*s-maxage=\d+/);
    expect(headers["vary"], path).toContain("Cookie");
    expect(headers["etag"], path).toBeTruthy();
    const script = directive(headers["content-security-policy"] ?? "", "script-src");
    expect(script, path).not.toMatch(/nonce|unsafe-inline|unsafe-eval/);
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!) && m[2]!.length > 0);
    expect(inline.length, path).toBeGreaterThan(0);
    for (const m of inline) expect(script, path).toContain(`'sha256-${createHash("sha256").update(m[2]!).digest("base64")}'`);
    expect((await request.get(path, { headers: { "If-None-Match": headers["etag"]! } })).status(), path).toBe(304);
  }
});

test("an inline script injected into the page (stored XSS) does not run, and the guard of every spec sees the violation", { annotation: { type: EXPECTED_CSP_VIOLATION } }, async ({ page }) => {
  // What a stored XSS would be: markup in the server's HTML, without the nonce. (A script added through
  // page.evaluate would not do: the browser exempts code run by the debugging protocol from CSP.)
  await page.route("**/tra-cuu", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/tra-cuu");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
});

test("a server action posted from another site gets 403, not 500", async ({ request }) => {
  const response = await request.post("/tra-cuu", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  // The same form sent before scripts load (no Next-Action header, a plain form post).
  const plain = await request.post("/tra-cuu", { headers: { origin: "https://evil.example" }, form: { reference: "TK-2222-2222", idNumber: "001190012345" } });
  expect(plain.status()).toBe(403);
  // From the portal itself, the plain form still works (the page answers, no 403).
  const own = await request.post("/tra-cuu", { headers: { origin: new URL(portalBase()).origin }, form: { reference: "TK-2222-2222" } });
  expect(own.status()).not.toBe(403);
});
