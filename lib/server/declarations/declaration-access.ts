import "server-only";
// The declarer's access to their own declaration without an account: a bearer token given once, at
// submission (in the 201 body, and on the web as an httpOnly cookie), stored only as its sha256.
//
// The token is derived, not drawn: HMAC-SHA256(AUTH_SECRET, "declaration-access:v1:" + declaration id).
// The id is a random UUID and the key is secret, so the token is as unguessable as a random one, and a
// repeated request with the same Idempotency-Key can be answered with the same token although only its
// hash is kept (docs/decisions/0007-declaration-submission.md).
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { prisma } from "../db/client";
import { env } from "../env";

export const DECLARATION_ACCESS_COOKIE_PREFIX = "bhxh_decl_";
/** A day: long enough to print the PDF after sending, short enough that a shared phone forgets it (the token in the 201 body and the SMS lookup stay). */
export const DECLARATION_ACCESS_COOKIE_MAX_AGE_SECONDS = 24 * 60 * 60;

let processSecret: string | undefined;

function secret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  // Only without AUTH_SECRET (tests, tools; `npm start` always sets one and production requires it):
  // tokens then stay valid, but a replay after a restart cannot hand the same token out again.
  processSecret ??= randomBytes(32).toString("base64url");
  return processSecret;
}

export function deriveDeclarationAccessToken(declarationId: string): string {
  return createHmac("sha256", secret()).update(`declaration-access:v1:${declarationId}`).digest("base64url");
}

export function hashDeclarationAccessToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a presented token with a stored hash in constant time. */
export function accessTokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashDeclarationAccessToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** "bhxh_decl_TK-7KQ4-M9XD": the cookie holding the token of that declaration (canonical reference). */
export function declarationAccessCookieName(reference: string): string {
  return `${DECLARATION_ACCESS_COOKIE_PREFIX}${normalizeReferenceInput(reference) ?? reference}`;
}

/** The cookie a successful web submission sets: httpOnly, SameSite=Lax, Secure on https, 24 hours. */
export function declarationAccessCookie(reference: string, token: string) {
  return {
    name: declarationAccessCookieName(reference),
    value: token,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: env().PUBLIC_BASE_URL.startsWith("https:"),
      path: "/",
      maxAge: DECLARATION_ACCESS_COOKIE_MAX_AGE_SECONDS,
    },
  };
}

/** The same cookie as a Set-Cookie header value, for a route handler's Response. */
export function declarationAccessSetCookie(reference: string, token: string): string {
  const { name, value, options } = declarationAccessCookie(reference, token);
  return [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`, `Max-Age=${options.maxAge}`, "HttpOnly", "SameSite=Lax", ...(options.secure ? ["Secure"] : [])].join("; ");
}

export type DeclarationAccess = { declarationId: string; reference: string; token: string };

/** The declaration `token` opens, if it is the one of `reference` (any typed form of it); else null. */
export async function verifyDeclarationAccess(reference: string, token: string | null | undefined): Promise<DeclarationAccess | null> {
  const canonical = normalizeReferenceInput(reference);
  if (!canonical || !token || token.length > 200) return null;
  const row = await prisma.declaration.findUnique({ where: { reference: canonical }, select: { id: true, accessTokenHash: true } });
  if (!row || !accessTokenMatches(token, row.accessTokenHash)) return null;
  return { declarationId: row.id, reference: canonical, token };
}

/** The token a request presents for `reference`: `Authorization: Bearer <token>`, else the declaration's cookie. */
export function readDeclarationAccessToken(request: Request, reference: string): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (bearer) return bearer;
  const name = declarationAccessCookieName(reference);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return safeDecode(part.slice(eq + 1).trim());
  }
  return null;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The verified access a request (route handler) carries, by bearer token or cookie. Given a reference,
 * the declaration is looked up and the access returned (or null); given the row the caller already
 * loaded ({reference, accessTokenHash}), only the comparison is made and the answer is a boolean.
 */
export async function readDeclarationAccessFromRequest(request: Request, reference: string): Promise<DeclarationAccess | null>;
export async function readDeclarationAccessFromRequest(request: Request, declaration: { reference: string; accessTokenHash: string }): Promise<boolean>;
export async function readDeclarationAccessFromRequest(
  request: Request,
  target: string | { reference: string; accessTokenHash: string },
): Promise<DeclarationAccess | null | boolean> {
  if (typeof target === "string") return verifyDeclarationAccess(target, readDeclarationAccessToken(request, target));
  const token = readDeclarationAccessToken(request, target.reference);
  return token !== null && token.length <= 200 && accessTokenMatches(token, target.accessTokenHash);
}

/** In a server component or action: the token in this visitor's cookie for `reference`, if any (not yet verified). */
export async function readDeclarationAccessTokenFromCookies(reference: string): Promise<string | null> {
  const { cookies } = await import("next/headers");
  return (await cookies()).get(declarationAccessCookieName(reference))?.value ?? null;
}

/**
 * A short code (72 bits, keyed by the server secret) that opens one declaration for correction. It travels
 * in the refusal message to the declared phone and email only, short enough for a one-part SMS; proving it
 * stores the full access token as the cookie. Never derivable from the reference or the ID number.
 */
export function correctionCode(declarationId: string): string {
  return createHmac("sha256", secret()).update(`declaration-correction:v1:${declarationId}`).digest("base64url").slice(0, 12);
}

export function correctionCodeMatches(declarationId: string, presented: string): boolean {
  const expected = Buffer.from(correctionCode(declarationId));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The link in the refusal message: /sua/<REF>/<code> → access cookie → /dang-ky/ke-khai?sua=<REF>. */
export function correctionPath(reference: string, declarationId: string): string {
  return `/sua/${encodeURIComponent(reference)}/${correctionCode(declarationId)}`;
}
