import "server-only";
// What the look-up route handlers share: a small JSON body read with a hard cap, conditional GETs
// (ETag / If-None-Match → 304) for the answers that hold nothing personal, and the registry look-ups'
// problem answers.
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/config";
import { translateIssue } from "@/lib/i18n/catalog";
import { REGISTRY_MESSAGE_PARAMS } from "@/lib/schemas/registry-lookups";
import { apiLocale, internalErrorResponse, problemResponse } from "../api/http";
import { requestInfoFrom } from "../request-info";

/** A look-up query is a few short fields; anything bigger is not one. */
export const MAX_LOOKUP_BODY_BYTES = 4 * 1024;

/** The body as JSON; "tooLarge" past the cap (whatever Content-Length says), "invalid" if it is not JSON. */
export async function readSmallJson(request: Request, max = MAX_LOOKUP_BODY_BYTES): Promise<{ ok: true; json: unknown } | { ok: false; problem: "tooLarge" | "invalid" }> {
  if (Number(request.headers.get("content-length") ?? "0") > max) return { ok: false, problem: "tooLarge" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel();
        return { ok: false, problem: "tooLarge" };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, problem: "invalid" };
  }
}

/** A strong validator of the exact bytes of an answer. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when If-None-Match names `etag` (or is "*"); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * The public registries change with a master-data import (at most daily): browsers keep an answer five
 * minutes, shared caches (nginx, a CDN) an hour; both revalidate with the ETag.
 */
export const REGISTRY_CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

/**
 * A JSON answer that holds nothing personal and reads the same in every language (codes, never labels):
 * a strong ETag of its bytes, 304 when If-None-Match names it, and `Vary: Accept-Encoding` only — the
 * language headers do not change it, so one cached copy serves everyone.
 */
export function cacheableJsonResponse(request: Request, body: unknown, cacheControl: string): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { ETag: etag, "Cache-Control": cacheControl, Vary: "Accept-Encoding" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** Headers of an answer written in the caller's language (a problem): never stored, varies by language. */
export const LOCALIZED_ANSWER_HEADERS = { Vary: "Accept-Language, X-Lang" } as const;

/**
 * A registry query string that failed its schema, as a 400 problem in the caller's language: the first
 * issue's parameter (missing → queryParamRequired, else queryParamInvalid) and, in `errors`, why.
 */
export function queryProblemResponse(issues: readonly { path: readonly PropertyKey[]; message: string }[], params: URLSearchParams, locale: Locale, required: readonly string[]): Response {
  const issue = issues[0]!;
  const param = String(issue.path[0] ?? required[0] ?? "");
  const missing = required.includes(param) && !params.get(param)?.trim();
  const errors = issues.map((i) => ({ param: String(i.path[0] ?? param), message: translateIssue(locale, i.message, REGISTRY_MESSAGE_PARAMS) }));
  return problemResponse(400, missing ? "queryParamRequired" : "queryParamInvalid", locale, { param }, { errors }, LOCALIZED_ANSWER_HEADERS);
}

/** A refused registry search: 429 with Retry-After, in the caller's language. */
export function rateLimitedResponse(retryAfterSeconds: number, locale: Locale): Response {
  return problemResponse(429, "lookupRateLimited", locale, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }, { retryAfterSeconds }, LOCALIZED_ANSWER_HEADERS);
}

type RegistryLookup<Query> = {
  /** The query-string schema (lib/schemas/registry-lookups.ts) and the parameters it reads. */
  schema: { safeParse(input: unknown): { success: true; data: Query } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };
  params: readonly string[];
  required: readonly string[];
  /** The service: counts the caller's address, then reads one page. */
  lookup: (query: Query, ip: string | null) => Promise<{ ok: true; page: unknown } | { ok: false; params: { retryAfterSeconds: number } }>;
  where: string;
};

/** A registry look-up's GET handler: parse the query string, run the service, answer cacheable JSON or a problem. */
export async function serveRegistryLookup<Query>(request: Request, lookup: RegistryLookup<Query>): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const params = new URL(request.url).searchParams;
    const parsed = lookup.schema.safeParse(Object.fromEntries(lookup.params.map((p) => [p, params.get(p) ?? undefined])));
    if (!parsed.success) return queryProblemResponse(parsed.error.issues, params, locale, lookup.required);
    const result = await lookup.lookup(parsed.data, requestInfoFrom(request.headers).ip);
    if (!result.ok) return rateLimitedResponse(result.params.retryAfterSeconds, locale);
    return cacheableJsonResponse(request, result.page, REGISTRY_CACHE_CONTROL);
  } catch (error) {
    return internalErrorResponse(error, locale, lookup.where);
  }
}
