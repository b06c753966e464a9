import "server-only";
// Temporary passwords and one-time codes must not sit in clear in the Notification table (a database
// dump, a backup or a read-only SQL account would hand out accounts). The text of such a message is
// stored sealed with AES-256-GCM and opened only to send it (deliver.ts) or to show it in the demo's
// test mailbox (mailbox.ts). After a real transport has sent it, deliver.ts replaces it with
// REDACTED_BODY altogether.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env, type Env } from "@/lib/server/env";

/** Messages that carry a secret (a temporary password, a one-time code): sealed when stored, redacted once delivered. */
export const SECRET_TEMPLATES: ReadonlySet<string> = new Set(["approval", "otp", "phoneVerificationCode", "counterPhoneCode", "counterPasswordReset"]);

const PREFIX = "sealed:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The 32-byte key: derived from NOTIFICATION_SECRET_KEY (required in production), else from AUTH_SECRET
 * (demo; `npm start` keeps it in .data/auth-secret), else — demo and tests only — a fixed development key.
 */
export function notificationKey(config: Env = env()): Buffer {
  const material = config.NOTIFICATION_SECRET_KEY ?? config.AUTH_SECRET;
  if (!material && config.APP_MODE === "production") throw new Error("NOTIFICATION_SECRET_KEY is required in production mode");
  const info = config.NOTIFICATION_SECRET_KEY ? "bhxh notification secrets v1" : "bhxh notification secrets v1 (demo, from AUTH_SECRET)";
  return Buffer.from(hkdfSync("sha256", material ?? "demo-only notification key, never used in production", "", info, 32));
}

export function isSealed(text: string): boolean {
  return text.startsWith(PREFIX);
}

/** "sealed:v1:" + base64url(iv ‖ tag ‖ ciphertext). */
export function sealText(text: string, key: Buffer = notificationKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const encrypted = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64url");
}

/** The clear text of a sealed value; any other text (an ordinary message, REDACTED_BODY) is returned as is. */
export function openText(stored: string, key: Buffer = notificationKey()): string {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** Seals body and html of a secret-bearing template's row; other rows are stored as they are. */
export function sealForStorage<T extends { template: string; body: string; html?: string | null }>(row: T): T {
  if (!SECRET_TEMPLATES.has(row.template)) return row;
  const key = notificationKey();
  return { ...row, body: sealText(row.body, key), html: row.html ? sealText(row.html, key) : row.html };
}

/** The row's text as it is to be sent or shown. */
export function openStored<T extends { body: string; html: string | null }>(row: T): T {
  if (!isSealed(row.body) && !(row.html && isSealed(row.html))) return row;
  const key = notificationKey();
  return { ...row, body: openText(row.body, key), html: row.html === null ? null : openText(row.html, key) };
}
