import "server-only";
// What the deadline jobs (expiry, reminder) record for one declaration, in the job's transaction: the
// system's audit event about the window and the message to the declarer, once per declaration version.
import type { AuditEventType } from "@/lib/domain/audit-events";
import { localeOr } from "@/lib/i18n/config";
import { recordAuditEvent } from "@/lib/server/audit";
import type { Declaration, Tx } from "@/lib/server/db/client";
import { enqueueMessage, type MessageInput } from "@/lib/server/notifications/outbox";
import type { NotificationTemplate } from "@/lib/server/notifications/templates";

export async function recordDeadlineNotice<T extends NotificationTemplate>(
  tx: Tx,
  declaration: Declaration,
  notice: { event: AuditEventType; template: T; params: MessageInput<T>["params"] },
): Promise<void> {
  const { id } = declaration;
  await recordAuditEvent(tx, {
    type: notice.event,
    actorType: "system",
    officeCode: declaration.officeCode,
    declarationId: id,
    data: { reference: declaration.reference, version: declaration.version, expiresAt: declaration.expiresAt.toISOString() },
  });
  await enqueueMessage(tx, {
    template: notice.template,
    params: notice.params,
    phone: declaration.phone,
    email: declaration.email,
    locale: localeOr(declaration.locale),
    key: `${notice.template}:${id}:v${declaration.version}`,
    declarationId: id,
  });
}
