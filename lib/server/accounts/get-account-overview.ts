import "server-only";
// What the account page shows: the person's master record (Participant) by BHXH code, the declarations
// made for that code, and the recent sign-ins. Read-only; the caller has already checked the principal.
import { passwordExpiresAt } from "@/lib/domain/password-expiry";
import { SESSION_IDLE_SECONDS } from "../auth/auth.config";
import { prisma } from "../db/client";
import { isRevokedReason, LAST_SEEN_RESOLUTION_SECONDS, type RevokedReason } from "./device-sessions";

export const RECENT_SIGN_INS = 10;
export const DECLARATION_HISTORY = 20;

/** A sign-in as the list shows it: still open, ended (idle, expired, or an unknown reason), or revoked for a known reason. */
export type SignInState = "active" | "ended" | RevokedReason;

export async function getAccountOverview(input: { accountId: string; bhxhCode: string; deviceSessionId: string }, now: Date = new Date()) {
  const [account, participant, declarations, sessions] = await Promise.all([
    prisma.account.findUniqueOrThrow({ where: { id: input.accountId }, select: { phone: true, email: true, passwordChangedAt: true } }),
    prisma.participant.findUnique({ where: { bhxhCode: input.bhxhCode } }),
    prisma.declaration.findMany({
      where: { bhxhCode: input.bhxhCode },
      orderBy: { submittedAt: "desc" },
      take: DECLARATION_HISTORY,
      select: { id: true, reference: true, status: true, submittedAt: true, office: { select: { name: true } } },
    }),
    prisma.deviceSession.findMany({
      where: { accountId: input.accountId },
      orderBy: { createdAt: "desc" },
      take: RECENT_SIGN_INS,
      select: { id: true, deviceLabel: true, ip: true, createdAt: true, lastSeenAt: true, revokedAt: true, revokedReason: true },
    }),
  ]);
  const idleSince = now.getTime() - (SESSION_IDLE_SECONDS + LAST_SEEN_RESOLUTION_SECONDS) * 1000;
  const signIns = sessions.map((s) => ({
    id: s.id,
    deviceLabel: s.deviceLabel,
    ip: s.ip,
    signedInAt: s.createdAt,
    isCurrent: s.id === input.deviceSessionId,
    state: signInState(s, input.deviceSessionId, idleSince),
  }));
  return { account, participant, declarations, signIns, passwordExpiresAt: passwordExpiresAt(account.passwordChangedAt) };
}

function signInState(s: { id: string; revokedAt: Date | null; revokedReason: string | null; lastSeenAt: Date }, currentId: string, idleSince: number): SignInState {
  if (s.revokedAt) return isRevokedReason(s.revokedReason) ? s.revokedReason : "ended";
  return s.id !== currentId && s.lastSeenAt.getTime() < idleSince ? "ended" : "active";
}

export type AccountOverview = Awaited<ReturnType<typeof getAccountOverview>>;
