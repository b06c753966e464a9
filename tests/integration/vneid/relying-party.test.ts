// The relying party against the real demo provider (oidc-provider, in-process): the whole exchange works,
// and each thing that must be refused is — bad state, a replayed code, a wrong nonce, a token for
// another audience, an expired token, a token with a forged signature, and a provider that is down.
import { createPrivateKey, createSign } from "node:crypto";
import type { CustomFetch } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginAuthorization, completeAuthorization, forgetDiscovery, type PendingAuthorization } from "@/lib/server/vneid/relying-party";
import { generateSigningKeys } from "@/scripts/lib/vneid-provider";
import { identityId, pickIdentity, startProvider, type Harness } from "./provider-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startProvider();
});
afterAll(async () => {
  await harness.close();
});

async function authorize(idNumber = "001190012345"): Promise<{ pending: PendingAuthorization; callback: URL }> {
  const started = await beginAuthorization(harness.settings);
  if (!started.ok) throw new Error(started.code);
  expect(started.url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(started.url.searchParams.get("nonce")).toBe(started.pending.nonce);
  expect(started.url.searchParams.get("prompt")).toBe("login");
  return { pending: started.pending, callback: await pickIdentity(started.url, identityId(idNumber)) };
}

type Jwk = ReturnType<typeof generateSigningKeys>["keys"][number];

/** A fetch that lets the provider answer, then rewrites the ID token's payload and signs it with `key`. */
function tamperingFetch(change: (payload: Record<string, unknown>) => void, key: Jwk): CustomFetch {
  return (async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    if (!url.endsWith("/token")) return response;
    const body = (await response.json()) as { id_token: string };
    const [header, payload] = body.id_token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    change(claims);
    const signed = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
    const signature = createSign("RSA-SHA256").update(signed).sign(createPrivateKey({ key: key as never, format: "jwk" })).toString("base64url");
    return new Response(JSON.stringify({ ...body, id_token: `${signed}.${signature}` }), { status: 200, headers: { "content-type": "application/json" } });
  }) as unknown as CustomFetch;
}

describe("VNeID relying party", () => {
  it("gets the verified claims of the identity the person picked", async () => {
    const { pending, callback } = await authorize();
    const result = await completeAuthorization(harness.settings, callback, pending);
    expect(result).toMatchObject({ ok: true, claims: { citizen_id: "001190012345", name: "Nguyễn Thị Ngọc Hường", birthdate: "1990-05-12", identity_level: "2", phone_number: "+84912345678" } });
  });

  it("refuses an answer whose state is not this browser's, and one with no request started", async () => {
    const { pending, callback } = await authorize();
    expect(await completeAuthorization(harness.settings, callback, { ...pending, state: "another-browsers-state" })).toEqual({ ok: false, code: "badState" });
    expect(await completeAuthorization(harness.settings, callback, null)).toEqual({ ok: false, code: "badState" });
  });

  it("refuses a code used a second time", async () => {
    const { pending, callback } = await authorize();
    expect(await completeAuthorization(harness.settings, callback, pending)).toMatchObject({ ok: true });
    expect(await completeAuthorization(harness.settings, callback, pending)).toEqual({ ok: false, code: "codeRejected" });
  });

  it("refuses an ID token whose nonce is not the one sent", async () => {
    const { pending, callback } = await authorize();
    expect(await completeAuthorization(harness.settings, callback, { ...pending, nonce: "not-the-nonce-sent" })).toEqual({ ok: false, code: "tokenRejected" });
  });

  it("refuses a PKCE verifier that does not match the challenge", async () => {
    const { pending, callback } = await authorize();
    expect(await completeAuthorization(harness.settings, callback, { ...pending, codeVerifier: "x".repeat(43) })).toEqual({ ok: false, code: "codeRejected" });
  });

  it("refuses a token for another audience, an expired one, one from another issuer, and one signed by another key", async () => {
    const key = harness.keys.keys[0]!;
    const cases: [string, (p: Record<string, unknown>) => void, Jwk][] = [
      ["audience", (p) => void (p.aud = "another-client"), key],
      ["expired", (p) => void ((p.exp = Math.floor(Date.now() / 1000) - 600), (p.iat = Math.floor(Date.now() / 1000) - 900)), key],
      ["issuer", (p) => void (p.iss = "https://evil.example/vneid"), key],
      ["signature", () => undefined, generateSigningKeys().keys[0]!],
    ];
    // Control: the same re-signing with no change is accepted, so each refusal is the change's doing.
    {
      forgetDiscovery();
      const { pending, callback } = await authorize();
      expect(await completeAuthorization(harness.settings, callback, pending, { fetch: tamperingFetch(() => undefined, key) })).toMatchObject({ ok: true });
    }
    for (const [name, change, signingKey] of cases) {
      const { pending, callback } = await authorize();
      const result = await completeAuthorization(harness.settings, callback, pending, { fetch: tamperingFetch(change, signingKey) });
      expect({ name, result }).toEqual({ name, result: { ok: false, code: "tokenRejected" } });
    }
  });

  it("says the provider is down when it does not answer, at the start and at the code exchange", async () => {
    const { pending, callback } = await authorize();
    const down = { ...harness.settings, issuer: "http://127.0.0.1:9/vneid-thu-nghiem" };
    forgetDiscovery();
    expect(await beginAuthorization(down, { timeoutMs: 2000 })).toEqual({ ok: false, code: "providerDown" });
    const failing: CustomFetch = async () => {
      throw new TypeError("fetch failed");
    };
    expect(await completeAuthorization(harness.settings, callback, pending, { fetch: failing })).toEqual({ ok: false, code: "providerDown" });
  });
});
