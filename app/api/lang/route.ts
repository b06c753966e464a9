import type { NextRequest } from "next/server";
import { redirectToPath } from "@/lib/server/http";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/** The language switch: a plain link, so it works without JavaScript. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  // Only same-site paths: never an open redirect.
  const target = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  const response = redirectToPath(target);
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
