import "server-only";
// Keys derived from AUTH_SECRET, one per purpose (HKDF-SHA256, the purpose as "info"), so that no
// two uses ever share a key and rotating AUTH_SECRET rotates them all. Used for the TOTP secrets at
// rest (AES-256-GCM), the device-cookie hash and the hashed unknown user names in the audit trail.
// The signing keys of tickets, phone-verification tokens and email-confirmation links predate HKDF:
// `labelledKey` keeps their derivation (what is in flight at a deploy stays valid).
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "../env";

export type KeyPurpose = "staff-totp-secret:v1" | "device-cookie:v1" | "audit-username:v1" | "vneid-cookie:v1";

export type KeyLabel = "bhxh:account-ticket:v1" | "bhxh:phone-verification:v1" | "bhxh:email-confirmation:v1";

const cache = new Map<string, Buffer>();

function cachedFromSecret(id: string, make: (secret: string) => Buffer): Buffer {
  const secret = env().AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: keys derived from it cannot be made.");
  const cacheId = `${id}\u0000${secret}`;
  let key = cache.get(cacheId);
  if (!key) {
    key = make(secret);
    cache.set(cacheId, key);
  }
  return key;
}

export function derivedKey(purpose: KeyPurpose): Buffer {
  return cachedFromSecret(purpose, (secret) => Buffer.from(hkdfSync("sha256", secret, "bhxh-portal", `bhxh:${purpose}`, 32)));
}

/** HMAC-SHA256(AUTH_SECRET, label): the signing key of tickets, phone-verification tokens and email-confirmation links. */
export function labelledKey(label: KeyLabel): Buffer {
  return cachedFromSecret(label, (secret) => createHmac("sha256", secret).update(label).digest());
}

/** HMAC-SHA256 of `value` under the purpose's key, hex. */
export function keyedHash(purpose: KeyPurpose, value: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(value).digest("hex");
}

/** What the audit trail keeps of a user name that matched no account: a keyed hash, never the text
 * (people type passwords into the user-name box). The same name always gives the same value, so
 * repeated attempts can still be grouped. */
export function auditUsernameHash(username: string): string {
  return keyedHash("audit-username:v1", username.normalize("NFC").toLowerCase()).slice(0, 32);
}
