// Session settings shared by the full auth (lib/server/auth/auth.ts) and the proxy, which only
// refreshes the session cookie on activity. No database or native modules here.
import type { NextAuthConfig } from "next-auth";
import { safeReturnPath } from "@/lib/domain/return-path";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/domain/session-limits";

// The numbers live in lib/domain; the proxy slides the cookie on each page, the session rows decide.
export { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS };

/**
 * Session cookies are Secure (and __Secure- prefixed) whenever the public address is https, whatever
 * headers a proxy adds or forgets. Read directly: this module also runs in the proxy.
 */
export const useSecureCookies = (process.env.PUBLIC_BASE_URL ?? "").startsWith("https:");

export type UserKind = "staff" | "citizen";

declare module "next-auth" {
  interface User {
    kind?: UserKind;
    sessionVersion?: number;
    deviceSessionId?: string;
    staffSessionId?: string;
  }
  interface Session {
    kind?: UserKind;
    /** StaffUser.id or Account.id, by kind. */
    principalId?: string;
    deviceSessionId?: string;
    /** The StaffSession row behind a staff cookie (revoked on sign-out, password change, disable, idle). */
    staffSessionId?: string;
    sessionVersion?: number;
    signedInAt?: number;
  }
}

type AppToken = {
  kind?: UserKind;
  userId?: string;
  sessionVersion?: number;
  deviceSessionId?: string;
  staffSessionId?: string;
  signedInAt?: number;
};

export const authConfig = {
  trustHost: true,
  useSecureCookies,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [],
  callbacks: {
    // Any redirect next-auth makes (callbackUrl, redirectTo) stays on this site.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeReturnPath(path, "/")}`;
    },
    jwt({ token, user }) {
      const t = token as typeof token & AppToken;
      if (user) {
        t.kind = user.kind;
        t.userId = user.id;
        t.sessionVersion = user.sessionVersion;
        t.deviceSessionId = user.deviceSessionId;
        t.staffSessionId = user.staffSessionId;
        t.signedInAt = Math.floor(Date.now() / 1000);
      }
      // The absolute limit: an expired token ends the session even if it is still being used.
      if (t.signedInAt && Date.now() / 1000 - t.signedInAt > SESSION_ABSOLUTE_SECONDS) return null;
      return t;
    },
    session({ session, token }) {
      const t = token as typeof token & AppToken;
      session.kind = t.kind;
      session.principalId = t.userId;
      session.sessionVersion = t.sessionVersion;
      session.deviceSessionId = t.deviceSessionId;
      session.staffSessionId = t.staffSessionId;
      session.signedInAt = t.signedInAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
