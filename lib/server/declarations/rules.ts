import "server-only";
// The database rules a declaration must pass, written once for the first submission and the resubmission:
// the address and office exist (and belong together), one pending declaration per ID number, no second
// account for a BHXH code, a phone number serving one BHXH code only and at most
// RECIPIENT_CAPS.pendingDeclarationsPerPhone declarations waiting with one phone. What an existing record
// reveals, and to whom, is decided here too (answerExistingRecord).
import { randomUUID } from "node:crypto";
import { formatDateVi } from "@/lib/domain/dates";
import { displayPhone, maskPhone } from "@/lib/domain/identifiers";
import type { DeclarationInput } from "@/lib/schemas/declaration";
import { CONFLICT_CHECKS_PER_ID_NUMBER, RECIPIENT_CAPS } from "@/lib/domain/phone-verification";
import { recordAuditEvent } from "../audit";
import { prisma, type Tx } from "../db/client";
import { PORTAL_PATHS, portalUrl } from "../notifications/links";
import { enqueueMessage } from "../notifications/outbox";
import { countRecentMessages, lockRecipient } from "../phone-verification/recipient-caps";
import { hitRateLimit } from "../rate-limit";
import { findActiveOffice, findCommune, findProvince } from "../reference-data";
import { fieldIssue, problem, type FieldIssue, type ProblemFailure } from "./results";

/** Where a person who already has an account goes (the forgotten-password page belongs to the accounts work). */
export const ACCOUNT_LINKS = { signIn: PORTAL_PATHS.signIn, forgotPassword: "/quen-mat-khau" } as const;

/** Province, commune (in that province) and an active office, from the cached reference data. */
export async function checkReferenceFields(input: Pick<DeclarationInput, "address" | "officeCode">): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  const { provinceCode, communeCode } = input.address;
  const [province, commune, office] = await Promise.all([findProvince(provinceCode), findCommune(communeCode), findActiveOffice(input.officeCode)]);
  if (!province) errors.push(fieldIssue("address.provinceCode", "validation.provinceInvalid"));
  if (!commune) errors.push(fieldIssue("address.communeCode", "validation.communeInvalid"));
  else if (province && commune.provinceCode !== province.code) errors.push(fieldIssue("address.communeCode", "declaration.server_communeNotInProvince"));
  if (!office) errors.push(fieldIssue("officeCode", "declaration.server_officeUnavailable"));
  return errors;
}

/** A namespace for pg_advisory_xact_lock(int, int), so ID-number locks never meet other advisory locks. */
const ID_NUMBER_LOCK_NAMESPACE = 72_707_010;

