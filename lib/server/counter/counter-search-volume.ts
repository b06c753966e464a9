import "server-only";
// Officers of an office whose counter searches since `from` exceed COUNTER_SEARCHES_NOTABLE_PER_DAY,
// for the supervisor's overview: an unusual volume of look-ups is how misuse of the counter shows.
import { COUNTER_SEARCHES_NOTABLE_PER_DAY } from "@/lib/domain/counter";
import { prisma } from "../db/client";

export type NotableSearcher = { staffId: string; fullName: string; searches: number };

export async function notableCounterSearchers(officeCode: string, from: Date, to: Date): Promise<NotableSearcher[]> {
  const groups = await prisma.auditEvent.groupBy({
    by: ["actorId"],
    where: { type: "counter.accountSearched", officeCode, occurredAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  const notable = groups.filter((g) => g.actorId && g._count._all > COUNTER_SEARCHES_NOTABLE_PER_DAY);
  if (notable.length === 0) return [];
  const staff = await prisma.staffUser.findMany({ where: { id: { in: notable.map((g) => g.actorId!) } }, select: { id: true, fullName: true } });
  const names = new Map(staff.map((s) => [s.id, s.fullName]));
  return notable
    .map((g) => ({ staffId: g.actorId!, fullName: names.get(g.actorId!) ?? "—", searches: g._count._all }))
    .sort((a, b) => b.searches - a.searches);
}
