import "server-only";
// Signed tickets that carry a multi-step flow (sign-in with OTP, forgotten password) from one request
// to the next without asking for the password again: "the password of account A was checked at T,
// and the code was sent as challenge C". The server signs them (HMAC-SHA256 with a key derived from
// AUTH_SECRET) and keeps them in an httpOnly cookie; a client can hold one but never forge or alter it.
// Tickets are short-lived, and every step re-reads the account and the one-time code in the database,
// so a ticket is never trusted alone (docs/decisions/0005-one-device-at-a-time.md).
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { labelledKey } from "../auth/derived-keys";

const ZTicket = z.object({
  v: z.literal(1),
  /** What the ticket lets its holder continue. */
  flow: z.enum(["signIn", "passwordReset", "staffSignIn"]),
  /**
   * The Account (or, in a staffSignIn ticket, the StaffUser). null in a password-reset ticket whose code
   * and phone matched no account (the answer stays neutral).
   */
  accountId: z.string().nullable(),
  /** The OneTimeCode sent for this step, if any. */
  challengeId: z.string().nullable(),
  /** When the password (or the BHXH code and phone) was checked, in ms. */
  checkedAt: z.number().int(),
  /** When the last code was sent (or, for a reset that matched nothing, would have been), in ms. */
  sentAt: z.number().int().optional(),
  /** Password reset: when the one-time code was confirmed, in ms. */
  confirmedAt: z.number().int().optional(),
  /** Keyed hash of the device cookie the password was typed on (the session opened records it). */
  deviceHash: z.string().max(128).nullable().optional(),
  /** signIn: the person proved who they are with VNeID (lib/server/vneid), which stands in for the SMS code on a new device. */
  viaVneid: z.boolean().optional(),
  /** staffSignIn: the second factor is done (or not enrolled); otherwise a TOTP/recovery code is due. */
  secondFactorDone: z.boolean().optional(),
});

export type Ticket = z.infer<typeof ZTicket>;

/** The cookie that holds the sign-in ticket while the OTP step is open. */
export const SIGN_IN_TICKET_COOKIE = "bhxh-signin";
/** The cookie that holds the staff sign-in ticket while the authenticator code is asked. */
export const STAFF_SIGN_IN_TICKET_COOKIE = "bhxh-staff-signin";
/** The cookie that holds the password-reset ticket. */
export const RESET_TICKET_COOKIE = "bhxh-reset";

function ticketKey(): Buffer {
  return labelledKey("bhxh:account-ticket:v1");
}

function mac(payload: string): Buffer {
  return createHmac("sha256", ticketKey()).update(payload).digest();
}

export function signTicket(ticket: Ticket): string {
  const payload = Buffer.from(JSON.stringify(ticket)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The ticket if the signature holds, else null. Ages are checked by the caller, which knows the step. */
export function readTicket(token: unknown): Ticket | null {
  if (typeof token !== "string" || token.length > 2000) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = ZTicket.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The ticket of `flow` if its signature holds and its check (`checkedAt`) is at most `maxAgeSeconds` old,
 * with five seconds allowed for clocks that disagree the other way; else null.
 */
export function readFreshTicket(token: unknown, flow: Ticket["flow"], now: Date, maxAgeSeconds: number | ((ticket: Ticket) => number)): Ticket | null {
  const ticket = readTicket(token);
  if (!ticket || ticket.flow !== flow) return null;
  const age = now.getTime() - ticket.checkedAt;
  const maxAge = (typeof maxAgeSeconds === "number" ? maxAgeSeconds : maxAgeSeconds(ticket)) * 1000;
  return age < -5_000 || age > maxAge ? null : ticket;
}

/** A second key from the same secret, for hashing one-time codes (see one-time-codes.ts). */
export function codeHashKey(): Buffer {
  return createHmac("sha256", ticketKey()).update("bhxh:one-time-code:v1").digest();
}
