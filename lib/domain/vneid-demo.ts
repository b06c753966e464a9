// The demo installation's stand-in for VNeID (scripts/lib/vneid-provider.ts) and the portal, its relying
// party (lib/server/vneid/config.ts), agree on these without any configuration: the path, the client id,
// and a client secret both derive from AUTH_SECRET. Never used in production mode.
import { hkdfSync } from "node:crypto";

/** Where the test identity provider is served, on the portal's own origin. */
export const DEMO_VNEID_PATH = "/vneid-thu-nghiem";
export const DEMO_VNEID_CLIENT_ID = "bhxh-cong-dang-ky-thu-nghiem";
/** Where VNeID sends the person back (the relying party's redirect URI), on the portal's origin. */
export const VNEID_CALLBACK_PATH = "/vneid/callback";

export function demoVneidIssuer(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}${DEMO_VNEID_PATH}`;
}

export function demoVneidClientSecret(authSecret: string): string {
  return Buffer.from(hkdfSync("sha256", authSecret, "bhxh-portal", "bhxh:vneid-demo-client:v1", 32)).toString("base64url");
}
