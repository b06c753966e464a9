import "server-only";
// Where the staff sign-in page keeps the signed ticket while it asks for the authenticator code: an
// httpOnly cookie scoped to the sign-in page, Secure whenever the site is served over https.
import { cookies } from "next/headers";
import { useSecureCookies } from "../auth/auth.config";
import { STAFF_SIGN_IN_TICKET_COOKIE } from "../accounts/tickets";
import { STAFF_CODE_TICKET_SECONDS } from "./sign-in-staff";

const PATH = "/can-bo/dang-nhap";

export async function readStaffTicketCookie(): Promise<string | undefined> {
  return (await cookies()).get(STAFF_SIGN_IN_TICKET_COOKIE)?.value;
}

export async function setStaffTicketCookie(ticket: string): Promise<void> {
  (await cookies()).set(STAFF_SIGN_IN_TICKET_COOKIE, ticket, { httpOnly: true, sameSite: "strict", secure: useSecureCookies, path: PATH, maxAge: STAFF_CODE_TICKET_SECONDS });
}

export async function clearStaffTicketCookie(): Promise<void> {
  (await cookies()).set(STAFF_SIGN_IN_TICKET_COOKIE, "", { httpOnly: true, sameSite: "strict", secure: useSecureCookies, path: PATH, maxAge: 0 });
}
