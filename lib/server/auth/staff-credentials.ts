import "server-only";
// Staff sign-in for next-auth: opens the session named by a ticket from startStaffSignIn
// (lib/server/staff/sign-in-staff.ts), with the authenticator or recovery code when one is due. The
// password was checked there; everything is checked again here, since anyone can post to this endpoint,
// and a user name with a password alone is never accepted.
import { requestInfoFrom } from "../request-info";
import { completeStaffSignIn } from "../staff/sign-in-staff";
import type { AuthorizeResult } from "./types";

export async function authorizeStaff(credentials: Partial<Record<string, unknown>>, request: Request): Promise<AuthorizeResult> {
  const result = await completeStaffSignIn({ ticket: credentials.ticket, code: credentials.code }, requestInfoFrom(request.headers));
  if (!result.ok) return { ok: false, code: result.code === "throttled" ? `throttled:${result.retryAfterSeconds}` : result.code };
  return {
    ok: true,
    user: { id: result.user.id, name: result.user.fullName, kind: "staff", sessionVersion: result.user.sessionVersion, staffSessionId: result.staffSessionId },
  };
}
