import "server-only";
// The proof that a mobile number was confirmed by SMS code: a stateless token, HMAC-SHA256-signed with a
// key derived from AUTH_SECRET, naming the normalised number (+84…) and its expiry. It cannot be forged,
// altered or moved to another number; it is checked wherever a declaration is accepted and whenever a
// conflict answer would reveal details (docs/decisions/0011-phone-and-email-confirmation.md).
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { PHONE_VERIFICATION_TOKEN_VALID_SECONDS } from "@/lib/domain/phone-verification";
import { labelledKey } from "../auth/derived-keys";

const ZPayload = z.object({ v: z.literal(1), phone: z.string(), exp: z.number().int(), id: z.string() });

function tokenKey(): Buffer {
  return labelledKey("bhxh:phone-verification:v1");
}

/** The same derived key, for the keyed hash of the codes themselves. */
export function phoneCodeHashKey(): Buffer {
  return createHmac("sha256", tokenKey()).update("code-hash").digest();
}

function mac(payload: string): Buffer {
  return createHmac("sha256", tokenKey()).update(`pv1.${payload}`).digest();
}

export function signVerificationToken(input: { phone: string; verificationId: string; now: Date }): { token: string; expiresAt: Date } {
  const expiresAt = new Date(input.now.getTime() + PHONE_VERIFICATION_TOKEN_VALID_SECONDS * 1000);
  const payload = Buffer.from(JSON.stringify({ v: 1, phone: input.phone, exp: Math.floor(expiresAt.getTime() / 1000), id: input.verificationId })).toString("base64url");
  return { token: `pv1.${payload}.${mac(payload).toString("base64url")}`, expiresAt };
}

export type TokenCheck = { ok: true; phone: string; verificationId: string } | { ok: false; code: "phoneVerificationRequired" | "phoneVerificationExpired" | "phoneVerificationMismatch" };

/**
 * Is `token` a valid confirmation of `phone` (E.164) at `now`? Without `phone`, whichever number it
 * confirms. A missing or forged token is "required"; a genuine one past its time is "expired".
 */
export function checkVerificationToken(token: unknown, now: Date, phone?: string): TokenCheck {
  if (typeof token !== "string" || token.length === 0 || token.length > 1000) return { ok: false, code: "phoneVerificationRequired" };
  const [prefix, payload, signature, extra] = token.split(".");
  if (prefix !== "pv1" || !payload || !signature || extra !== undefined) return { ok: false, code: "phoneVerificationRequired" };
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, code: "phoneVerificationRequired" };
  let parsed: z.infer<typeof ZPayload>;
  try {
    const result = ZPayload.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!result.success) return { ok: false, code: "phoneVerificationRequired" };
    parsed = result.data;
  } catch {
    return { ok: false, code: "phoneVerificationRequired" };
  }
  if (parsed.exp * 1000 <= now.getTime()) return { ok: false, code: "phoneVerificationExpired" };
  if (phone !== undefined && parsed.phone !== phone) return { ok: false, code: "phoneVerificationMismatch" };
  return { ok: true, phone: parsed.phone, verificationId: parsed.id };
}
