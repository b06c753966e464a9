// Session settings shared by the full auth (lib/server/auth/auth.ts) and the proxy, which only
// refreshes the session cookie on activity. No database or native modules here.
import type { NextAuthConfig } from "next-auth";

/** Signed out after this long without a request (the proxy slides the cookie on each page). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Signed out this long after signing in, whatever the activity. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export type UserKind = "staff" | "citizen";

declare module "next-auth" {
  interface User {
    kind?: UserKind;
    sessionVersion?: number;
    deviceSessionId?: string;
  }
  interface Session {
    kind?: UserKind;
    /** StaffUser.id or Account.id, by kind. */
    principalId?: string;
    deviceSessionId?: string;
    sessionVersion?: number;
    signedInAt?: number;
  }
}

type AppToken = {
  kind?: UserKind;
  userId?: string;
  sessionVersion?: number;
  deviceSessionId?: string;
  signedInAt?: number;
};

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const t = token as typeof token & AppToken;
      if (user) {
        t.kind = user.kind;
        t.userId = user.id;
        t.sessionVersion = user.sessionVersion;
        t.deviceSessionId = user.deviceSessionId;
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
      session.signedInAt = t.signedInAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
