import "server-only";
// What a verified VNeID identity leads to (docs/decisions/0019-vneid-sign-in.md):
//   - a linked or matching existing account: signed in (VNeID is the second factor, so no SMS code);
//   - level 2 and a full match of one master record, no account yet: the account is created and active
//     at once (no temporary password; the phone VNeID returned counts as confirmed), then signed in;
//   - anything less (level 1, no record, a partial match): the Tờ khai 01 wizard, prefilled, and the counter.
// Returns codes; the callback route turns them into redirects and messages.
import { randomBytes } from "node:crypto";
import { decideRegistration, LEVEL_FOR_ONLINE_ACTIVATION, type RegistrationDecision, type VneidIdentity } from "@/lib/domain/vneid-identity";
import type { IdentityFields } from "@/lib/domain/participant-match";
import { toIsoDate } from "@/lib/domain/dates";
import { recordAuditEvent, recordAuditEventNow } from "../audit";
import { hashPassword } from "../auth/password-hash";
import { Prisma, prisma, type Tx } from "../db/client";
import type { RequestInfo } from "../request-info";
import { signTicket } from "../accounts/tickets";

export type VneidIntent = "register" | "signIn" | "link";

/** Where a refusal is explained, by what the person came for (?vneid=<code>). */
export const RETURN_PAGES: Record<VneidIntent, string> = { register: "/dang-ky", signIn: "/dang-nhap", link: "/tai-khoan" };

export type DeclareReason = Extract<RegistrationDecision, { outcome: "declare" }>["reason"] | "noPhone";

export type VneidOutcome =
  /** Open a session with this ticket (completeCitizenSignIn through next-auth). */
  | { kind: "signIn"; ticket: string; activated: boolean }
  /** The signed-in account is now linked. */
  | { kind: "linked" }
  /** Go the counter road: the wizard, prefilled from the identity. */
  | { kind: "declare"; reason: DeclareReason }
  | { kind: "refused"; code: "locked" | "mismatch" | "levelTooLow" | "otherAccount" };

/** The master records holding this CCCD number, as the match rules read them. */
async function recordsByIdNumber(idNumber: string): Promise<IdentityFields[]> {
  const rows = await prisma.participant.findMany({ where: { idNumber }, select: { bhxhCode: true, fullName: true, dateOfBirth: true, sex: true, idNumber: true }, take: 5 });
  return rows.map((r) => ({ ...r, dateOfBirth: toIsoDate(r.dateOfBirth) }));
}

function signInTicket(accountId: string, now: Date, deviceHash: string | null): string {
  return signTicket({ v: 1, flow: "signIn", accountId, challengeId: null, checkedAt: now.getTime(), deviceHash, viaVneid: true });
}

async function audit(type: "account.vneidSignInRefused", accountId: string | null, info: RequestInfo, data: Record<string, unknown>) {
  await recordAuditEventNow(prisma, { type, actorType: "citizen", actorId: accountId, ip: info.ip, userAgent: info.userAgent, data });
}

async function link(tx: Tx, accountId: string, identity: VneidIdentity, now: Date, info: RequestInfo): Promise<void> {
  await tx.vneidLink.upsert({
    where: { accountId },
    create: { accountId, subject: identity.subject, level: identity.level, linkedAt: now, lastUsedAt: now },
    update: { subject: identity.subject, level: identity.level, linkedAt: now, lastUsedAt: now },
  });
  await recordAuditEvent(tx, { type: "account.vneidLinked", actorType: "citizen", actorId: accountId, ip: info.ip, userAgent: info.userAgent, data: { level: identity.level } });
}

