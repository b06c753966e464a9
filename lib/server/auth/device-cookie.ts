import "server-only";
// A long-lived random cookie that names this browser. A browser that has signed in to an account
// before is a "known device" for it: failed sign-ins elsewhere (a stranger guessing) never slow it down
// (docs/security.md, "Sessions, passwords and staff sign-in"). The database keeps only a keyed hash of the value.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { useSecureCookies } from "./auth.config";
import { keyedHash } from "./derived-keys";

export const DEVICE_COOKIE = "bhxh-device";
const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60; // the longest browsers allow

/** The device id from the cookie, setting a new one first if the browser has none (server actions only). */
export async function ensureDeviceId(): Promise<string> {
  const jar = await cookies();
  const current = jar.get(DEVICE_COOKIE)?.value;
  if (current && /^[A-Za-z0-9_-]{22,64}$/.test(current)) return current;
  const id = randomBytes(18).toString("base64url");
  jar.set(DEVICE_COOKIE, id, { httpOnly: true, sameSite: "lax", secure: useSecureCookies, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE });
  return id;
}

/** The keyed hash stored with sessions; null without a cookie. */
export function deviceHash(deviceId: string | null | undefined): string | null {
  return deviceId ? keyedHash("device-cookie:v1", deviceId) : null;
}
