import "server-only";
// The supervisor's figures for one office, today and this week (Vietnam time, weeks from Monday):
// declarations received, approved, rejected by reason, expired, the median time from sending to
// decision, and who decided what. Decisions are read from the audit trail, which keeps every one
// even after a rejected declaration is corrected and sent again.
import { addCalendarDays, isoDateInVietnam, startOfVietnamDay } from "@/lib/domain/dates";
import { latestDeadlineToRemind, REMINDER_DAYS_BEFORE_EXPIRY } from "@/lib/domain/deadlines";
import { REJECTION_REASON_CODES, type RejectionReasonCode } from "@/lib/domain/declaration-status";
import { prisma } from "../db/client";
import { canAccessOffice, SUPERVISION_ROLES, authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import { notableCounterSearchers, type NotableSearcher } from "../counter/counter-search-volume";

const DAY_MS = 24 * 60 * 60 * 1000;

export type PeriodFigures = {
  from: Date;
  to: Date;
  received: number;
  approved: number;
  rejected: number;
  rejectedByReason: Record<RejectionReasonCode, number>;
  expired: number;
  /** Of the received ones, those an officer keyed in at the counter for the person (assisted declarations). */
  assisted: number;
  /** Median minutes from sending to the decision, over the period's decisions; null without any. */
  medianMinutesToDecision: number | null;
  byStaff: { staffId: string; fullName: string; approved: number; rejected: number }[];
  /** Accounts activated at this office's counter (an approved Tờ khai 01) in the period. */
  activatedAtCounter: number;
  /** Accounts activated online with VNeID in the period, for people whose master record is in this office's province. */
  activatedOnline: number;
};

export type DecisionLine = {
  at: Date;
  reference: string;
  declarationId: string | null;
  decision: "approved" | "rejected";
  reasonCode: string | null;
  staffName: string;
};

/** What needs doing now (issue 11 §7): the numbers the overview opens with. */
export type ActionableFigures = {
  /** Pending declarations (sent, not decided, not expired or withdrawn). */
  waiting: number;
  /** Of those, the ones whose reminder is due (lib/domain/deadlines.ts): the deadline within `withinDays` days. */
  expiringSoon: number;
  withinDays: number;
  /** Approvals and rejections since midnight, Vietnam time. */
  decidedToday: number;
};

/** One Vietnamese calendar day of the 30-day chart. */
export type DayFigures = { date: string; received: number; approved: number; rejected: number; expired: number };

export const CHART_DAYS = 30;

export type OfficeOverview = {
  officeCode: string;
  officeName: string;
  now: ActionableFigures;
  /** The last CHART_DAYS days, oldest first, today last. */
  daily: DayFigures[];
  today: PeriodFigures;
  week: PeriodFigures;
  recentDecisions: DecisionLine[];
  /** Counter services: staff of this office with an unusual number of account searches today. */
  notableCounterSearchers: NotableSearcher[];
};

/** Midnight (Vietnam) starting the day of `now`, and the Monday starting its week. */
export function vietnamPeriods(now: Date): { dayStart: Date; weekStart: Date } {
  const dayStart = startOfVietnamDay(isoDateInVietnam(now));
  // dayStart + 7 h is that calendar date at 00:00 UTC, whose UTC weekday is the Vietnamese one.
  const weekday = new Date(dayStart.getTime() + 7 * 3600 * 1000).getUTCDay();
  const sinceMonday = (weekday + 6) % 7;
  return { dayStart, weekStart: new Date(dayStart.getTime() - sinceMonday * DAY_MS) };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type DecisionEvent = { type: string; occurredAt: Date; actorId: string | null; declarationId: string | null; data: Record<string, unknown> };

function figures(
  from: Date,
  to: Date,
  events: DecisionEvent[],
  [received, expired, assisted]: [number, number, number],
  names: Map<string, string>,
  activations: { activatedAtCounter: number; activatedOnline: number },
): PeriodFigures {
  const inPeriod = events.filter((e) => e.occurredAt >= from && e.occurredAt < to);
  const rejectedByReason = Object.fromEntries(REJECTION_REASON_CODES.map((c) => [c, 0])) as Record<RejectionReasonCode, number>;
  const byStaff = new Map<string, { approved: number; rejected: number }>();
  const minutes: number[] = [];
  for (const e of inPeriod) {
    const approved = e.type === "declaration.approved";
    if (!approved) {
      const code = e.data.reasonCode as RejectionReasonCode;
      if (code in rejectedByReason) rejectedByReason[code]++;
    }
    const who = byStaff.get(e.actorId ?? "") ?? { approved: 0, rejected: 0 };
    if (approved) who.approved++;
    else who.rejected++;
    byStaff.set(e.actorId ?? "", who);
    const sent = typeof e.data.submittedAt === "string" ? Date.parse(e.data.submittedAt) : NaN;
    if (!Number.isNaN(sent)) minutes.push((e.occurredAt.getTime() - sent) / 60_000);
  }
  return {
    from,
    to,
    received,
    approved: inPeriod.filter((e) => e.type === "declaration.approved").length,
    rejected: inPeriod.filter((e) => e.type === "declaration.rejected").length,
    rejectedByReason,
    expired,
    assisted,
    medianMinutesToDecision: median(minutes),
    ...activations,
    byStaff: [...byStaff.entries()]
      .map(([staffId, counts]) => ({ staffId, fullName: names.get(staffId) ?? "—", ...counts }))
      .sort((a, b) => b.approved + b.rejected - (a.approved + a.rejected) || a.fullName.localeCompare(b.fullName, "vi")),
  };
}

/** The figures, or null when the principal may not supervise this office (officers, other offices). */
export async function getOfficeOverview(principal: StaffPrincipal, officeCode: string, now: Date = new Date()): Promise<OfficeOverview | null> {
  const authz = authorizeStaff(principal, SUPERVISION_ROLES);
  if (!authz.ok || !canAccessOffice(principal, officeCode)) return null;
  const office = await prisma.office.findUnique({ where: { code: officeCode }, select: { code: true, name: true, provinceCode: true } });
  if (!office) return null;
  const { dayStart, weekStart } = vietnamPeriods(now);
  const end = new Date(now.getTime() + 1);

  const count = (from: Date, to: Date) =>
    Promise.all([
      prisma.declaration.count({ where: { officeCode, submittedAt: { gte: from, lt: to } } }),
      prisma.declaration.count({ where: { officeCode, status: "expired", expiresAt: { gte: from, lt: to } } }),
      prisma.declaration.count({ where: { officeCode, assistedById: { not: null }, submittedAt: { gte: from, lt: to } } }),
    ]);
  // Counter activations carry the approving office; an online one has none, so it counts for the province of the person's master record.
  const activations = async (from: Date, to: Date) => {
    const [activatedAtCounter, online] = await Promise.all([
      prisma.auditEvent.count({ where: { officeCode, type: { in: ["account.activated", "account.reactivated"] }, occurredAt: { gte: from, lt: to } } }),
      prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Account" a JOIN "Participant" p ON p."bhxhCode" = a."bhxhCode"
        WHERE a."activationChannel" = 'vneid' AND a."activatedAt" >= ${from} AND a."activatedAt" < ${to} AND p."provinceCode" = ${office.provinceCode}`,
    ]);
    return { activatedAtCounter, activatedOnline: Number(online[0]?.n ?? 0) };
  };
  const [events, todayCounts, weekCounts, searchers, activationsToday, activationsWeek, now30, daily] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { officeCode, type: { in: ["declaration.approved", "declaration.rejected"] }, occurredAt: { gte: weekStart, lt: end } },
      orderBy: { id: "desc" },
      select: { type: true, occurredAt: true, actorId: true, declarationId: true, data: true },
    }),
    count(dayStart, end),
    count(weekStart, end),
    notableCounterSearchers(officeCode, dayStart, end),
    activations(dayStart, end),
    activations(weekStart, end),
    actionableFigures(officeCode, now, dayStart),
    dailyFigures(officeCode, now),
  ]);
  const decisionEvents = events.map((e) => ({ ...e, data: (e.data ?? {}) as Record<string, unknown> }));
  const staffIds = [...new Set(decisionEvents.map((e) => e.actorId).filter((id): id is string => !!id))];
  const staff = staffIds.length ? await prisma.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, fullName: true } }) : [];
  const names = new Map(staff.map((s) => [s.id, s.fullName]));

  return {
    officeCode,
    officeName: office.name,
    now: now30,
    daily,
    today: figures(dayStart, end, decisionEvents, todayCounts, names, activationsToday),
    week: figures(weekStart, end, decisionEvents, weekCounts, names, activationsWeek),
    recentDecisions: decisionEvents.slice(0, 50).map((e) => ({
      at: e.occurredAt,
      reference: String(e.data.reference ?? ""),
      declarationId: e.declarationId,
      decision: e.type === "declaration.approved" ? "approved" : "rejected",
      reasonCode: typeof e.data.reasonCode === "string" ? e.data.reasonCode : null,
      staffName: names.get(e.actorId ?? "") ?? "—",
    })),
    notableCounterSearchers: searchers,
  };
}

async function actionableFigures(officeCode: string, now: Date, dayStart: Date): Promise<ActionableFigures> {
  const pending = { officeCode, status: "submitted" as const, expiresAt: { gte: now } };
  const [waiting, expiringSoon, decidedToday] = await Promise.all([
    prisma.declaration.count({ where: pending }),
    // The same rule as the reminder job and the queue's warning: the reminder is due once expiresAt <= this.
    prisma.declaration.count({ where: { ...pending, expiresAt: { gte: now, lte: latestDeadlineToRemind(now) } } }),
    prisma.auditEvent.count({ where: { officeCode, type: { in: ["declaration.approved", "declaration.rejected"] }, occurredAt: { gte: dayStart, lte: now } } }),
  ]);
  return { waiting, expiringSoon, withinDays: REMINDER_DAYS_BEFORE_EXPIRY, decidedToday };
}

/** The Vietnamese calendar days of the chart, oldest first, ending with the day of `now`. */
export function chartDays(now: Date, days = CHART_DAYS): string[] {
  const today = isoDateInVietnam(now);
  return Array.from({ length: days }, (_, i) => addCalendarDays(today, i - days + 1));
}

type DayCount = { day: string; n: bigint };

/**
 * Received, approved, rejected and expired per Vietnamese day over the last CHART_DAYS days: four grouped
 * queries (timestamps are stored in UTC; Vietnam is UTC+7 all year, so "+ 7 hours" gives its calendar day).
 */
async function dailyFigures(officeCode: string, now: Date): Promise<DayFigures[]> {
  const days = chartDays(now);
  const from = startOfVietnamDay(days[0]!);
  const [received, decisions, expired] = await Promise.all([
    prisma.$queryRaw<DayCount[]>`
      SELECT to_char("submittedAt" + interval '7 hours', 'YYYY-MM-DD') AS day, count(*) AS n FROM "Declaration"
      WHERE "officeCode" = ${officeCode} AND "submittedAt" >= ${from} AND "submittedAt" <= ${now} GROUP BY 1`,
    prisma.$queryRaw<(DayCount & { type: string })[]>`
      SELECT to_char("occurredAt" + interval '7 hours', 'YYYY-MM-DD') AS day, "type", count(*) AS n FROM "AuditEvent"
      WHERE "officeCode" = ${officeCode} AND "type" IN ('declaration.approved', 'declaration.rejected')
        AND "occurredAt" >= ${from} AND "occurredAt" <= ${now} GROUP BY 1, 2`,
    prisma.$queryRaw<DayCount[]>`
      SELECT to_char("expiresAt" + interval '7 hours', 'YYYY-MM-DD') AS day, count(*) AS n FROM "Declaration"
      WHERE "officeCode" = ${officeCode} AND "status" = 'expired' AND "expiresAt" >= ${from} AND "expiresAt" <= ${now} GROUP BY 1`,
  ]);
  const byDay = new Map(days.map((date) => [date, { date, received: 0, approved: 0, rejected: 0, expired: 0 }]));
  for (const r of received) {
    const day = byDay.get(r.day);
    if (day) day.received = Number(r.n);
  }
  for (const r of expired) {
    const day = byDay.get(r.day);
    if (day) day.expired = Number(r.n);
  }
  for (const r of decisions) {
    const day = byDay.get(r.day);
    if (day) day[r.type === "declaration.approved" ? "approved" : "rejected"] = Number(r.n);
  }
  return [...byDay.values()];
}
