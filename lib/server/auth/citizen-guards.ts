import "server-only";
// Who the signed-in citizen is, re-checked in the database on every request (checkCitizenSession): the
// session cookie's DeviceSession must not be revoked and the account must be active. Pages, server
// actions and route handlers each call these themselves; a layout check alone is not authorization.
import { redirect } from "next/navigation";
import { cache } from "react";
import { checkCitizenSession, type CitizenPrincipal, type CitizenSessionCheck } from "../accounts/citizen-session";
import { isSafeReturnPath as isSafePath } from "@/lib/domain/return-path";
import { auth } from "./auth";

export type { CitizenPrincipal };

/** The sign-in page's ?ly-do= values, by why the previous session ended. */
export const SIGNED_OUT_REASON_PARAM = {
  otherDevice: "thiet-bi-khac",
  passwordChanged: "mat-khau-da-doi",
  passwordReset: "mat-khau-da-doi",
  reactivated: "mat-khau-da-doi",
  rotated: "mat-khau-da-doi",
  signedOut: "da-dang-xuat",
} as const;

export const getCitizenSession = cache(async (): Promise<CitizenSessionCheck> => checkCitizenSession(await auth()));

export const getCitizenPrincipal = cache(async (): Promise<CitizenPrincipal | null> => {
  const check = await getCitizenSession();
  return check.ok ? check.principal : null;
});

/** True when the password must be replaced before anything else: the temporary one, or older than 6 months. */
export function mustChangePasswordNow(principal: CitizenPrincipal): boolean {
  return principal.mustChangePassword || principal.passwordExpired;
}

/** Where a signed-out visitor goes: the sign-in page, saying why when another device took over. */
export function signInPath(check: CitizenSessionCheck, returnTo?: string): string {
  const params = new URLSearchParams();
  // A session that was simply signed out or expired needs no explanation; one taken over does.
  if (!check.ok && (check.reason === "otherDevice" || check.reason === "passwordChanged" || check.reason === "passwordReset" || check.reason === "reactivated")) {
    params.set("ly-do", SIGNED_OUT_REASON_PARAM[check.reason]);
  }
  if (returnTo && isSafeReturnPath(returnTo)) params.set("tiep", returnTo);
  const query = params.toString();
  return `/dang-nhap${query ? `?${query}` : ""}`;
}

/** Only paths of this site: "/tai-khoan", never "//evil.example" or "https://…" (lib/domain/return-path.ts). */
export function isSafeReturnPath(path: string): boolean {
  return isSafePath(path);
}

/**
 * For pages: the principal, or a redirect to /dang-nhap (with the reason), or to /doi-mat-khau while
 * the password must be changed (unless this is the page that changes it).
 */
export async function requireCitizenPage(options: { returnTo?: string; allowPasswordChange?: boolean } = {}): Promise<CitizenPrincipal> {
  const check = await getCitizenSession();
  if (!check.ok) redirect(signInPath(check, options.returnTo));
  if (mustChangePasswordNow(check.principal) && !options.allowPasswordChange) redirect("/doi-mat-khau");
  return check.principal;
}

export type CitizenAuthorization =
  | { ok: true; principal: CitizenPrincipal }
  | { ok: false; code: "signedOut"; signInPath: string }
  | { ok: false; code: "mustChangePassword" };

/** For server actions and route handlers: never a redirect, a typed refusal instead. */
export async function requireCitizen(options: { allowPasswordChange?: boolean } = {}): Promise<CitizenAuthorization> {
  const check = await getCitizenSession();
  if (!check.ok) return { ok: false, code: "signedOut", signInPath: signInPath(check) };
  if (mustChangePasswordNow(check.principal) && !options.allowPasswordChange) return { ok: false, code: "mustChangePassword" };
  return { ok: true, principal: check.principal };
}
