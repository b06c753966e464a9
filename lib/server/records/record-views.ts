import "server-only";
// "Lịch sử truy cập": every view of the holder's records (card, participation, benefits, visits, the
// printed statement), when and from which device, kept for the holder to see on the account page. It is
// not the officer audit trail: a citizen reading their own data is not an official act.
import { deviceLabelFromUserAgent } from "@/lib/domain/device-label";
import { prisma, type PrismaClient } from "../db/client";
import type { RequestInfo } from "../request-info";

export const RECORD_PAGES = ["card", "participation", "benefits", "visits", "statement"] as const;
export type RecordPage = (typeof RECORD_PAGES)[number];

/** How many views the account page lists. */
export const RECENT_RECORD_VIEWS = 10;

export async function recordView(accountId: string, page: RecordPage, request: RequestInfo, db: PrismaClient = prisma): Promise<void> {
  await db.recordView.create({ data: { accountId, page, deviceLabel: deviceLabelFromUserAgent(request.userAgent), ip: request.ip } });
}

export async function listRecordViews(accountId: string, take = RECENT_RECORD_VIEWS, db: PrismaClient = prisma) {
  const rows = await db.recordView.findMany({
    where: { accountId },
    orderBy: [{ viewedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, page: true, deviceLabel: true, viewedAt: true },
  });
  return rows.map((r) => ({ id: r.id.toString(), page: r.page as RecordPage, deviceLabel: r.deviceLabel, viewedAt: r.viewedAt }));
}
