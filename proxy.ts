// Slides the session cookie's idle expiry on each page a signed-in person opens. Authorization is NOT
// done here: every page, server action and route handler checks the user itself (lib/server/auth/guards).
import NextAuth from "next-auth";
import type { NextFetchEvent, NextMiddleware, NextRequest } from "next/server";
import { authConfig } from "@/lib/server/auth/auth.config";

const { auth } = NextAuth(authConfig);
// Auth.js re-issues the session cookie (new expiry) on every request that carries a valid one.
const refreshSession = auth(() => undefined) as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  return refreshSession(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|jpg|svg|css|js|wasm)$).*)"],
};
