import "server-only";
// The refusal message (SMS, and email when given) for the back office's reject action, written in the
// action's transaction: the reason's label, the officer's note, and where to correct and resend.
import type { Tx } from "@/lib/server/db/client";
import { correctionPath } from "@/lib/server/declarations/declaration-access";
import { portalUrl } from "@/lib/server/notifications/links";
import { enqueueMessage } from "@/lib/server/notifications/outbox";
import { localeOr } from "@/lib/i18n/config";

export type RejectedDeclaration = {
  id: string;
  reference: string;
  /** Null for a declaration keyed in without a phone: the email only (decision 0021). */
  phone: string | null;
  email: string | null;
  fullName: string;
  /** The language the person declared in: the email's language (the SMS is Vietnamese). */
  locale?: string;
  /** Read from the database when not given. */
  version?: number;
};

/**
 * @param reasonLabel the reason as the person reads it (the Vietnamese label of the REJECTION_REASONS code)
 * @param note the officer's own words, if any
 * @returns whether the SMS and the email were newly enqueued (false: this rejection was already notified)
 */
export async function enqueueRejectionNotice(
  tx: Tx,
  declaration: RejectedDeclaration,
  reasonLabel: string,
  note?: string | null,
  /** The reason in the email's language. */
  emailReasonLabel?: string,
  /** The reason's code: the SMS gives its short label (notifications.reasonSms_<code>) instead of reasonLabel and the note. */
  reasonCode?: string,
): Promise<{ sms: boolean; email: boolean }> {
  const version =
    declaration.version ?? (await tx.declaration.findUniqueOrThrow({ where: { id: declaration.id }, select: { version: true } })).version;
  return enqueueMessage(tx, {
    template: "rejection",
    params: {
      reference: declaration.reference,
      reasonLabel,
      reasonCode,
      emailReasonLabel,
      officerNote: note?.trim() || undefined,
      // Only the declared phone and email receive this link: it is what opens the declaration for correction.
      correctUrl: portalUrl(correctionPath(declaration.reference, declaration.id)),
      fullName: declaration.fullName,
    },
    phone: declaration.phone,
    email: declaration.email,
    key: `rejection:${declaration.id}:v${version}`,
    declarationId: declaration.id,
    locale: localeOr(declaration.locale),
  });
}
