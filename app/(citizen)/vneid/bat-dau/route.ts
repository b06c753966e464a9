// Starts the trip to VNeID (OpenID Connect authorization-code flow with PKCE): keeps the state, nonce and
// code verifier in a sealed cookie and sends the browser to the provider. A plain link, so it works
// before scripts load. ?muc-dich=dang-ky | dang-nhap | lien-ket (the account page's "link").
import { NextResponse } from "next/server";
import { vneidConfig } from "@/lib/server/vneid/config";
import { setFlowCookie } from "@/lib/server/vneid/cookies";
import { beginAuthorization } from "@/lib/server/vneid/relying-party";
import { RETURN_PAGES, type VneidIntent } from "@/lib/server/vneid/resolve-identity";
import { env } from "@/lib/server/env";

const INTENTS: Record<string, VneidIntent> = { "dang-ky": "register", "dang-nhap": "signIn", "lien-ket": "link" };

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const intent = INTENTS[new URL(request.url).searchParams.get("muc-dich") ?? ""] ?? "signIn";
  const base = env().PUBLIC_BASE_URL;
  const config = vneidConfig();
  if (!config) return NextResponse.redirect(new URL(`${RETURN_PAGES[intent]}?vneid=notConfigured`, base), 303);
  const started = await beginAuthorization(config);
  if (!started.ok) return NextResponse.redirect(new URL(`${RETURN_PAGES[intent]}?vneid=${started.code}`, base), 303);
  await setFlowCookie({ pending: started.pending, intent });
  const response = NextResponse.redirect(started.url, 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
