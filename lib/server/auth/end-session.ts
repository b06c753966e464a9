import "server-only";
// Signing out, for citizens and staff alike: the session row ends (so a kept copy of the cookie is
// worthless) and the sign-out is audited, in one transaction.
import { recordAuditEvent, type AuditInput } from "../audit";
import { prisma, type Tx } from "../db/client";

/**
 * `revoke` ends the row only while it is open; the event is recorded only if it did. A second click, or a
 * session already revoked elsewhere, changes nothing and records nothing.
 */
export async function endSessionOnce(revoke: (tx: Tx) => Promise<{ count: number }>, event: AuditInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if ((await revoke(tx)).count > 0) await recordAuditEvent(tx, event);
  });
}