export async function resolveVneidIdentity(
  input: { identity: VneidIdentity; intent: VneidIntent; deviceHash: string | null; signedInAccountId?: string | null },
  info: RequestInfo,
  now: Date = new Date(),
): Promise<VneidOutcome> {
  const { identity } = input;

  // 1. Already linked: the provider's subject names the account.
  const linked = await prisma.vneidLink.findUnique({ where: { subject: identity.subject }, include: { account: true } });
  if (linked) {
    if (input.intent === "link") {
      return linked.accountId === input.signedInAccountId ? { kind: "linked" } : { kind: "refused", code: "otherAccount" };
    }
    if (linked.account.status !== "active") {
      await audit("account.vneidSignInRefused", linked.accountId, info, { reason: linked.account.status });
      return { kind: "refused", code: "locked" };
    }
    if (identity.level < LEVEL_FOR_ONLINE_ACTIVATION) {
      await audit("account.vneidSignInRefused", linked.accountId, info, { reason: "level", level: identity.level });
      return { kind: "refused", code: "levelTooLow" };
    }
    await prisma.vneidLink.update({ where: { accountId: linked.accountId }, data: { lastUsedAt: now, level: identity.level } });
    return { kind: "signIn", ticket: signInTicket(linked.accountId, now, input.deviceHash), activated: false };
  }

  // 2. Not linked: the master record that this CCCD, name, date of birth and sex designate.
  const decision = decideRegistration(identity, await recordsByIdNumber(identity.idNumber));
  const record = decision.outcome === "activate" ? decision.record : null;
  const account = record ? await prisma.account.findUnique({ where: { bhxhCode: record.bhxhCode } }) : null;

  if (input.intent === "link") {
    const own = input.signedInAccountId ? await prisma.account.findUnique({ where: { id: input.signedInAccountId } }) : null;
    if (!own || !account || account.id !== own.id) {
      await audit("account.vneidSignInRefused", own?.id ?? null, info, { reason: "linkMismatch", level: identity.level, outcome: decision.outcome });
      return { kind: "refused", code: "mismatch" };
    }
    await prisma.$transaction((tx) => link(tx, own.id, identity, now, info));
    return { kind: "linked" };
  }

  if (account) {
    if (account.status !== "active") {
      await audit("account.vneidSignInRefused", account.id, info, { reason: account.status });
      return { kind: "refused", code: "locked" };
    }
    await prisma.$transaction((tx) => link(tx, account.id, identity, now, info));
    return { kind: "signIn", ticket: signInTicket(account.id, now, input.deviceHash), activated: false };
  }

  if (decision.outcome === "declare") {
    // An account may exist for the record this CCCD points to, with details that disagree: that is for the counter.
    return { kind: "declare", reason: decision.reason };
  }
  if (!identity.phone) return { kind: "declare", reason: "noPhone" };

  // 3. Level 2, a full match, no account: create it, active now.
  const activated = await activateByVneid(identity, decision, now, info);
  return { kind: "signIn", ticket: signInTicket(activated, now, input.deviceHash), activated: true };
}

/**
 * The account for the matched record, active at once, linked to the identity, with the distinct audit
 * event (level and matched fields). No password is known to anyone: the person sets one, or signs in
 * with VNeID only. Two callbacks racing for the same record make one account (the unique BHXH code).
 */
async function activateByVneid(identity: VneidIdentity, decision: Extract<RegistrationDecision, { outcome: "activate" }>, now: Date, info: RequestInfo): Promise<string> {
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await prisma.$transaction(async (tx) => {
      const account = await tx.account.create({
        data: {
          bhxhCode: decision.record.bhxhCode,
          passwordHash: unusable,
          hasPassword: false,
          mustChangePassword: false,
          passwordChangedAt: now,
          phone: identity.phone!,
          status: "active",
          activatedAt: now,
          activationChannel: "vneid",
        },
      });
      await tx.vneidLink.create({ data: { accountId: account.id, subject: identity.subject, level: identity.level, linkedAt: now, lastUsedAt: now } });
      await recordAuditEvent(tx, {
        type: "account.activatedByVneid",
        actorType: "citizen",
        actorId: account.id,
        ip: info.ip,
        userAgent: info.userAgent,
        data: {
          accountId: account.id,
          bhxhCode: account.bhxhCode,
          level: identity.level,
          matchedFields: decision.matchedFields.map((f) => ({ field: f.field, agreement: f.agreement })),
          phoneFrom: "vneid",
        },
      });
      return account.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.account.findUniqueOrThrow({ where: { bhxhCode: decision.record.bhxhCode } });
      return existing.id;
    }
    throw error;
  }
}

/** Unlinks VNeID from the account; refused while no password is set (the person would be locked out). */
export async function unlinkVneid(accountId: string, info: RequestInfo): Promise<{ ok: true } | { ok: false; code: "noPassword" | "notLinked" }> {
  const account = await prisma.account.findUnique({ where: { id: accountId }, include: { vneidLink: true } });
  if (!account?.vneidLink) return { ok: false, code: "notLinked" };
  if (!account.hasPassword) return { ok: false, code: "noPassword" };
  await prisma.$transaction(async (tx) => {
    await tx.vneidLink.delete({ where: { accountId } });
    await recordAuditEvent(tx, { type: "account.vneidUnlinked", actorType: "citizen", actorId: accountId, ip: info.ip, userAgent: info.userAgent, data: {} });
  });
  return { ok: true };
}
