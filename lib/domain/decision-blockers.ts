// What stands between a staff member and a decision on a declaration, derived from the state alone (as
// OpenCRVS derives the available actions): the declaration page shows these reasons instead of a form, and
// approveDeclaration/rejectDeclaration refuse with the same codes under the row lock. One answer, one wording.
import { isOneOf } from "./code-lists";
import { canPerform, type DeclarationStatus } from "./declaration-status";
import { isExpired } from "./deadlines";
import type { FieldComparison, MatchField, ParticipantMatch } from "./participant-match";

/** The checks the officer confirms at the counter before approving, in the order the form shows them. */
export const APPROVAL_CHECKS = ["originalIdChecked", "declarationSigned"] as const;
export type ApprovalCheck = (typeof APPROVAL_CHECKS)[number];
/**
 * What the officer ticked: recorded as it was in the audit event. `acknowledgedFields`: the fields that differ
 * from the master record which the officer confirmed, one by one, against the original documents.
 */
export type ApprovalChecklist = Record<ApprovalCheck, boolean> & { acknowledgedFields?: readonly MatchField[] };

export const DECISION_BLOCKERS = [
  /** This staff member may see the declaration but not decide (role, temporary password). */
  "notAllowed",
  /** Already decided, expired or withdrawn. */
  "notPending",
  /** Past its deadline (the expiry job has not cancelled it yet): it can still be rejected, not approved. */
  "expired",
  /** No master record for the declared BHXH code (the account's user name). */
  "noMatchedRecord",
  /** The BHXH code and the ID number lead to different master records. */
  "conflictingRecords",
  /** A counter check was not confirmed. */
  "checklistIncomplete",
  /** A field differs from the master record and the officer did not acknowledge it (issue 11 §2). */
  "differencesNotAcknowledged",
  /**
   * Keyed in at the counter for a person without a mobile phone: the account's temporary password, its
   * sign-in codes and password resets all go to a confirmed phone, so none is activated until one is
   * registered on the declaration (decision 0021).
   */
  "noConfirmedPhone",
] as const;
export type DecisionBlocker = (typeof DECISION_BLOCKERS)[number];

export function isDecisionBlocker(code: string): code is DecisionBlocker {
  return isOneOf(DECISION_BLOCKERS, code);
}

/** Who is asking: whether they may decide on this declaration's office at all (lib/server/auth/staff-access.ts). */
export type Decider = { mayDecide: boolean };
export type DecisionSubject = { status: DeclarationStatus; expiresAt: Date };
/** What approval also needs to know: the confirmed mobile number, null when declared without one. */
export type ApprovalSubject = DecisionSubject & { phone: string | null };

/** Why this decider may not reject this declaration now; empty when they may. */
export function rejectionBlockers(decider: Decider, declaration: DecisionSubject): DecisionBlocker[] {
  const blockers: DecisionBlocker[] = [];
  if (!decider.mayDecide) blockers.push("notAllowed");
  if (!canPerform(declaration.status, "reject")) blockers.push("notPending");
  return blockers;
}

/**
 * Why this decider may not approve this declaration now; empty when they may. The page asks before the officer
 * has ticked anything (no checklist); the service passes what was ticked, and a missing check blocks too.
 */
export function approvalBlockers(
  decider: Decider,
  declaration: ApprovalSubject,
  match: ParticipantMatch,
  now: Date,
  checklist?: ApprovalChecklist,
): DecisionBlocker[] {
  const blockers: DecisionBlocker[] = [];
  if (!decider.mayDecide) blockers.push("notAllowed");
  if (!canPerform(declaration.status, "approve")) blockers.push("notPending");
  else if (isExpired(declaration.expiresAt, now)) blockers.push("expired");
  if (match.state === "conflict") blockers.push("conflictingRecords");
  else if (match.state !== "matched") blockers.push("noMatchedRecord");
  if (declaration.phone === null) blockers.push("noConfirmedPhone");
  if (checklist && APPROVAL_CHECKS.some((check) => checklist[check] !== true)) blockers.push("checklistIncomplete");
  // Differences from the master record (issue 11 §2): each one acknowledged explicitly before approving.
  if (checklist && match.state === "matched" && unacknowledgedDifferences(match.fields, checklist.acknowledgedFields).length > 0) {
    blockers.push("differencesNotAcknowledged");
  }
  return blockers;
}

/**
 * The fields the officer must acknowledge before approving: those that differ from the master record, a
 * missing or extra diacritic included (the account is created with the declared name). A value the record
 * lacks ("missing") is not a contradiction.
 */
export function differencesToAcknowledge(fields: readonly FieldComparison[]): MatchField[] {
  return fields.filter((f) => f.agreement === "different" || f.agreement === "sameWithoutDiacritics").map((f) => f.field);
}

/** The differing fields not in `acknowledged`. */
export function unacknowledgedDifferences(fields: readonly FieldComparison[], acknowledged: readonly MatchField[] = []): MatchField[] {
  return differencesToAcknowledge(fields).filter((field) => !acknowledged.includes(field));
}
