import type { NextRequest } from "next/server";
import { redirectToPath } from "@/lib/server/http";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { safeReturnPath } from "@/lib/domain/return-path";

/** The language switch: a plain link, so it works without JavaScript. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  // Only same-site paths: never an open redirect (lib/domain/return-path.ts lists what is refused).
  const response = redirectToPath(safeReturnPath(request.nextUrl.searchParams.get("next"), "/"));
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
