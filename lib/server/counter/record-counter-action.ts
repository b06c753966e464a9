import "server-only";
// The two rows every counter action leaves, in the action's own transaction: the CounterAction (what
// the printed receipt shows, with its reference) and the audit event (who, which office, what, why).
import { generateReceiptReference, type CounterActionKind } from "@/lib/domain/counter";
import type { AuditEventType } from "@/lib/domain/audit-events";
import { maskPhone } from "@/lib/domain/identifiers";
import type { Prisma, Tx } from "../db/client";
import { recordAuditEvent } from "../audit";
import type { RequestInfo } from "../request-info";
import type { CounterOfficer } from "./counter-access";

const AUDIT_TYPES = {
  changePhone: "counter.phoneChanged",
  resetPassword: "counter.passwordReset",
  signOutAll: "counter.signedOutAll",
  lock: "counter.locked",
  unlock: "counter.unlocked",
  close: "counter.closed",
} as const satisfies Record<CounterActionKind, AuditEventType>;

export type CounterActionInput = {
  kind: CounterActionKind;
  officer: CounterOfficer;
  account: { id: string; bhxhCode: string; phone: string };
  reasonCode?: string | null;
  /** Shown on the receipt and kept in the audit row; never a secret, never a full phone number. */
  details?: Record<string, string | number | boolean>;
  info: RequestInfo;
  now: Date;
};

/** Writes the CounterAction and its audit event; returns the receipt reference. */
export async function recordCounterAction(tx: Tx, input: CounterActionInput): Promise<string> {
  const { officer, account } = input;
  const data = { bhxhCode: account.bhxhCode, maskedPhone: maskPhone(account.phone), ...input.details };
  for (let attempt = 0; ; attempt++) {
    const reference = generateReceiptReference();
    // A collision (30^8 codes) is all but impossible; the unique index makes it a retry, not a duplicate.
    const exists = await tx.counterAction.findUnique({ where: { reference }, select: { id: true } });
    if (exists && attempt < 5) continue;
    await tx.counterAction.create({
      data: {
        reference,
        kind: input.kind,
        accountId: account.id,
        officeCode: officer.officeCode,
        staffUserId: officer.id,
        reasonCode: input.reasonCode ?? null,
        data: data as Prisma.InputJsonValue,
        createdAt: input.now,
      },
    });
    await recordAuditEvent(tx, {
      type: AUDIT_TYPES[input.kind],
      actorType: "staff",
      actorId: officer.id,
      officeCode: officer.officeCode,
      ip: input.info.ip,
      userAgent: input.info.userAgent,
      data: { accountId: account.id, receipt: reference, ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}), ...data },
    });
    return reference;
  }
}

/**
 * Ends every signed-in device of the account and voids its open one-time codes (a code sent to a lost
 * phone must not work afterwards). Each revoked session is audited with the officer as the actor.
 */
export async function revokeAccountAccess(tx: Tx, input: { accountId: string; officer: CounterOfficer; kind: CounterActionKind; info: RequestInfo; now: Date }): Promise<number> {
  const { accountId, now } = input;
  const sessions = await tx.deviceSession.findMany({ where: { accountId, revokedAt: null }, select: { id: true } });
  if (sessions.length > 0) {
    await tx.deviceSession.updateMany({ where: { id: { in: sessions.map((s) => s.id) }, revokedAt: null }, data: { revokedAt: now, revokedReason: "counter" } });
  }
  for (const session of sessions) {
    await recordAuditEvent(tx, {
      type: "account.sessionRevoked",
      actorType: "staff",
      actorId: input.officer.id,
      officeCode: input.officer.officeCode,
      ip: input.info.ip,
      userAgent: input.info.userAgent,
      data: { accountId, deviceSessionId: session.id, reason: "counter", action: input.kind },
    });
  }
  await tx.oneTimeCode.updateMany({ where: { accountId, consumedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  return sessions.length;
}

/** The status locking or closing leaves the account in. */
const SHUT_STATUS = { lock: "locked", close: "closed" } as const;

/**
 * Locking or closing, within performCounterAction's transaction: the account takes its new status and keeps
 * no signed-in device nor open code. Returns how many devices were signed out.
 */
export async function shutAccount(
  ctx: { tx: Tx; account: { id: string }; officer: CounterOfficer; info: RequestInfo; now: Date },
  kind: keyof typeof SHUT_STATUS,
): Promise<number> {
  await ctx.tx.account.update({ where: { id: ctx.account.id }, data: { status: SHUT_STATUS[kind] } });
  return revokeAccountAccess(ctx.tx, { accountId: ctx.account.id, officer: ctx.officer, kind, info: ctx.info, now: ctx.now });
}
