import "server-only";
// Signing out ends this device's session in the database, so the cookie is worthless even if kept.
import { citizenActor } from "../audit";
import { endSessionOnce } from "../auth/end-session";
import type { RequestInfo } from "../request-info";

export function signOutCitizen(input: { accountId: string; deviceSessionId: string }, info: RequestInfo, now: Date = new Date()): Promise<void> {
  return endSessionOnce(
    (tx) =>
      tx.deviceSession.updateMany({
        where: { id: input.deviceSessionId, accountId: input.accountId, revokedAt: null },
        data: { revokedAt: now, revokedReason: "signedOut" },
      }),
    { type: "account.signedOut", ...citizenActor(input.accountId, info), data: { deviceSessionId: input.deviceSessionId } },
  );
}
