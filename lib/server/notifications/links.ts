import "server-only";
// Addresses of the portal's pages as written in messages (absolute, from PUBLIC_BASE_URL).
import { env } from "@/lib/server/env";

export const PORTAL_PATHS = {
  signIn: "/dang-nhap",
  account: "/tai-khoan",
  /** Asks to sign in first when needed, then comes back. */
  changePassword: "/doi-mat-khau",
  declare: "/dang-ky",
  /** Status by reference code, and the way to correct a rejected declaration. */
  lookup: "/tra-cuu",
} as const;

/** Keeps a path prefix of PUBLIC_BASE_URL (https://host/portal + /dang-nhap → https://host/portal/dang-nhap). */
export function portalUrl(path: string): string {
  return env().PUBLIC_BASE_URL.replace(/\/+$/, "") + path;
}
