import "server-only";
// Signing out ends this device's session in the database, so the cookie is worthless even if kept.
import { prisma } from "../db/client";
import { citizenActor, recordAuditEvent } from "../audit";
import type { RequestInfo } from "../request-info";

export async function signOutCitizen(input: { accountId: string; deviceSessionId: string }, info: RequestInfo, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.deviceSession.updateMany({
      where: { id: input.deviceSessionId, accountId: input.accountId, revokedAt: null },
      data: { revokedAt: now, revokedReason: "signedOut" },
    });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      type: "account.signedOut",
      ...citizenActor(input.accountId, info),
      data: { deviceSessionId: input.deviceSessionId },
    });
  });
}
