// The life of a declaration as data: which actions each status allows and where each one leads.
// "Can this officer approve this declaration now?" is answered here and nowhere else.

import { isOneOf, labelledChoices } from "./code-lists";

/** Same strings as the Prisma enum DeclarationStatus. */
export const DECLARATION_STATUSES = ["submitted", "approved", "rejected", "expired", "withdrawn"] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const DECLARATION_ACTIONS = ["approve", "reject", "expire", "withdraw", "resubmit", "remind", "purgeFiles"] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

export const ALLOWED_ACTIONS: Readonly<Record<DeclarationStatus, readonly DeclarationAction[]>> = {
  submitted: ["approve", "reject", "expire", "withdraw", "remind"],
  // The person corrects the declaration and sends it again; the photos of a closed one are purged after retention.
  rejected: ["resubmit", "purgeFiles"],
  expired: ["purgeFiles"],
  withdrawn: ["purgeFiles"],
  // Approval created the account: the declaration is the record of it and never changes again.
  approved: [],
};

/** Where an action leads; actions missing here (remind, purgeFiles) leave the status as it is. */
const TARGET_STATUS: Partial<Record<DeclarationAction, DeclarationStatus>> = {
  approve: "approved",
  reject: "rejected",
  expire: "expired",
  withdraw: "withdrawn",
  resubmit: "submitted",
};

export class DisallowedActionError extends Error {
  constructor(
    readonly status: DeclarationStatus,
    readonly action: DeclarationAction,
  ) {
    super(`Action "${action}" is not allowed when the declaration is ${status}`);
    this.name = "DisallowedActionError";
  }
}

export function canPerform(status: DeclarationStatus, action: DeclarationAction): boolean {
  return ALLOWED_ACTIONS[status].includes(action);
}

/** The status after `action`; throws DisallowedActionError when the status does not allow it. */
export function nextStatus(status: DeclarationStatus, action: DeclarationAction): DeclarationStatus {
  if (!canPerform(status, action)) throw new DisallowedActionError(status, action);
  return TARGET_STATUS[action] ?? status;
}

/** Waiting for the person to come to the office (and for an officer's decision). */
export function isPending(status: DeclarationStatus): boolean {
  return status === "submitted";
}

export function isDeclarationStatus(value: unknown): value is DeclarationStatus {
  return isOneOf(DECLARATION_STATUSES, value);
}

/** Why an officer refuses a declaration; the label is sent to the person by SMS and email. */
export const REJECTION_REASON_CODES = ["unclearPhoto", "mismatchWithRecords", "invalidDocument", "notSigned", "wrongOffice", "other"] as const;
export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];
export const REJECTION_REASONS = labelledChoices(REJECTION_REASON_CODES, "validation.rejectionReason_");

export function isRejectionReasonCode(value: unknown): value is RejectionReasonCode {
  return isOneOf(REJECTION_REASON_CODES, value);
}

// --- withdrawal (issue 12) ---------------------------------------------------------------------------

/** Why a pending declaration is withdrawn; the officer picks one at the counter, the declarer online says "changedMind" unless they choose. */
export const WITHDRAWAL_REASON_CODES = ["changedMind", "mistakeInDeclaration", "wrongOffice", "duplicate", "other"] as const;
export type WithdrawalReasonCode = (typeof WITHDRAWAL_REASON_CODES)[number];
export const WITHDRAWAL_REASONS = labelledChoices(WITHDRAWAL_REASON_CODES, "declaration.withdrawReason_");

export function isWithdrawalReasonCode(value: unknown): value is WithdrawalReasonCode {
  return isOneOf(WITHDRAWAL_REASON_CODES, value);
}

/** May the declaration be withdrawn now (by the declarer online, or by an officer at the person's request)? */
export function canWithdraw(status: DeclarationStatus): boolean {
  return canPerform(status, "withdraw");
}
