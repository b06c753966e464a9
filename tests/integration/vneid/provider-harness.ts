// The demo VNeID provider (scripts/lib/vneid-provider.ts) run in-process on a free port, a relying-party
// configuration pointing at it, and a tiny cookie-keeping "browser" that picks an identity and brings
// back the redirect to the portal's callback URL (code and state), without the portal's HTTP layer.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { VneidConfig } from "@/lib/server/vneid/config";
import { createVneidProvider, DEMO_VNEID_IDENTITIES, generateSigningKeys } from "@/scripts/lib/vneid-provider";

export const REDIRECT_URI = "http://127.0.0.1:1/vneid/callback";
export const CLIENT = { clientId: "test-portal", clientSecret: "test-portal-secret-test-portal-secret" };

export type Harness = { issuer: string; settings: VneidConfig; keys: ReturnType<typeof generateSigningKeys>; close: () => Promise<void> };

export async function startProvider(): Promise<Harness> {
  const keys = generateSigningKeys();
  // The issuer names the port, known only once listening: the provider is made then.
  const ready: { handle?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> } = {};
  const server: Server = http.createServer((req, res) => {
    void ready.handle!(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vneid-thu-nghiem`;
  ready.handle = createVneidProvider({
    issuer,
    clients: [{ ...CLIENT, redirectUris: [REDIRECT_URI] }],
    jwks: keys,
    cookieSecret: "provider-cookie-secret-provider-cookie-secret",
  }).handle;
  const settings: VneidConfig = {
    issuer,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    redirectUri: REDIRECT_URI,
    scope: "openid profile phone address",
    claims: { idNumber: "citizen_id", fullName: "name", dateOfBirth: "birthdate", sex: "gender", address: "address", phone: "phone_number", level: "identity_level" },
    demo: false,
  };
  return { issuer, settings, keys, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** An identity of the demo provider by its CCCD number (and level when several share it). */
export function identityId(idNumber: string, level: "1" | "2" = "2"): string {
  const found = DEMO_VNEID_IDENTITIES.find((i) => i.claims.citizen_id === idNumber && i.claims.identity_level === level);
  if (!found) throw new Error(`no demo identity ${idNumber}`);
  return found.id;
}

/** Follows the provider's redirects as a browser would, picking `identity`; returns the URL it sends back to the portal. */
export async function pickIdentity(authorizationUrl: URL, identity: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl.href;
  let method = "GET";
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(url, {
      method,
      body,
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(REDIRECT_URI)) return next;
      url = next.href;
      method = "GET";
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`unexpected page ${response.status}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))), url).href;
    method = "POST";
    body = new URLSearchParams({ identity }).toString();
  }
  throw new Error("too many redirects");
}