/** Serialises, until the transaction ends, every submission and resubmission carrying this ID number. */
export async function lockIdNumber(tx: Tx, idNumber: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ID_NUMBER_LOCK_NAMESPACE}::int4, hashtext(${idNumber}))`;
}

type Db = Pick<Tx, "account" | "declaration">;

/** What already exists for a person: an account for the BHXH code, or a declaration waiting for the ID number. */
export type ExistingRecord =
  | { kind: "account"; phone: string; bhxhCode: string }
  | { kind: "pending"; phone: string | null; declarationId: string; reference: string; officeName: string; expiresAt: Date };

export async function findExistingRecord(db: Db, person: { idNumber: string; bhxhCode: string; excludeDeclarationId?: string }, now: Date): Promise<ExistingRecord | null> {
  const [account, pending] = await Promise.all([
    db.account.findFirst({ where: { bhxhCode: person.bhxhCode, status: { in: ["active", "locked"] } }, select: { phone: true } }),
    db.declaration.findFirst({
      where: {
        idNumber: person.idNumber,
        status: "submitted",
        expiresAt: { gte: now },
        ...(person.excludeDeclarationId ? { id: { not: person.excludeDeclarationId } } : {}),
      },
      select: { id: true, reference: true, phone: true, expiresAt: true, office: { select: { name: true } } },
      orderBy: { submittedAt: "desc" },
    }),
  ]);
  if (account) return { kind: "account", phone: account.phone, bhxhCode: person.bhxhCode };
  if (pending) return { kind: "pending", phone: pending.phone, declarationId: pending.id, reference: pending.reference, officeName: pending.office.name, expiresAt: pending.expiresAt };
  return null;
}

/** Something in the way of a declaration: an existing record (answered by answerExistingRecord) or a refusal to give as it is. */
export type Conflict = { kind: "record"; record: ExistingRecord } | { kind: "problem"; failure: ProblemFailure<"phoneBelongsToAnotherAccount" | "pendingPerPhoneCap"> };

/**
 * The first duplicate rule the person breaks, or null. Run once without a lock (to answer before any
 * photo work) and again inside the transaction under lockIdNumber (the answer that counts). The declared
 * phone has been confirmed by its sender, so "this number serves another account" tells them nothing
 * about a stranger; an existing record is answered by answerExistingRecord, which tells only its holder.
 */
export async function findConflict(
  db: Db,
  /** phone null: keyed in at the counter without a phone (decision 0021), so no rule about numbers applies. */
  person: { idNumber: string; bhxhCode: string; phone: string | null; excludeDeclarationId?: string },
  now: Date,
): Promise<Conflict | null> {
  const phone = person.phone;
  const [record, phoneOwner, pendingForPhone] = await Promise.all([
    findExistingRecord(db, person, now),
    phone === null ? null : db.account.findFirst({ where: { phone, bhxhCode: { not: person.bhxhCode }, status: { not: "closed" } }, select: { id: true } }),
    phone === null
      ? 0
      : db.declaration.count({
          where: { phone, status: "submitted", expiresAt: { gte: now }, ...(person.excludeDeclarationId ? { id: { not: person.excludeDeclarationId } } : {}) },
        }),
  ]);
  if (record) return { kind: "record", record };
  if (phoneOwner && phone !== null) return { kind: "problem", failure: problem("phoneBelongsToAnotherAccount", { phone: displayPhone(phone) }) };
  if (pendingForPhone >= RECIPIENT_CAPS.pendingDeclarationsPerPhone) {
    return { kind: "problem", failure: problem("pendingPerPhoneCap", { count: RECIPIENT_CAPS.pendingDeclarationsPerPhone }) };
  }
  return null;
}

/** The next action a record's holder is offered. */
export type NextAction = { kind: "lookUp"; url: string } | { kind: "signIn"; url: string; forgotPasswordUrl: string };

/**
 * The answer about an existing record. To the holder of its confirmed phone (`verifiedPhone` equals the
 * record's phone): the details and the next action. To anyone else: one generic answer, and the details
 * go by SMS to the phone on record (at most RECIPIENT_CAPS.conflictNoticesPerPhone a day; beyond, the
 * answer is the same and no SMS is sent).
 */
export async function answerExistingRecord(
  record: ExistingRecord,
  context: { verifiedPhone: string | null; now: Date; ip: string | null; userAgent: string | null },
): Promise<ProblemFailure<"accountExists" | "pendingDeclarationExists" | "recordExists">> {
  if (context.verifiedPhone !== null && context.verifiedPhone === record.phone) {
    if (record.kind === "account") {
      const maskedPhone = maskPhone(record.phone);
      return problem("accountExists", { bhxhCode: record.bhxhCode, maskedPhone }, {
        maskedPhone,
        links: { ...ACCOUNT_LINKS },
        nextAction: { kind: "signIn", url: ACCOUNT_LINKS.signIn, forgotPasswordUrl: ACCOUNT_LINKS.forgotPassword },
      });
    }
    return problem(
      "pendingDeclarationExists",
      { reference: record.reference, office: record.officeName, deadline: formatDateVi(record.expiresAt) },
      { existingReference: record.reference, nextAction: { kind: "lookUp", url: `${PORTAL_PATHS.lookup}?ma=${encodeURIComponent(record.reference)}` } },
    );
  }
  await notifyRecordHolder(record, context);
  return problem("recordExists");
}

async function notifyRecordHolder(record: ExistingRecord, context: { now: Date; ip: string | null; userAgent: string | null }): Promise<void> {
  const phone = record.phone;
  // A declaration keyed in without a phone (decision 0021) has nobody to tell by SMS.
  if (phone === null) return;
  await prisma.$transaction(async (tx) => {
    await lockRecipient(tx, phone);
    const sent = await countRecentMessages(tx, { channel: "sms", recipient: phone, templates: ["conflictNotice"], now: context.now });
    if (sent >= RECIPIENT_CAPS.conflictNoticesPerPhone) return;
    const subject = record.kind === "pending" ? `declaration:${record.declarationId}` : `account:${record.bhxhCode}`;
    await enqueueMessage(tx, {
      template: "conflictNotice",
      params:
        record.kind === "pending"
          ? { kind: "pending", reference: record.reference, officeName: record.officeName, deadline: record.expiresAt }
          : { kind: "account", bhxhCode: record.bhxhCode, signInUrl: portalUrl(PORTAL_PATHS.signIn) },
      phone: phone,
      key: `conflictNotice:${subject}:${randomUUID()}`,
      declarationId: record.kind === "pending" ? record.declarationId : undefined,
    });
    await recordAuditEvent(tx, {
      type: "declaration.conflictNotified",
      actorType: "citizen",
      declarationId: record.kind === "pending" ? record.declarationId : null,
      ip: context.ip,
      userAgent: context.userAgent,
      data: { kind: record.kind, maskedPhone: maskPhone(phone) },
    });
  });
}

/**
 * Counts one check of this ID number and BHXH code for an existing record (early check or sending),
 * from anyone: refused beyond CONFLICT_CHECKS_PER_ID_NUMBER, whatever the client address.
 */
export async function hitRecordCheckLimit(person: { idNumber: string; bhxhCode: string }): Promise<ProblemFailure<"conflictCheckRateLimited"> | null> {
  const rule = { name: "record-check-id", ...CONFLICT_CHECKS_PER_ID_NUMBER };
  const [byId, byCode] = await Promise.all([hitRateLimit(rule, `id:${person.idNumber}`), hitRateLimit(rule, `bhxh:${person.bhxhCode}`)]);
  const blocked = [byId, byCode].filter((r) => !r.allowed);
  if (blocked.length === 0) return null;
  const retryAfterSeconds = Math.max(...blocked.map((r) => r.retryAfterSeconds));
  return problem("conflictCheckRateLimited", { minutes: Math.ceil(retryAfterSeconds / 60) }, { retryAfterSeconds });
}
