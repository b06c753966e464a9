import "server-only";
// The portal as an OpenID Connect relying party of VNeID (openid-client): discovery, the authorization
// request (state, nonce, PKCE S256) and the code exchange, whose ID token is checked for its signature
// (against the provider's published keys), issuer, audience, expiry and nonce. Answers in codes; never
// logs a token, a code or a claim. docs/decisions/0019-vneid-sign-in.md.
import * as oidc from "openid-client";
import type { VneidConfig } from "./config";

export type PendingAuthorization = { state: string; nonce: string; codeVerifier: string };

export type RelyingPartyFailure =
  /** The provider did not answer (or answered with a server error): try again later. */
  | "providerDown"
  /** The answer does not belong to the request this browser started (state), or no request was started. */
  | "badState"
  /** The person cancelled at VNeID, or VNeID refused the request. */
  | "cancelled"
  /** The code was refused by the provider (already used, expired, for another client). */
  | "codeRejected"
  /** The ID token failed a check: signature, issuer, audience, expiry or nonce. */
  | "tokenRejected";

export type RelyingPartyOptions = {
  /** Tests substitute the HTTP client (to reach an in-process provider, or to forge its answers). */
  fetch?: oidc.CustomFetch;
  /** How long to wait for the provider, ms. */
  timeoutMs?: number;
};

const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const cache = new Map<string, { at: number; config: oidc.Configuration }>();

/** Forgets the discovered metadata (tests; a provider that rotated its endpoints is re-read after the TTL anyway). */
export function forgetDiscovery(): void {
  cache.clear();
}

async function configuration(settings: VneidConfig, options: RelyingPartyOptions): Promise<oidc.Configuration> {
  const key = `${settings.issuer}\u0000${settings.clientId}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS && !options.fetch) return hit.config;
  const insecure = new URL(settings.issuer).protocol === "http:";
  // Plain http only for the built-in test provider or a provider on this machine (tests).
  if (insecure && !settings.demo && !isLoopback(settings.issuer)) throw new Error("VNEID_ISSUER must be an https:// address");
  const config = await oidc.discovery(new URL(settings.issuer), settings.clientId, { id_token_signed_response_alg: "RS256" }, oidc.ClientSecretPost(settings.clientSecret), {
    execute: insecure ? [oidc.allowInsecureRequests] : [],
    timeout: Math.ceil((options.timeoutMs ?? 10_000) / 1000),
    ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}),
  });
  // The ID token's signature is checked against the provider's JWKS, not only trusted for coming over TLS.
  oidc.enableNonRepudiationChecks(config);
  if (!options.fetch) cache.set(key, { at: Date.now(), config });
  return config;
}

/** The provider's configuration, or null (logged) when discovery fails: the person is told the provider is down. */
async function discover(settings: VneidConfig, options: RelyingPartyOptions): Promise<oidc.Configuration | null> {
  try {
    return await configuration(settings, options);
  } catch (error) {
    warn("discovery", error);
    return null;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** Where to send the browser, and what to keep (sealed, in a cookie) until it comes back. */
export async function beginAuthorization(
  settings: VneidConfig,
  options: RelyingPartyOptions = {},
): Promise<{ ok: true; url: URL; pending: PendingAuthorization } | { ok: false; code: "providerDown" }> {
  const config = await discover(settings, options);
  if (!config) return { ok: false, code: "providerDown" };
  const pending: PendingAuthorization = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: settings.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: "S256",
    // A fresh authentication every time, never a leftover VNeID session on a shared phone: VNeID stands in for the SMS code.
    prompt: "login",
  });
  return { ok: true, url, pending };
}

/**
 * Exchanges the code in `callbackUrl` (the full URL VNeID redirected to) and returns the ID token's
 * verified claims. `pending` is what beginAuthorization returned to this browser, or null if none.
 */
export async function completeAuthorization(
  settings: VneidConfig,
  callbackUrl: URL,
  pending: PendingAuthorization | null,
  options: RelyingPartyOptions = {},
): Promise<{ ok: true; claims: Record<string, unknown> } | { ok: false; code: RelyingPartyFailure }> {
  const state = callbackUrl.searchParams.get("state");
  if (!pending || !state || state !== pending.state) return { ok: false, code: "badState" };
  if (callbackUrl.searchParams.has("error")) return { ok: false, code: "cancelled" };
  const config = await discover(settings, options);
  if (!config) return { ok: false, code: "providerDown" };
  // Only the parameters of the answer: the redirect URI registered with the provider is ours, whatever host the request came by.
  const current = new URL(settings.redirectUri);
  current.search = callbackUrl.search;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      pkceCodeVerifier: pending.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return { ok: false, code: "tokenRejected" };
    return { ok: true, claims: { ...claims } };
  } catch (error) {
    const code = classify(error);
    warn(`code exchange (${code})`, error);
    return { ok: false, code };
  }
}

function classify(error: unknown): RelyingPartyFailure {
  if (error instanceof oidc.AuthorizationResponseError) return "cancelled";
  if (error instanceof oidc.ResponseBodyError) return error.status >= 500 ? "providerDown" : "codeRejected";
  if (error instanceof oidc.ClientError) {
    const code = error.code ?? "";
    // The provider's answer was not a token response at all (an error page, a proxy's 502).
    if (code === "OAUTH_RESPONSE_IS_NOT_JSON" || code === "OAUTH_RESPONSE_IS_NOT_CONFORM") return "providerDown";
    return "tokenRejected";
  }
  // fetch failed, timeout, connection refused.
  return "providerDown";
}

/** One line without the token, the code or any claim: the error's class and code only. */
function warn(step: string, error: unknown): void {
  const e = error as { name?: string; code?: string; error?: string; cause?: { code?: string } };
  console.warn(`[vneid] ${step} failed: ${e?.name ?? "Error"}${e?.code ? ` ${e.code}` : ""}${e?.error ? ` ${e.error}` : ""}${e?.cause?.code ? ` (${e.cause.code})` : ""}`);
}
