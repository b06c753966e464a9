import "server-only";
// Duyệt: the officer approves a declaration at the counter. One transaction: lock, checks, status,
// the citizen's account (activation issue) with its notifications, and the audit event.
import { nextStatus } from "@/lib/domain/declaration-status";
import { approvalBlockers, type ApprovalChecklist } from "@/lib/domain/decision-blockers";
import { canStaffDecide } from "../auth/staff-access";
import { activateAccountForDeclaration, prepareTemporaryCredentials } from "../accounts/activate-account";
import { findParticipantMatch } from "./participant-records";
import { applyDecision, decideUnderLock, recordDecisionEvent, type DecisionFailure, type DecisionInput, type DecisionService } from "./lock-for-decision";

export type ApproveInput = DecisionInput & {
  /** The counter checks as the officer ticked them; approval is refused ("checklistIncomplete") unless all are. */
  checklist: ApprovalChecklist;
};

export type ApproveResult = { ok: true; reference: string; declarationId: string; decidedAt: Date } | DecisionFailure;

export const approveDeclaration: DecisionService<ApproveInput, ApproveResult> = async (principal, input, info, options = {}) => {
  const now = options.now ?? new Date();
  // Hashing the temporary password takes tens of milliseconds: done before the row is locked.
  const credentials = await prepareTemporaryCredentials();
  return decideUnderLock(principal, input, "approve", async (tx, declaration) => {
    const match = await findParticipantMatch(tx, declaration);
    // The same rule the page showed, now under the lock and with what was ticked.
    const [blocker] = approvalBlockers({ mayDecide: canStaffDecide(principal, declaration) }, declaration, match, now, input.checklist);
    if (blocker) return { ok: false, code: blocker, currentStatus: declaration.status } as const;
    if (match.state !== "matched") throw new Error("approvalBlockers let an unmatched declaration through");
    const phone = declaration.phone;
    if (phone === null) throw new Error("approvalBlockers let a declaration without a confirmed phone through");

    const status = nextStatus(declaration.status, "approve");
    if (!(await applyDecision(tx, declaration, { status, decidedAt: now, decidedById: principal.id }))) {
      return { ok: false, code: "stale" } as const;
    }
    const approved = { ...declaration, phone, status, decidedAt: now, decidedById: principal.id };
    await activateAccountForDeclaration(tx, approved, {
      now,
      credentials,
      actor: { actorType: "staff", actorId: principal.id, officeCode: declaration.officeCode, ip: info.ip, userAgent: info.userAgent },
    });
    await recordDecisionEvent(tx, principal, info, declaration, {
      type: "declaration.approved",
      data: {
        checklist: input.checklist,
        match: { bhxhCode: match.record.bhxhCode, differences: match.fields.filter((f) => f.agreement !== "same").map((f) => f.field) },
      },
    });
    return { ok: true, reference: declaration.reference, declarationId: declaration.id, decidedAt: now } as const;
  });
};
