import "server-only";
// The receipt of a counter action as a PDF, for staff of the office that did it (the office keeps the
// signed copy); anyone else, and an unknown reference, get the same "not found". Each print is audited.
import { RECEIPT_REFERENCE_PATTERN } from "@/lib/domain/counter";
import { prisma } from "../db/client";
import { recordAuditEventNow } from "../audit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { renderCounterReceiptPdf } from "../pdf/counter-receipt";
import { authorizeCounter } from "./counter-access";

export type ReceiptResult = { ok: true; pdf: Buffer; reference: string } | { ok: false; code: "notFound" };

export async function getCounterReceipt(principal: StaffPrincipal | null, rawReference: string, info: RequestInfo): Promise<ReceiptResult> {
  const authz = await authorizeCounter(principal);
  const reference = rawReference.trim().toUpperCase();
  if (!authz.ok || !RECEIPT_REFERENCE_PATTERN.test(reference)) return { ok: false, code: "notFound" };
  const action = await prisma.counterAction.findUnique({ where: { reference } });
  if (!action || action.officeCode !== authz.officer.officeCode) return { ok: false, code: "notFound" };

  const data = (action.data ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
  const [office, officer, account] = await Promise.all([
    prisma.office.findUniqueOrThrow({ where: { code: action.officeCode }, select: { code: true, name: true, address: true } }),
    prisma.staffUser.findUnique({ where: { id: action.staffUserId }, select: { fullName: true } }),
    prisma.account.findUniqueOrThrow({ where: { id: action.accountId }, select: { bhxhCode: true } }),
  ]);
  const person = await prisma.participant.findUnique({ where: { bhxhCode: account.bhxhCode }, select: { fullName: true } });
  const pdf = await renderCounterReceiptPdf({
    reference,
    kind: action.kind,
    reasonCode: action.reasonCode,
    at: action.createdAt,
    office,
    officerName: officer?.fullName ?? "—",
    bhxhCode: account.bhxhCode,
    fullName: person?.fullName ?? null,
    maskedPhone: text("maskedPhone"),
    oldMaskedPhone: text("oldMaskedPhone"),
  });
  await recordAuditEventNow(prisma, {
    type: "counter.receiptPrinted",
    actorType: "staff",
    actorId: authz.officer.id,
    officeCode: authz.officer.officeCode,
    ip: info.ip,
    userAgent: info.userAgent,
    data: { receipt: reference, accountId: action.accountId, kind: action.kind },
  });
  return { ok: true, pdf, reference };
}
