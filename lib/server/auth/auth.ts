import "server-only";
// next-auth (Auth.js) with two kinds of user, each a Credentials provider: BHXH staff and citizens.
// Sessions are JWT cookies; every request re-checks the user in the database (lib/server/auth/staff-guards.ts, citizen-guards.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { authorizeStaff } from "./staff-credentials";
import { authorizeCitizen } from "./citizen-credentials";
import type { AuthorizeResult } from "./types";

/** A sign-in refusal whose code the sign-in page turns into a message (never says which part was wrong). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A refused sign-in is an expected answer, not a crash: one line, no stack trace, no credentials.
  logger: {
    error(error) {
      const refused = error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin";
      if (refused) console.warn(`[auth] sign-in refused: ${(error as CredentialsSignin).code ?? "credentials"}`);
      else console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn(code) {
      console.warn(`[auth] warning: ${code}`);
    },
  },
  providers: [
    // A ticket signed by startStaffSignIn (lib/server/staff/sign-in-staff.ts), and the authenticator code when one is due.
    ticketProvider("staff", "Cán bộ BHXH", { ticket: {}, code: {} }, authorizeStaff),
    // A ticket signed by startCitizenSignIn (lib/server/accounts/sign-in-citizen.ts), and the SMS code if one was sent.
    ticketProvider("citizen", "Công dân", { ticket: {}, otp: {} }, authorizeCitizen),
  ],
});

/** A Credentials provider that opens the session a signed ticket names; a refusal carries its code to the sign-in page. */
function ticketProvider(
  id: string,
  name: string,
  credentials: Record<string, object>,
  authorizeTicket: (credentials: Partial<Record<string, unknown>>, request: Request) => Promise<AuthorizeResult>,
) {
  return Credentials({
    id,
    name,
    credentials,
    authorize: async (given, request) => {
      const result = await authorizeTicket(given, request);
      if (!result.ok) throw new SignInRefused(result.code);
      return result.user;
    },
  });
}
