import "server-only";
// The shared first half of approving and rejecting: lock the declaration row, then refuse what
// the officer may not decide (other office: "not found"), a stale page and a decided declaration; and
// the decision's audit event.
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { canPerform, type DeclarationAction, type DeclarationStatus } from "@/lib/domain/declaration-status";
import type { DecisionBlocker } from "@/lib/domain/decision-blockers";
import type { Declaration, Tx } from "../db/client";
import { canStaffDecide, type StaffPrincipal } from "../auth/staff-access";
import { recordAuditEvent } from "../audit";
import type { RequestInfo } from "../request-info";
import { staffActorOn } from "./staff-audit";

export type DecisionFailureCode =
  /** Unknown reference, or another office's declaration (the same answer, so references cannot be probed). */
  | "notFound"
  /** The role may not decide (an admin, a user who must change a temporary password). */
  | "forbidden"
  /** Someone decided (or the person corrected the declaration) since the page was opened. */
  | "stale"
  /** What the declaration page would have shown instead of the form (lib/domain/decision-blockers.ts). */
  | DecisionBlocker;

export type DecisionFailure = { ok: false; code: DecisionFailureCode; currentStatus?: DeclarationStatus };

export type DecisionInput = { reference: string; expectedVersion: number };

/** Within the caller's transaction: the declaration, locked FOR UPDATE, or why it cannot be decided. */
export async function lockDeclarationForDecision(
  tx: Tx,
  principal: StaffPrincipal,
  input: DecisionInput,
  action: DeclarationAction,
): Promise<{ ok: true; declaration: Declaration } | DecisionFailure> {
  const reference = normalizeReferenceInput(input.reference);
  if (!reference) return { ok: false, code: "notFound" };
  // The lock makes a second, concurrent decision wait here and then see the first one's result.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Declaration" WHERE "reference" = ${reference} FOR UPDATE`;
  if (locked.length === 0) return { ok: false, code: "notFound" };
  const declaration = await tx.declaration.findUniqueOrThrow({ where: { reference } });
  if (!canStaffDecide(principal, declaration)) {
    // Staff of another office learn nothing; staff of this office who may not decide are told so.
    return principal.officeCode === declaration.officeCode || principal.role === "admin" ? { ok: false, code: "forbidden" } : { ok: false, code: "notFound" };
  }
  if (declaration.version !== input.expectedVersion || !canPerform(declaration.status, action)) {
    return { ok: false, code: "stale", currentStatus: declaration.status };
  }
  return { ok: true, declaration };
}

/** The status change itself, conditional on what was checked under the lock (belt and braces). */
export async function applyDecision(
  tx: Tx,
  declaration: Declaration,
  data: { status: DeclarationStatus; decidedAt: Date; decidedById: string; rejectionReasonCode?: string | null; rejectionReason?: string | null },
): Promise<boolean> {
  const { count } = await tx.declaration.updateMany({
    where: { id: declaration.id, status: declaration.status, version: declaration.version },
    data,
  });
  return count === 1;
}

/** The decision's audit event, by the officer, with what every decision records plus the decision's own `data`. */
export async function recordDecisionEvent(
  tx: Tx,
  principal: StaffPrincipal,
  info: RequestInfo,
  declaration: Declaration,
  event: { type: "declaration.approved" | "declaration.rejected"; data: Record<string, unknown> },
): Promise<void> {
  await recordAuditEvent(tx, {
    type: event.type,
    ...staffActorOn(principal, declaration, info),
    data: { reference: declaration.reference, version: declaration.version, submittedAt: declaration.submittedAt.toISOString(), ...event.data },
  });
}
