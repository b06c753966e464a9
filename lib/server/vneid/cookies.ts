import "server-only";
// The two VNeID cookies, both sealed (./seal.ts) and httpOnly:
//   - the pending authorization (state, nonce, PKCE verifier, what the person came for), scoped to
//     /vneid, for the trip to VNeID and back (SameSite=Lax: the return is a top-level navigation from VNeID);
//   - the verified identity that prefills the Tờ khai 01 wizard when the counter road is needed: never in
//     the URL, short-lived, read by the /dang-ky page and by the declaration API (which records that the
//     identity came from VNeID).
import { cookies } from "next/headers";
import type { VneidIdentity } from "@/lib/domain/vneid-identity";
import { env } from "../env";
import type { PendingAuthorization } from "./relying-party";
import type { DeclareReason, VneidIntent } from "./resolve-identity";
import { seal, unseal } from "./seal";

const FLOW_COOKIE = "bhxh-vneid-flow";
const FLOW_SECONDS = 10 * 60;
export const PREFILL_COOKIE = "bhxh-vneid-prefill";
/** Long enough to fill in and send the declaration, short enough not to linger on a shared phone. */
export const PREFILL_SECONDS = 60 * 60;

export type PendingFlow = { pending: PendingAuthorization; intent: VneidIntent };
export type VneidPrefill = { identity: VneidIdentity; reason: DeclareReason };

const secure = () => env().PUBLIC_BASE_URL.startsWith("https:");

export async function setFlowCookie(flow: PendingFlow): Promise<void> {
  (await cookies()).set(FLOW_COOKIE, seal("flow", flow, FLOW_SECONDS), { httpOnly: true, sameSite: "lax", secure: secure(), path: "/vneid", maxAge: FLOW_SECONDS });
}

/** The pending flow, removed at once: an answer from VNeID is used once. */
export async function takeFlowCookie(): Promise<PendingFlow | null> {
  const jar = await cookies();
  const flow = unseal<PendingFlow>("flow", jar.get(FLOW_COOKIE)?.value);
  jar.set(FLOW_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: secure(), path: "/vneid", maxAge: 0 });
  return flow;
}

export async function setPrefillCookie(prefill: VneidPrefill): Promise<void> {
  (await cookies()).set(PREFILL_COOKIE, seal("prefill", prefill, PREFILL_SECONDS), { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: PREFILL_SECONDS });
}

export async function readPrefillCookie(): Promise<VneidPrefill | null> {
  return unseal<VneidPrefill>("prefill", (await cookies()).get(PREFILL_COOKIE)?.value);
}

/** The prefill from a raw Cookie header (the declaration API reads it from its Request). */
export function prefillFromCookieHeader(header: string | null): VneidPrefill | null {
  const match = header?.split(/;\s*/).find((c) => c.startsWith(`${PREFILL_COOKIE}=`));
  return match ? unseal<VneidPrefill>("prefill", decodeURIComponent(match.slice(PREFILL_COOKIE.length + 1))) : null;
}

export async function clearPrefillCookie(): Promise<void> {
  (await cookies()).set(PREFILL_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: 0 });
}
