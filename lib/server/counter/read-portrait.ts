import "server-only";
// The portrait on file for the counter screen: the photo of the approved declaration that activated the
// account, so an officer of any office can compare it with the person in front of them. The queue's
// photo route (app/(officer)/can-bo/anh) stays limited to the receiving office; this one serves only
// the portrait (never the ID photos), only to counter staff, and audits each read.
import { prisma } from "../db/client";
import { recordAuditEventNow } from "../audit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { getStorage } from "../storage";
import { authorizeCounter } from "./counter-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PortraitResult = { ok: true; bytes: Uint8Array; mediaType: string } | { ok: false; code: "notFound" };

export async function readCounterPortrait(principal: StaffPrincipal | null, accountId: string, info: RequestInfo): Promise<PortraitResult> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok || !UUID.test(accountId)) return { ok: false, code: "notFound" };
  const account = await prisma.account.findUnique({ where: { id: accountId }, select: { declarationId: true } });
  if (!account?.declarationId) return { ok: false, code: "notFound" };
  const file = await prisma.declarationFile.findUnique({
    where: { declarationId_kind: { declarationId: account.declarationId, kind: "portrait" } },
    include: { declaration: { select: { reference: true, filesPurgedAt: true } } },
  });
  if (!file || file.declaration.filesPurgedAt) return { ok: false, code: "notFound" };
  const bytes = await getStorage().get(file.storageKey);
  if (!bytes) return { ok: false, code: "notFound" };
  await recordAuditEventNow(prisma, {
    type: "counter.portraitViewed",
    actorType: "staff",
    actorId: authz.officer.id,
    officeCode: authz.officer.officeCode,
    declarationId: account.declarationId,
    ip: info.ip,
    userAgent: info.userAgent,
    data: { accountId, reference: file.declaration.reference, fileId: file.id },
  });
  return { ok: true, bytes, mediaType: file.mediaType };
}
