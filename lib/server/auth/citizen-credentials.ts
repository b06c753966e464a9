import "server-only";
// Citizen sign-in for next-auth: opens the session named by a sign-in ticket (and its one-time code, when
// another device was signed in). The password was checked by startCitizenSignIn, which signed the ticket;
// everything is checked again here, since anyone can post to the credentials endpoint.
import { completeCitizenSignIn } from "../accounts/sign-in-citizen";
import { requestInfoFrom } from "../request-info";
import type { AuthorizeResult } from "./types";

export async function authorizeCitizen(credentials: Partial<Record<string, unknown>>, request: Request): Promise<AuthorizeResult> {
  const result = await completeCitizenSignIn({ ticket: credentials.ticket, otp: credentials.otp }, requestInfoFrom(request.headers));
  if (!result.ok) return { ok: false, code: result.code === "otpWrong" ? `otpWrong:${result.attemptsLeft}` : result.code };
  return { ok: true, user: { id: result.accountId, kind: "citizen", deviceSessionId: result.deviceSessionId, name: result.name } };
}
