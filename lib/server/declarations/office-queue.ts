import "server-only";
// The counter's queue: one office's declarations, filtered by status and date, searched by any
// identifier or an unaccented name, paged by keyset on (submittedAt, id) so a deep page costs what
// the first does and rows arriving meanwhile never duplicate or skip a row.
import { Prisma, prisma, type DeclarationStatus } from "../db/client";
import { DECLARATION_STATUSES, isDeclarationStatus } from "@/lib/domain/declaration-status";
import { endOfVietnamDay, isIsoDate, startOfVietnamDay } from "@/lib/domain/dates";
import { isExpired, reminderDueAt } from "@/lib/domain/deadlines";
import { hasSearchTerms, parseQueueSearch, type QueueSearchTerms } from "@/lib/domain/queue-search";
import { canStaffReadDeclaration, DECLARATION_READ_ROLES, hasRole, type StaffPrincipal } from "../auth/staff-access";

export const QUEUE_PAGE_SIZE = 25;

export type QueueFilter = {
  /** The search box: reference, ID number, BHXH code, phone or name. */
  q?: string;
  /** A status, or "all". Default: "submitted", or "all" when searching. */
  status?: DeclarationStatus | "all";
  /** Sent on or after this Vietnamese calendar date (YYYY-MM-DD). */
  from?: string;
  /** Sent on or before this Vietnamese calendar date. */
  to?: string;
  /** Admins choose an office (none: every office); others always get their own. */
  officeCode?: string;
};

export type QueueItem = {
  id: string;
  reference: string;
  status: DeclarationStatus;
  fullName: string;
  dateOfBirth: Date;
  idNumber: string;
  bhxhCode: string;
  phone: string;
  officeCode: string;
  submittedAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  /** Waiting, and the deadline is within the reminder window (2 days) or already past. */
  urgency: "none" | "expiringSoon" | "overdue";
};

export type QueuePage = {
  items: QueueItem[];
  nextCursor: string | null;
  status: DeclarationStatus | "all";
  /** Oldest first for the waiting queue, newest first otherwise. */
  order: "asc" | "desc";
};

type Scope = { officeCode: string | null } | null;

/** Which offices this principal's queue covers; null when it may not read the queue at all. */
export function queueScope(principal: StaffPrincipal, requestedOffice?: string): Scope {
  if (principal.mustChangePassword || !hasRole(principal, DECLARATION_READ_ROLES)) return null;
  if (principal.role === "admin") return { officeCode: requestedOffice || null };
  if (!principal.officeCode) return null;
  return { officeCode: principal.officeCode };
}

// ---------------------------------------------------------------------------------------------
// Cursors

