// Withdrawing a pending declaration (issue 12): the declarer's API request and answer, and the officer's
// counter form. The reasons are the lifecycle's list (lib/domain/declaration-status.ts).
import { z } from "zod";
import { WITHDRAWAL_REASON_CODES } from "@/lib/domain/declaration-status";
import { ZPhoneVerificationTokenSchema } from "./phone-verification";

export const WITHDRAWAL_MESSAGE_KEYS = {
  reasonRequired: "declaration.withdrawReasonRequired",
  counterReasonRequired: "officer.withdrawReasonRequired",
  counterConfirmRequired: "officer.withdrawConfirmRequired",
} as const;

const reasonCode = z.enum(WITHDRAWAL_REASON_CODES, { error: WITHDRAWAL_MESSAGE_KEYS.reasonRequired });

/** POST /api/v1/declarations/{reference}/withdraw: a fresh confirmation of the declared phone. */
export const ZWithdrawRequestSchema = z.object(
  {
    phoneVerificationToken: ZPhoneVerificationTokenSchema.describe("From POST /api/v1/phone-verifications/confirm, for the phone number declared in this declaration."),
    reasonCode: reasonCode.optional().describe("Why; `changedMind` when left out."),
  },
  { error: "validation.invalidValue" },
);
export type WithdrawRequest = z.infer<typeof ZWithdrawRequestSchema>;

/** 200 answer of the withdrawal. */
export const ZWithdrawResponseSchema = z.object({
  reference: z.string(),
  status: z.literal("withdrawn"),
  withdrawnAt: z.string().describe("ISO 8601 instant."),
});
export type WithdrawResponse = z.infer<typeof ZWithdrawResponseSchema>;

/** The officer's withdrawal at the counter (button on /can-bo/ho-so/[reference]): a reason and an explicit confirmation. */
export const ZCounterWithdrawSchema = z.object({
  reference: z.string().max(40),
  expectedVersion: z.coerce.number().int().min(1),
  reasonCode: z.enum(WITHDRAWAL_REASON_CODES, { error: WITHDRAWAL_MESSAGE_KEYS.counterReasonRequired }),
  confirm: z.literal("yes", { error: WITHDRAWAL_MESSAGE_KEYS.counterConfirmRequired }),
});
