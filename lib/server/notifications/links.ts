import "server-only";
// Addresses of the portal's pages as written in messages (absolute, from PUBLIC_BASE_URL).
import { env } from "@/lib/server/env";

export const PORTAL_PATHS = {
  signIn: "/dang-nhap",
  /** The account page, where the password is changed. */
  account: "/tai-khoan",
  declare: "/dang-ky",
  /** Status by reference code, and the way to correct a rejected declaration. */
  lookup: "/tra-cuu",
} as const;

/** Keeps a path prefix of PUBLIC_BASE_URL (https://host/portal + /dang-nhap → https://host/portal/dang-nhap). */
export function portalUrl(path: string): string {
  return env().PUBLIC_BASE_URL.replace(/\/+$/, "") + path;
}
