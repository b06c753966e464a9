import "server-only";
// Sealed values for the VNeID cookies (the pending authorization; the identity that prefills the wizard):
// AES-256-GCM under a key derived from AUTH_SECRET, with what the value is for and when it expires inside
// the sealed text, so a client can neither read nor alter one, nor use one kind in place of another.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { derivedKey } from "../auth/derived-keys";

type Sealed<T> = { kind: string; exp: number; value: T };

export function seal<T>(kind: string, value: T, ttlSeconds: number, now: Date = new Date()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("vneid-cookie:v1"), iv);
  const body: Sealed<T> = { kind, exp: now.getTime() + ttlSeconds * 1000, value };
  const text = Buffer.concat([cipher.update(JSON.stringify(body), "utf8"), cipher.final()]);
  return [iv, text, cipher.getAuthTag()].map((b) => b.toString("base64url")).join(".");
}

/** The value, or null when the text is not ours, was altered, is of another kind or has expired. */
export function unseal<T>(kind: string, token: string | undefined | null, now: Date = new Date()): T | null {
  if (!token || token.length > 8000) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    const [iv, text, tag] = parts.map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("vneid-cookie:v1"), iv!);
    decipher.setAuthTag(tag!);
    const body = JSON.parse(Buffer.concat([decipher.update(text!), decipher.final()]).toString("utf8")) as Sealed<T>;
    if (body.kind !== kind || typeof body.exp !== "number" || body.exp < now.getTime()) return null;
    return body.value;
  } catch {
    return null;
  }
}
