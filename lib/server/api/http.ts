import "server-only";
// What every public API route handler shares: the answer's language, JSON responses with the right
// caching, the mapping of a service's typed failure to HTTP, and a 500 that never shows an internal error.
import { translate, type DeclarationServerCode, type MessageKey } from "@/lib/i18n/catalog";
import { logger } from "@/lib/server/logging/logger";
import { apiLocaleFrom, type Locale } from "@/lib/i18n/config";
import type { FailureParams, FieldIssue, FieldProblem, ProblemBody, ServiceFailure, ServiceProblemCode } from "../declarations/results";
import { PHOTO_PROBLEM_STATUS, photoMessageParams, type PhotoKind } from "../images/process-photo";
import { isForeignOriginRequest } from "../origin";

/**
 * The language of the JSON messages: an explicit `X-Lang: vi|en|ko|zh|ja`, else the preferred supported
 * language of Accept-Language (ko-KR → ko, zh-CN/zh-Hans → zh, ja-JP → ja; the web form sends its page's
 * language), else Vietnamese.
 */
export function apiLocale(request: Request): Locale {
  return apiLocaleFrom({ xLang: request.headers.get("x-lang"), acceptLanguage: request.headers.get("accept-language") });
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

/**
 * The one table from a service's refusal code to its HTTP status; the message is always the
 * "declaration.server_<code>" key. An invalid field is 422 (ValidationFailure).
 */
export const PROBLEM_STATUS: Record<ServiceProblemCode, 404 | 409 | 413 | 415 | 422 | 429> = {
  ...PHOTO_PROBLEM_STATUS,
  notFound: 404,
  notRejected: 409,
  replayUnavailable: 409,
  recordExists: 409,
  pendingDeclarationExists: 409,
  accountExists: 409,
  phoneBelongsToAnotherAccount: 409,
  pendingPerPhoneCap: 409,
  submitRateLimited: 429,
  conflictCheckRateLimited: 429,
  phoneCodeRateLimited: 429,
  phoneCodeResendTooSoon: 429,
  phoneCodeDailyCap: 429,
};

/** A message in the person's language; a message about a photo gets its label and sizes in megabytes. */
function describe(locale: Locale, key: MessageKey, params: FailureParams | undefined, photo: PhotoKind | undefined): string {
  return translate(locale, key, photo ? photoMessageParams(photo, params ?? {}, locale) : params);
}

/** An invalid field as the API answers it: the code is the key's last part ("validation.cccdSex" → "cccdSex"). */
export function describeFieldIssue(issue: FieldIssue, locale: Locale): FieldProblem {
  const code = issue.key.slice(issue.key.indexOf(".") + 1).replace(/^server_/, "");
  return { path: issue.path, message: describe(locale, issue.key, issue.params, issue.photo), code };
}

/** A service's failure as HTTP: the status from PROBLEM_STATUS (422 for invalid fields) and the body in `locale`. */
export function failureAnswer(failure: ServiceFailure, locale: Locale): { status: number; body: { errors: FieldProblem[] } | ProblemBody } {
  if (failure.code === "invalid") return { status: 422, body: { errors: failure.fields.map((issue) => describeFieldIssue(issue, locale)) } };
  const message = describe(locale, `declaration.server_${failure.code}`, failure.params, failure.photo);
  return { status: PROBLEM_STATUS[failure.code], body: { code: failure.code, message, ...(failure.photo ? { path: failure.photo } : {}), ...failure.details } };
}

/** A failure of a declaration service as the HTTP answer (429 carries Retry-After). */
export function failureResponse(failure: ServiceFailure, locale: Locale): Response {
  const { status, body } = failureAnswer(failure, locale);
  const headers: Record<string, string> = { "Content-Language": locale };
  const retryAfterSeconds = failure.code === "invalid" ? undefined : failure.details?.retryAfterSeconds;
  if (status === 429 && retryAfterSeconds) headers["Retry-After"] = String(retryAfterSeconds);
  return jsonResponse(body, { status, headers });
}

/** A problem answered by the handler itself ("declaration.server_<code>"). */
export function problemResponse(
  status: number,
  code: DeclarationServerCode,
  locale: Locale,
  params?: Record<string, string | number>,
  extra: Record<string, unknown> = {},
  extraHeaders: Record<string, string> = {},
): Response {
  const headers: Record<string, string> = { "Content-Language": locale, ...extraHeaders };
  if (status === 429 && typeof extra.retryAfterSeconds === "number") headers["Retry-After"] = String(extra.retryAfterSeconds);
  return jsonResponse({ code, message: translate(locale, `declaration.server_${code}`, params), ...extra }, { status, headers });
}

/** How long a client should wait after a 503 for an unreachable database (a restart or fail-over takes seconds). */
export const DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/**
 * Logs the error for the operators; the client gets a calm, translated answer without details: 503 with
 * Retry-After when the database cannot be reached (nothing was recorded; trying again later works), else 500.
 */
export function internalErrorResponse(error: unknown, locale: Locale, where: string): Response {
  if (isDatabaseUnavailable(error)) {
    logger().warn({ component: "api", where, err: errorSummary(error) }, "database unavailable");
    const seconds = DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS;
    return problemResponse(503, "serviceUnavailable", locale, { minutes: Math.ceil(seconds / 60) }, { retryAfterSeconds: seconds }, { "Retry-After": String(seconds) });
  }
  logger().error({ component: "api", where, err: error }, "request failed");
  return problemResponse(500, "internalError", locale);
}

// Prisma's codes for "cannot reach / lost / timed out waiting for" the server, the adapter's error kinds,
// PostgreSQL's SQLSTATEs for the same (class 08, shutting down, starting up, too many connections) and the
// socket errors of node-postgres.
const PRISMA_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist", "TransactionAlreadyClosed"]);
const SQLSTATE_UNAVAILABLE = /^(?:08...|57P0[1-3]|53300)$/;
const SOCKET_UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"]);
// "timeout exceeded when trying to connect": node-postgres's pool had no free connection in time (the status
// look-up's statements use the pool directly, decision 0032).
const UNAVAILABLE_MESSAGES = /Can't reach database server|Connection terminated|connection timeout|Timed out fetching a new connection|timeout exceeded when trying to connect|server closed the connection|Connection refused|the database system is (?:starting up|shutting down)/i;

/** True when `error` (or anything in its cause chain) says the database could not be reached or was lost. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const o = e as { name?: unknown; code?: unknown; errorCode?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown };
    if (o.name === "PrismaClientInitializationError") return true;
    for (const code of [o.code, o.errorCode, o.originalCode]) {
      if (typeof code !== "string") continue;
      if (PRISMA_UNAVAILABLE_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code) || SOCKET_UNAVAILABLE_CODES.has(code)) return true;
    }
    if (typeof o.kind === "string" && ADAPTER_UNAVAILABLE_KINDS.has(o.kind)) return true;
    if (typeof o.message === "string" && UNAVAILABLE_MESSAGES.test(o.message)) return true;
  }
  return false;
}

function errorSummary(error: unknown): string {
  const o = error as { name?: unknown; code?: unknown };
  return [typeof o?.name === "string" ? o.name : "Error", typeof o?.code === "string" ? o.code : ""].filter(Boolean).join(" ");
}

/**
 * Cookies ride along with requests that other sites make; route handlers that accept the web cookie call
 * this first. Refused (403): a browser request marked cross-site or same-site by Sec-Fetch-Site, or whose
 * Origin is not this portal's. Allowed: top-level GET navigations (a link in an email or an SMS opens the
 * PDF), same-origin requests, and API clients that send neither header (they authenticate with a token).
 */
export function refuseForeignOrigin(request: Request, locale: Locale): Response | null {
  return isForeignOriginRequest(request) ? problemResponse(403, "foreignOrigin", locale) : null;
}

/** A small request body as text, or null when it is (or claims to be) longer than `maxBytes`: never buffered past the cap. */
export async function readSmallBody(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
