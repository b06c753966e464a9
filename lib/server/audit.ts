import "server-only";
// Append-only, hash-chained audit trail. Each row stores the hash of the previous row, so changing or
// deleting any row breaks the chain at that point (`npm run audit:verify`). The application only inserts;
// a database trigger refuses UPDATE and DELETE.
import { createHash } from "node:crypto";
import type { AuditEventType } from "@/lib/domain/audit-events";
import type { ActorType, Prisma, PrismaClient } from "./db/client";
import type { Tx } from "./db/client";
import { currentRequestId } from "./logging/request-context";

export const GENESIS_HASH = "0".repeat(64);
// Serialises appends so that two transactions never chain to the same predecessor.
const AUDIT_LOCK_KEY = 72_707_002;

export type AuditInput = {
  type: AuditEventType;
  actorType: ActorType;
  actorId?: string | null;
  officeCode?: string | null;
  declarationId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  data?: Record<string, unknown>;
};

type Actor = Pick<AuditInput, "actorType" | "actorId" | "officeCode" | "ip" | "userAgent">;
type From = { ip: string | null; userAgent: string | null };

/** Who acted and from where, for an event on a citizen's own account (null: an attempt that matched none). */
export function citizenActor(accountId: string | null, info: From): Actor {
  return { actorType: "citizen", actorId: accountId, ip: info.ip, userAgent: info.userAgent };
}

/** Who acted and from where, for an event on a staff member's own account or session, with their office. */
export function staffActor(user: { id: string; officeCode: string | null }, info: From): Actor {
  return { actorType: "staff", actorId: user.id, officeCode: user.officeCode, ip: info.ip, userAgent: info.userAgent };
}

type HashedFields = {
  occurredAt: Date;
  type: string;
  actorType: ActorType;
  actorId: string | null;
  officeCode: string | null;
  declarationId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: unknown;
  prevHash: string;
};

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashAuditEvent(fields: HashedFields): string {
  return createHash("sha256")
    .update(
      canonicalJson({
        ...fields,
        occurredAt: fields.occurredAt.toISOString(),
      }),
    )
    .digest("hex");
}

/** Appends an event inside the caller's transaction: it commits or rolls back with the change it records. */
export async function recordAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const fields: HashedFields = {
    // Millisecond precision: what PostgreSQL's timestamp(3) keeps, so the hash can be recomputed.
    occurredAt: new Date(Math.floor(Date.now())),
    type: input.type,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    officeCode: input.officeCode ?? null,
    declarationId: input.declarationId ?? null,
    ip: input.ip ?? null,
    userAgent: input.userAgent ? input.userAgent.slice(0, 400) : null,
    // The request (or job run) that caused it, to find its log lines (lib/server/logging).
    data: withRequestId(input.data ?? {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({
    data: { ...fields, data: fields.data as Prisma.InputJsonValue, hash: hashAuditEvent(fields) },
  });
}

function withRequestId(data: Record<string, unknown>): Record<string, unknown> {
  const requestId = currentRequestId();
  return requestId && data.requestId === undefined ? { ...data, requestId } : data;
}

/** Records an event on its own (sign-in failures, views): a transaction of one insert. */
export async function recordAuditEventNow(prisma: PrismaClient, input: AuditInput): Promise<void> {
  // Events are chained one after another, so a burst (failed sign-ins) queues for the pool: wait for a
  // connection longer than Prisma's 2 s default rather than lose the event.
  await prisma.$transaction((tx) => recordAuditEvent(tx, input), { maxWait: 10_000, timeout: 10_000 });
}

export type AuditVerification = { ok: true; checked: number } | { ok: false; checked: number; brokenAtId: bigint; reason: "hash" | "link" };

/** Walks the chain in id order and names the first row whose hash or link does not hold. */
export async function verifyAuditChain(prisma: PrismaClient, batchSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAtId: row.id, reason: "link" };
      const expected = hashAuditEvent({
        occurredAt: row.occurredAt,
        type: row.type,
        actorType: row.actorType,
        actorId: row.actorId,
        officeCode: row.officeCode,
        declarationId: row.declarationId,
        ip: row.ip,
        userAgent: row.userAgent,
        data: row.data,
        prevHash: row.prevHash,
      });
      if (expected !== row.hash) return { ok: false, checked, brokenAtId: row.id, reason: "hash" };
      prevHash = row.hash;
      checked++;
      cursor = row.id;
    }
  }
}
