import "server-only";
// Keys derived from AUTH_SECRET, one per purpose (HKDF-SHA256, the purpose as "info"), so that no
// two uses ever share a key and rotating AUTH_SECRET rotates them all. Used for the TOTP secrets at
// rest (AES-256-GCM), the device-cookie hash and the hashed unknown user names in the audit trail.
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "../env";

export type KeyPurpose = "staff-totp-secret:v1" | "device-cookie:v1" | "audit-username:v1" | "vneid-cookie:v1";

const cache = new Map<string, Buffer>();

export function derivedKey(purpose: KeyPurpose): Buffer {
  const secret = env().AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: keys derived from it cannot be made.");
  const id = `${purpose}\u0000${secret}`;
  let key = cache.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "bhxh-portal", `bhxh:${purpose}`, 32));
    cache.set(id, key);
  }
  return key;
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
