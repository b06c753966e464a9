// Runs before every page (not the API, not static files): sets the Content-Security-Policy with a fresh
// nonce, HSTS and the opener policy in production, refuses server actions posted from another site (403,
// where Next.js itself would answer 500), and slides the session cookie's idle expiry. Authorization is NOT
// done here: every page, server action and route handler checks the user itself (lib/server/auth/staff-guards.ts, citizen-guards.ts).
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig } from "@/lib/server/auth/auth.config";
import { env } from "@/lib/server/env";
import { isForeignOriginRequest } from "@/lib/server/origin";
import { contentSecurityPolicy, newNonce, productionHeaders } from "@/lib/server/security-headers";

const { auth } = NextAuth(authConfig);

// Auth.js re-issues the session cookie (new expiry) on every request that carries a valid one, onto the
// response this callback returns.
const withHeaders = auth((request) => {
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
}) as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  // A POST to a page is a server action, sent by script (Next-Action header) or, before scripts load, as a
  // plain form: either way, from another site it is refused here.
  if (request.method !== "GET" && request.method !== "HEAD" && isForeignOriginRequest(request)) {
    return new NextResponse("403 Forbidden: this form was sent from another website.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return withHeaders(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|jpg|svg|css|js|wasm)$).*)"],
};
