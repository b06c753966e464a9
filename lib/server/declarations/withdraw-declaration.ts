import "server-only";
// Rút tờ khai: a pending declaration is withdrawn, by the declarer online or by an officer of the receiving
// office at the person's request. The declarer proves twice who they are: they can open the declaration
// (its access token, or reference + ID number on /tra-cuu) AND they confirmed the declared phone by SMS
// code just now (phone-verification token for that very number) — a cookie left on a shared phone is not
// enough. One transaction: row lock, lifecycle check, status, the notice (outbox) and the audit event.
// A withdrawn declaration no longer blocks a new one for the same ID (rules.ts counts `submitted` only);
// its photos are purged after the retention period (jobs/purge-declaration-photos.ts).
import { normalizeIdNumber } from "@/lib/domain/identifiers";
import { PHONE_CODE_LENGTH, phoneVerificationParams } from "@/lib/domain/phone-verification";
import { nextStatus, WITHDRAWAL_REASONS, type DeclarationStatus, type WithdrawalReasonCode } from "@/lib/domain/declaration-status";
import { translate } from "@/lib/i18n/catalog";
import { recordAuditEvent } from "../audit";
import type { StaffPrincipal } from "../auth/staff-access";
import { prisma, type Declaration, type Tx } from "../db/client";
import { portalUrl, PORTAL_PATHS } from "../notifications/links";
import { enqueueMessage } from "../notifications/outbox";
import { checkVerificationToken } from "../phone-verification/verification-token";
import { hitRateLimit, type RateLimitRule } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { accessTokenMatches } from "./declaration-access";
import { decideUnderLock, lockDeclarationByReference, type DecisionService } from "./lock-for-decision";

/** Withdrawal attempts from one client address (wrong tokens included): generous for a family, tight for a script. */
export const WITHDRAW_PER_IP: RateLimitRule = { name: "declaration-withdraw-ip", limit: 20, windowSeconds: 3600 };

export type WithdrawFailureCode =
  /** Unknown reference, wrong token or ID number, or (staff) another office's declaration: one answer, nothing to probe. */
  | "notFound"
  /** The role may not act on declarations (an admin; a temporary password). */
  | "forbidden"
  /** Already decided, expired or withdrawn. */
  | "notPending"
  /** The declared phone was not confirmed by code just now, or the token confirms another number. */
  | "phoneVerificationRequired"
  | "phoneVerificationExpired"
  | "phoneVerificationMismatch"
  | "rateLimited";

export type WithdrawFailure = { ok: false; code: WithdrawFailureCode; currentStatus?: DeclarationStatus; retryAfterSeconds?: number };
export type WithdrawResult = { ok: true; reference: string; declarationId: string; withdrawnAt: Date; status: "withdrawn" } | WithdrawFailure;

/** How the declarer opens the declaration: its access token (API, confirmation page) or the ID number (/tra-cuu). */
export type DeclarerProof = { token: string | null } | { idNumber: string };

export type DeclarerWithdrawInput = {
  reference: string;
  proof: DeclarerProof;
  phoneVerificationToken: unknown;
  reasonCode?: WithdrawalReasonCode;
};

