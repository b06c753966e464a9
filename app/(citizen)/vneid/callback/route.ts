// Where VNeID sends the browser back: the code is exchanged and the ID token checked (relying-party.ts),
// the claims mapped (lib/domain/vneid-identity.ts), and the identity resolved (resolve-identity.ts) into
// a session, a linked account, or the prefilled Tờ khai 01 wizard. Refusals go back to the page the person
// came from with a code (?vneid=providerDown …) that the page explains; no token or claim is logged.
import { CredentialsSignin } from "next-auth";
import { NextResponse } from "next/server";
import { identityFromClaims } from "@/lib/domain/vneid-identity";
import { signIn } from "@/lib/server/auth/auth";
import { getCitizenPrincipal } from "@/lib/server/auth/citizen-guards";
import { deviceHash, ensureDeviceId } from "@/lib/server/auth/device-cookie";
import { env } from "@/lib/server/env";
import { currentRequestInfo } from "@/lib/server/request-info";
import { vneidConfig } from "@/lib/server/vneid/config";
import { clearPrefillCookie, setPrefillCookie, takeFlowCookie } from "@/lib/server/vneid/cookies";
import { completeAuthorization } from "@/lib/server/vneid/relying-party";
import { resolveVneidIdentity, RETURN_PAGES } from "@/lib/server/vneid/resolve-identity";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const base = env().PUBLIC_BASE_URL;
  const go = (path: string) => {
    const response = NextResponse.redirect(new URL(path, base), 303);
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
  const config = vneidConfig();
  if (!config) return go("/dang-nhap?vneid=notConfigured");
  const flow = await takeFlowCookie();
  const intent = flow?.intent ?? "signIn";
  const back = (code: string) => go(`${RETURN_PAGES[intent]}?vneid=${code}`);

  const answer = await completeAuthorization(config, new URL(request.url), flow?.pending ?? null);
  if (!answer.ok) return back(answer.code);
  const mapped = identityFromClaims(answer.claims, config.claims);
  if (!mapped.ok) return back(mapped.code);

  const [info, principal] = await Promise.all([currentRequestInfo(), intent === "link" ? getCitizenPrincipal() : null]);
  const outcome = await resolveVneidIdentity(
    { identity: mapped.identity, intent, deviceHash: deviceHash(await ensureDeviceId()), signedInAccountId: principal?.accountId ?? null },
    info,
  );
  switch (outcome.kind) {
    case "refused":
      return back(outcome.code);
    case "linked":
      return go("/tai-khoan?vneid=linked");
    case "declare":
      await setPrefillCookie({ identity: mapped.identity, reason: outcome.reason });
      return go("/dang-ky/ke-khai?tu=vneid");
    case "signIn":
      try {
        await signIn("citizen", { ticket: outcome.ticket, redirect: false });
      } catch (error) {
        if (!(error instanceof CredentialsSignin)) throw error;
        return back(error.code === "locked" ? "locked" : "badState");
      }
      await clearPrefillCookie();
      return go(outcome.activated ? "/tai-khoan?vneid=activated" : "/tai-khoan");
  }
}