export function encodeCursor(submittedAt: Date, id: string): string {
  return Buffer.from(`${submittedAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string | undefined): { submittedAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const submittedAt = new Date(at ?? "");
  if (!id || !UUID.test(id) || Number.isNaN(submittedAt.getTime())) return null;
  return { submittedAt, id };
}

// ---------------------------------------------------------------------------------------------
// SQL pieces, shared with the benchmark's raw equivalent

function searchCondition(terms: QueueSearchTerms): Prisma.Sql | null {
  const alternatives: Prisma.Sql[] = [];
  if (terms.reference) alternatives.push(Prisma.sql`d."reference" = ${terms.reference}`);
  if (terms.idNumber) alternatives.push(Prisma.sql`d."idNumber" = ${terms.idNumber}`);
  if (terms.bhxhCode) alternatives.push(Prisma.sql`d."bhxhCode" = ${terms.bhxhCode}`);
  if (terms.phone) alternatives.push(Prisma.sql`d."phone" = ${terms.phone}`);
  if (terms.nameWords?.length) {
    // Each word anywhere in the unaccented name (the pg_trgm GIN index serves LIKE '%…%'); the words
    // hold only letters, apostrophes and hyphens, so nothing needs escaping for LIKE.
    alternatives.push(Prisma.sql`(${Prisma.join(terms.nameWords.map((w) => Prisma.sql`d."fullNameSearch" LIKE ${`%${w}%`}`), " AND ")})`);
  }
  if (alternatives.length === 0) return null;
  return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
}

function baseConditions(scope: { officeCode: string | null }, filter: QueueFilter, terms: QueueSearchTerms): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (scope.officeCode) where.push(Prisma.sql`d."officeCode" = ${scope.officeCode}`);
  const search = searchCondition(terms);
  if (search) where.push(search);
  // Whole days in Vietnam: from the start of `from` to the end of `to`.
  if (filter.from && isIsoDate(filter.from)) where.push(Prisma.sql`d."submittedAt" >= ${startOfVietnamDay(filter.from)}`);
  if (filter.to && isIsoDate(filter.to)) where.push(Prisma.sql`d."submittedAt" <= ${endOfVietnamDay(filter.to)}`);
  return where;
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty);

export function effectiveStatus(filter: QueueFilter, terms: QueueSearchTerms): DeclarationStatus | "all" {
  if (filter.status === "all" || isDeclarationStatus(filter.status)) return filter.status;
  return hasSearchTerms(terms) ? "all" : "submitted";
}

type Row = Omit<QueueItem, "urgency">;

export function urgencyOf(row: { status: DeclarationStatus; expiresAt: Date }, now: Date): QueueItem["urgency"] {
  if (row.status !== "submitted") return "none";
  if (isExpired(row.expiresAt, now)) return "overdue";
  return now.getTime() >= reminderDueAt(row.expiresAt).getTime() ? "expiringSoon" : "none";
}

/** One page of the queue for `principal`. Never returns another office's rows to an officer or supervisor. */
export async function searchOfficeQueue(
  principal: StaffPrincipal,
  filter: QueueFilter,
  options: { cursor?: string; pageSize?: number; now?: Date } = {},
): Promise<QueuePage> {
  const terms = parseQueueSearch(filter.q ?? "");
  const status = effectiveStatus(filter, terms);
  const order = status === "submitted" ? "asc" : "desc";
  const scope = queueScope(principal, filter.officeCode);
  if (!scope) return { items: [], nextCursor: null, status, order };
  const pageSize = Math.min(Math.max(options.pageSize ?? QUEUE_PAGE_SIZE, 1), 100);
  const now = options.now ?? new Date();

  const where = baseConditions(scope, filter, terms);
  if (status !== "all") where.push(Prisma.sql`d."status" = ${status}::"DeclarationStatus"`);
  const cursor = decodeCursor(options.cursor);
  if (cursor) {
    where.push(
      order === "asc"
        ? Prisma.sql`(d."submittedAt", d."id") > (${cursor.submittedAt}, ${cursor.id}::uuid)`
        : Prisma.sql`(d."submittedAt", d."id") < (${cursor.submittedAt}, ${cursor.id}::uuid)`,
    );
  }
  const direction = order === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT d."id", d."reference", d."status", d."fullName", d."dateOfBirth", d."idNumber", d."bhxhCode", d."phone",
           d."officeCode", d."submittedAt", d."expiresAt", d."decidedAt"
    FROM "Declaration" d
    ${and(where)}
    ORDER BY d."submittedAt" ${direction}, d."id" ${direction}
    LIMIT ${pageSize + 1}`;

  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...r, urgency: urgencyOf(r, now) })),
    nextCursor: rows.length > pageSize && last ? encodeCursor(last.submittedAt, last.id) : null,
    status,
    order,
  };
}

/** The counter's scanner path: a reference code in scope (any status), else null. */
export async function findReferenceInScope(principal: StaffPrincipal, input: string): Promise<string | null> {
  const reference = parseQueueSearch(input).reference;
  if (!reference) return null;
  const row = await prisma.declaration.findUnique({ where: { reference }, select: { reference: true, officeCode: true } });
  return row && canStaffReadDeclaration(principal, row) ? row.reference : null;
}

export type QueueCounts = Record<DeclarationStatus, number> & { all: number };

/** How many declarations of each status match the same office, dates and search (status aside). */
export async function countOfficeQueue(principal: StaffPrincipal, filter: QueueFilter): Promise<QueueCounts> {
  const counts = Object.fromEntries([...DECLARATION_STATUSES, "all"].map((s) => [s, 0])) as QueueCounts;
  const scope = queueScope(principal, filter.officeCode);
  if (!scope) return counts;
  const terms = parseQueueSearch(filter.q ?? "");
  const rows = await prisma.$queryRaw<{ status: DeclarationStatus; n: bigint }[]>`
    SELECT d."status", count(*) AS n FROM "Declaration" d ${and(baseConditions(scope, filter, terms))} GROUP BY d."status"`;
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    counts.all += Number(row.n);
  }
  return counts;
}
