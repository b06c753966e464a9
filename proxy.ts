// Runs before every page (not the API, not static files): sets the Content-Security-Policy with a fresh
// nonce, HSTS and the opener policy in production, refuses server actions posted from another site (403,
// where Next.js itself would answer 500), and slides the session cookie's idle expiry while the session is
// still open in the database. A visitor without a session cookie gets no Auth.js work and no database read
// at all (no CSRF or callback cookies), so a public page's answer is the same for every anonymous visitor
// of one language and the front server can cache it (decision 0024). Authorization is NOT done here: every
// page, server action and route handler checks the user itself (lib/server/auth/staff-guards.ts, citizen-guards.ts).
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig } from "@/lib/server/auth/auth.config";
import { env } from "@/lib/server/env";
import { hasSessionCookie } from "@/lib/domain/session-cookie";
import { isSessionCookieLive } from "@/lib/server/auth/session-liveness";
import { isForeignOriginRequest } from "@/lib/server/origin";
import { contentSecurityPolicy, newNonce, productionHeaders } from "@/lib/server/security-headers";

const { auth } = NextAuth(authConfig);

function withHeaders(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, request.nextUrl.pathname, { development: process.env.NODE_ENV === "development" });
  // Next.js takes the nonce for its own scripts from the request's CSP header; pages may read x-nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (env().APP_MODE === "production") for (const [name, value] of Object.entries(productionHeaders())) response.headers.set(name, value);
  return response;
}

// Auth.js re-issues the session cookie (new expiry) on every request that carries a valid one, onto the
// response this callback returns.
const withSession = auth((request) => withHeaders(request)) as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  // A POST to a page is a server action, sent by script (Next-Action header) or, before scripts load, as a
  // plain form: either way, from another site it is refused here.
  if (request.method !== "GET" && request.method !== "HEAD" && isForeignOriginRequest(request)) {
    return new NextResponse("403 Forbidden: this form was sent from another website.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  if (!hasSessionCookie(request.headers.get("cookie"))) return withHeaders(request);
  // A link prefetch does not slide the session: it runs in the background, sometimes while a password change
  // replaces the session, and re-issuing the cookie it was sent with could put the replaced (revoked) session
  // back in the browser after the new one — signed out right after changing the password. The page it
  // prefetches still checks the session itself.
  if (request.headers.get("next-router-prefetch")) return withHeaders(request);
  return slideIfLive(request, event);
}

// Only a session the database still holds open is slid. A page request sent with the old cookie while a
// password change, a sign-out elsewhere, another device's sign-in or a counter's revocation ends that
// session would otherwise get the ended session's cookie re-issued, possibly after the browser got the new
// one, and the person would be signed out. An ended session, a token that does not decode or a database
// error: the page is answered with no Set-Cookie at all (a newer cookie the browser holds stays) and checks
// the session itself as always. Cost: one primary-key read of the session row per signed-in page request
// (not for anonymous visitors nor prefetches), beside the page's own check of the same row.
async function slideIfLive(request: NextRequest, event: NextFetchEvent) {
  if (!(await isSessionCookieLive(request.headers.get("cookie")))) return withHeaders(request);
  return withSession(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|jpg|svg|css|js|wasm)$).*)"],
};
