// Slides the session cookie's idle expiry on each page a signed-in person opens. Authorization is NOT
// done here: every page, server action and route handler checks the user itself (lib/server/auth/guards.ts).
import NextAuth from "next-auth";
import { authConfig } from "@/lib/server/auth/auth.config";

export const { auth: proxy } = NextAuth(authConfig);

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|jpg|svg|css|js|wasm)$).*)"],
};