export async function withdrawDeclarationByDeclarer(input: DeclarerWithdrawInput, info: RequestInfo, options: { now?: Date } = {}): Promise<WithdrawResult> {
  const now = options.now ?? new Date();
  const limit = await hitRateLimit(WITHDRAW_PER_IP, info.ip ?? "unknown");
  if (!limit.allowed) return { ok: false, code: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const reasonCode = input.reasonCode ?? "changedMind";
  return prisma.$transaction(async (tx) => {
    const declaration = await lockDeclarationByReference(tx, input.reference);
    if (!declaration || !proofOpens(input.proof, declaration)) return { ok: false, code: "notFound" } as const;
    // Checked after the proof: a stranger learns nothing from the phone answer.
    // A declaration without a phone (decision 0021) is withdrawn at the counter only: no number can match.
    const phone = declaration.phone === null ? ({ ok: false, code: "phoneVerificationMismatch" } as const) : checkVerificationToken(input.phoneVerificationToken, now, declaration.phone);
    if (!phone.ok) return { ok: false, code: phone.code } as const;
    return applyWithdrawal(tx, declaration, { now, reasonCode, staff: null, info, phoneVerificationId: phone.verificationId });
  });
}

export type CounterWithdrawInput = { reference: string; reasonCode: WithdrawalReasonCode; expectedVersion?: number };

/** At the counter, at the person's request: officers and supervisors of the receiving office only. */
export const withdrawDeclarationAtCounter: DecisionService<CounterWithdrawInput, WithdrawResult> = async (principal, input, info, options = {}) => {
  const now = options.now ?? new Date();
  const result = await decideUnderLock(principal, input, "withdraw", (tx, declaration) =>
    applyWithdrawal(tx, declaration, { now, reasonCode: input.reasonCode, staff: principal, info }),
  );
  // A moved version or a decided declaration: for a withdrawal, no longer pending.
  if (!result.ok && result.code === "stale") return { ok: false, code: "notPending", currentStatus: result.currentStatus };
  return result;
};

function proofOpens(proof: DeclarerProof, declaration: Declaration): boolean {
  if ("token" in proof) return !!proof.token && proof.token.length <= 200 && accessTokenMatches(proof.token, declaration.accessTokenHash);
  const idNumber = normalizeIdNumber(proof.idNumber.slice(0, 64));
  return !!idNumber && idNumber === declaration.idNumber;
}

async function applyWithdrawal(
  tx: Tx,
  declaration: Declaration,
  args: { now: Date; reasonCode: WithdrawalReasonCode; staff: StaffPrincipal | null; info: RequestInfo; phoneVerificationId?: string },
): Promise<WithdrawResult> {
  const { now, reasonCode, staff, info } = args;
  let status: DeclarationStatus;
  try {
    status = nextStatus(declaration.status, "withdraw");
  } catch {
    return { ok: false, code: "notPending", currentStatus: declaration.status };
  }
  await tx.declaration.update({
    where: { id: declaration.id },
    data: { status, withdrawnAt: now, withdrawnReason: reasonCode, withdrawnById: staff?.id ?? null },
  });
  const reason = WITHDRAWAL_REASONS.find((r) => r.code === reasonCode)!;
  await enqueueMessage(tx, {
    template: "declarationWithdrawn",
    params: {
      reference: declaration.reference,
      // The person reads the reason in Vietnamese, whatever language the screen was in.
      reasonLabel: translate("vi", reason.labelKey),
      atCounter: staff !== null,
      declareUrl: portalUrl(PORTAL_PATHS.declare),
      fullName: declaration.fullName,
    },
    phone: declaration.phone,
    // Email only to an address the person confirmed (the link in the "received" email).
    email: (await emailConfirmed(tx, declaration)) ? declaration.email : null,
    key: `declarationWithdrawn:${declaration.id}:v${declaration.version}`,
    declarationId: declaration.id,
  });
  await recordAuditEvent(tx, {
    type: "declaration.withdrawn",
    actorType: staff ? "staff" : "citizen",
    actorId: staff?.id ?? null,
    officeCode: declaration.officeCode,
    declarationId: declaration.id,
    ip: info.ip,
    userAgent: info.userAgent,
    data: {
      reference: declaration.reference,
      version: declaration.version,
      reasonCode,
      by: staff ? "counter" : "declarer",
      ...(args.phoneVerificationId ? { phoneVerificationId: args.phoneVerificationId } : {}),
    },
  });
  return { ok: true, reference: declaration.reference, declarationId: declaration.id, withdrawnAt: now, status: "withdrawn" };
}

async function emailConfirmed(tx: Tx, declaration: Declaration): Promise<boolean> {
  if (!declaration.email) return false;
  const event = await tx.auditEvent.findFirst({ where: { declarationId: declaration.id, type: "declaration.emailConfirmed" }, select: { id: true } });
  return event !== null;
}

/** The catalog key and parameters that explain a refusal to the declarer (pages translate them; the API adds a status). */
export function withdrawFailureMessage(failure: WithdrawFailure): { key: string; params: Record<string, string | number> } {
  const params = { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH };
  switch (failure.code) {
    case "notFound":
    case "forbidden":
      return { key: "declaration.server_notFound", params };
    case "notPending":
      return { key: "declaration.server_withdrawNotPending", params };
    case "rateLimited":
      return { key: "declaration.server_withdrawRateLimited", params: { minutes: Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60)) } };
    default:
      return { key: `declaration.withdraw_${failure.code}`, params };
  }
}
