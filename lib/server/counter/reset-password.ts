import "server-only";
// A new temporary password at the counter: generated and hashed like the activation's
// (prepareTemporaryCredentials), sent by SMS to the registered phone only, to be changed at first
// sign-in. Every device is signed out and open codes voided. The officer never sees the password: the
// result carries only the receipt reference, and the SMS text is redacted once it has left.
import { ZResetPasswordSchema } from "@/lib/schemas/counter";
import { prepareTemporaryCredentials } from "../accounts/activate-account";
import { enqueueMessage } from "../notifications/outbox";
import { PORTAL_PATHS, portalUrl } from "../notifications/links";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { performCounterAction } from "./perform-counter-action";
import { revokeAccountAccess } from "./record-counter-action";

export function resetPasswordAtCounter(principal: StaffPrincipal | null, input: unknown, info: RequestInfo, now: Date = new Date()) {
  return performCounterAction(principal, input, info, now, {
    kind: "resetPassword",
    schema: ZResetPasswordSchema,
    prepare: prepareTemporaryCredentials,
    apply: async ({ tx, account, officer }, credentials) => {
      // passwordChangedAt moves forward: sign-in tickets issued before now stop working (sign-in-citizen.ts).
      await tx.account.update({
        where: { id: account.id },
        data: { passwordHash: credentials.passwordHash, mustChangePassword: true, passwordChangedAt: now, passwordReminderAt: null },
      });
      const signedOut = await revokeAccountAccess(tx, { accountId: account.id, officer, kind: "resetPassword", info, now });
      await enqueueMessage(tx, {
        template: "counterPasswordReset",
        params: { bhxhCode: account.bhxhCode, temporaryPassword: credentials.temporaryPassword, signInUrl: portalUrl(PORTAL_PATHS.signIn) },
        phone: account.phone,
        // The key names this reset: the password row's hash prefix is unique per reset.
        key: `counterPasswordReset:${account.id}:${now.getTime()}`,
        accountId: account.id,
      });
      return { signedOut, details: { originalIdChecked: true, sentToMaskedPhone: true }, notice: false };
    },
  });
}
