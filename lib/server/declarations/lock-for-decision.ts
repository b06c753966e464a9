import "server-only";
// The shared first half of the officer's decisions (approve, reject, register a phone, withdraw at the
// counter): lock the declaration row, then refuse what the officer may not decide (other office: "not
// found"), a stale page and a decided declaration; and the decision's audit event.
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { canPerform, type DeclarationAction, type DeclarationStatus } from "@/lib/domain/declaration-status";
import type { DecisionBlocker } from "@/lib/domain/decision-blockers";
import { prisma, type Declaration, type Tx } from "../db/client";
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

/** What the lock itself refuses (a subset of DecisionFailure). */
export type LockFailure = { ok: false; code: "notFound" | "forbidden" } | { ok: false; code: "stale"; currentStatus: DeclarationStatus };

export type DecisionInput = { reference: string; expectedVersion: number };

/** How every decision service is called: by whom, on what, from where; `now` for tests. */
export type DecisionService<I, R> = (principal: StaffPrincipal, input: I, info: RequestInfo, options?: { now?: Date }) => Promise<R>;

/** Within the caller's transaction: the declaration, locked FOR UPDATE, or null for an unknown reference. */
export async function lockDeclarationByReference(tx: Tx, rawReference: string): Promise<Declaration | null> {
  const reference = normalizeReferenceInput(rawReference);
  if (!reference) return null;
  // The lock makes a second, concurrent decision wait here and then see the first one's result.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Declaration" WHERE "reference" = ${reference} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.declaration.findUniqueOrThrow({ where: { reference } });
}

/**
 * Within the caller's transaction: the declaration, locked FOR UPDATE, or why it cannot be decided.
 * Without `expectedVersion` (a withdrawal asked for at the counter, not from a page) any version will do.
 */
export async function lockDeclarationForDecision(
  tx: Tx,
  principal: StaffPrincipal,
  input: { reference: string; expectedVersion?: number },
  action: DeclarationAction,
): Promise<{ ok: true; declaration: Declaration } | LockFailure> {
  const declaration = await lockDeclarationByReference(tx, input.reference);
  if (!declaration) return { ok: false, code: "notFound" };
  if (!canStaffDecide(principal, declaration)) {
    // Staff of another office learn nothing; staff of this office who may not decide are told so.
    return principal.officeCode === declaration.officeCode || principal.role === "admin" ? { ok: false, code: "forbidden" } : { ok: false, code: "notFound" };
  }
  const versionMoved = input.expectedVersion !== undefined && declaration.version !== input.expectedVersion;
  if (versionMoved || !canPerform(declaration.status, action)) {
    return { ok: false, code: "stale", currentStatus: declaration.status };
  }
  return { ok: true, declaration };
}

/**
 * One transaction for a decision: the declaration locked and checked for `action`, then `decide` writes the
 * change, its outbox messages and its audit event with the same `tx` (or refuses, and nothing is written).
 */
export function decideUnderLock<R>(
  principal: StaffPrincipal,
  input: { reference: string; expectedVersion?: number },
  action: DeclarationAction,
  decide: (tx: Tx, declaration: Declaration) => Promise<R>,
): Promise<R | LockFailure> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockDeclarationForDecision(tx, principal, input, action);
    return locked.ok ? decide(tx, locked.declaration) : locked;
  });
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
