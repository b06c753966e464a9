import "server-only";
// Which back-off counter a sign-in attempt counts against. A browser that has already signed in to the
// account (its device cookie's hash is on one of the account's sessions) has a counter of its own;
// every other browser shares the account's "unknown devices" counter. A stranger guessing passwords
// therefore slows down strangers only: the officer at their usual computer signs in as always.
import { prisma } from "../db/client";

export async function signInBackoffSubject(
  kind: "staff" | "citizen",
  input: { accountKey: string; userId: string | null; deviceHash: string | null },
): Promise<string> {
  const { accountKey, userId, deviceHash } = input;
  if (!userId || !deviceHash) return `${accountKey}:unknown`;
  const known =
    kind === "staff"
      ? await prisma.staffSession.count({ where: { staffUserId: userId, deviceHash } })
      : await prisma.deviceSession.count({ where: { accountId: userId, deviceHash } });
  return known > 0 ? `${accountKey}:${deviceHash.slice(0, 32)}` : `${accountKey}:unknown`;
}
