// Whether a request carries a session cookie (Auth.js's `authjs.session-token`, `__Secure-` prefixed on
// https, split into `.0`, `.1`… when large). A visitor without one is anonymous: the proxy does no Auth.js
// work for them and the front server may answer public pages from its cache (decision 0024). Only the
// cookie's presence is read here; whether it is valid is decided where it is used.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => SESSION_COOKIE.test(pair.split("=", 1)[0]!.trim()));
}
