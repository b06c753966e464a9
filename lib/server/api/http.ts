import "server-only";
// What every public API route handler shares: the answer's language, JSON responses with the right
// caching, the mapping of a service's typed failure to HTTP, and a 500 that never shows an internal error.
import { translate } from "@/lib/i18n/catalog";
import { DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale } from "@/lib/i18n/config";
import type { ServiceFailure } from "../declarations/results";

/**
 * The language of the JSON messages: an explicit `X-Lang: vi|en|ko|zh|ja`, else the preferred supported
 * language of Accept-Language (ko-KR → ko, zh-CN/zh-Hans → zh, ja-JP → ja; the web form sends its page's
 * language), else Vietnamese.
 */
export function apiLocale(request: Request): Locale {
  const explicit = request.headers.get("x-lang");
  if (isLocale(explicit)) return explicit;
  return negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

/** A path segment as the client meant it; a malformed %-encoding is kept as it is (it will match nothing). */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type JsonInit = { status?: number; headers?: Record<string, string>; /** Personal data: never cached by a browser or proxy. */ private?: boolean; maxAgeSeconds?: number };

export function jsonResponse(body: unknown, init: JsonInit = {}): Response {
  const cacheControl = init.private !== false || init.maxAgeSeconds === undefined ? "no-store" : `public, max-age=${init.maxAgeSeconds}`;
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, "Content-Language": "vi", ...init.headers },
  });
}

/** A failure of a declaration service as the HTTP answer (429 carries Retry-After). */
export function failureResponse(failure: ServiceFailure, locale: Locale): Response {
  const headers: Record<string, string> = { "Content-Language": locale };
  if (failure.status === 429 && "retryAfterSeconds" in failure.body && failure.body.retryAfterSeconds) {
    headers["Retry-After"] = String(failure.body.retryAfterSeconds);
  }
  return jsonResponse(failure.body, { status: failure.status, headers });
}

/** A problem answered by the handler itself ("declaration.server_<code>"). */
export function problemResponse(status: number, code: string, locale: Locale, params?: Record<string, string | number>, extra: Record<string, unknown> = {}): Response {
  const headers: Record<string, string> = { "Content-Language": locale };
  if (status === 429 && typeof extra.retryAfterSeconds === "number") headers["Retry-After"] = String(extra.retryAfterSeconds);
  return jsonResponse({ code, message: translate(locale, `declaration.server_${code}`, params), ...extra }, { status, headers });
}

/** Logs the error for the operators; the client gets a calm, translated 500 without details. */
export function internalErrorResponse(error: unknown, locale: Locale, where: string): Response {
  console.error(`[api] ${where} failed:`, error);
  return problemResponse(500, "internalError", locale);
}
