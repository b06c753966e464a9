import "server-only";
// Where the account pages keep a flow's signed ticket between requests: an httpOnly cookie scoped to
// the page that uses it, so no script can read it and no other page receives it.
import { cookies } from "next/headers";
import { env } from "../env";
import { CHALLENGE_TICKET_SECONDS } from "./sign-in-citizen";
import { RESET_TICKET_SECONDS } from "./forgot-password";
import { RESET_TICKET_COOKIE, SIGN_IN_TICKET_COOKIE } from "./tickets";

const FLOWS = {
  signIn: { name: SIGN_IN_TICKET_COOKIE, path: "/dang-nhap", maxAge: CHALLENGE_TICKET_SECONDS },
  passwordReset: { name: RESET_TICKET_COOKIE, path: "/quen-mat-khau", maxAge: RESET_TICKET_SECONDS },
} as const;

export type TicketFlow = keyof typeof FLOWS;

export async function readTicketCookie(flow: TicketFlow): Promise<string | undefined> {
  return (await cookies()).get(FLOWS[flow].name)?.value;
}

export async function setTicketCookie(flow: TicketFlow, ticket: string): Promise<void> {
  const { name, path, maxAge } = FLOWS[flow];
  (await cookies()).set(name, ticket, {
    httpOnly: true,
    sameSite: "strict",
    secure: env().PUBLIC_BASE_URL.startsWith("https:"),
    path,
    maxAge,
  });
}

export async function clearTicketCookie(flow: TicketFlow): Promise<void> {
  const { name, path } = FLOWS[flow];
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "strict", path, maxAge: 0 });
}
