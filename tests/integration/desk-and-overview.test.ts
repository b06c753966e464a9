// Issue 11 §2 and §7 on a real database: approval refuses a declaration whose differences from the master
// record were not each acknowledged (the form and the service), and the overview's actionable numbers and
// 30-day series count what happened.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, type StaffUser } from "@/lib/server/db/client";
import { handleApproveForm, handleRejectForm } from "@/lib/server/back-office/decision-forms";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { chartDays, getOfficeOverview, type OfficeOverview } from "@/lib/server/back-office/office-overview";
import { isoDateInVietnam } from "@/lib/domain/dates";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { createDeclaration, createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffUser, principalOf } from "@/tests/factories/staff";

const info = { ip: "203.0.113.9", userAgent: "vitest desk" };
const OFFICE = "0103";
const DAY_MS = 24 * 3600 * 1000;

let officer: StaffPrincipal;
let supervisor: StaffPrincipal;

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

beforeAll(async () => {
  const users: StaffUser[] = await Promise.all([
    createStaffUser(prisma, { role: "officer", officeCode: OFFICE }),
    createStaffUser(prisma, { role: "supervisor", officeCode: OFFICE }),
  ]);
  [officer, supervisor] = users.map(principalOf) as [StaffPrincipal, StaffPrincipal];
});

afterAll(() => prisma.$disconnect());

describe("approving a declaration that differs from the master record", () => {
  it("refuses until each differing field is acknowledged, then approves and audits what was acknowledged", async () => {
    const d = await createDeclaration(prisma, { officeCode: OFFICE });
    // The record: the name without its diacritics and another birth date.
    const unaccented = d.fullName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    expect(unaccented).not.toBe(d.fullName);
    await createMatchingParticipant(prisma, d, { fullName: unaccented, dateOfBirth: new Date(d.dateOfBirth.getTime() + DAY_MS) });
    const base = { reference: d.reference, version: "1", counterChecks: "on" };

    expect(await handleApproveForm(officer, form(base), info)).toEqual({ ok: false, errors: {}, formError: "officer.blocker_differencesNotAcknowledged" });
    expect(await handleApproveForm(officer, form({ ...base, acknowledgedFields: ["dateOfBirth"] }), info)).toMatchObject({ formError: "officer.blocker_differencesNotAcknowledged" });
    // Another caller than the form meets the same rule.
    expect(await approveDeclaration(officer, { reference: d.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, info)).toMatchObject({
      ok: false,
      code: "differencesNotAcknowledged",
    });
    expect(await prisma.declaration.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "submitted" });

    expect(await handleApproveForm(officer, form({ ...base, acknowledgedFields: ["dateOfBirth", "fullName"] }), info)).toEqual({ ok: true, reference: d.reference });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: d.id, type: "declaration.approved" } });
    expect(event.data).toMatchObject({ checklist: { originalIdChecked: true, declarationSigned: true, acknowledgedFields: ["dateOfBirth", "fullName"] } });
  });

  it("the form's single statement confirms both counter checks; without it both are named", async () => {
    const d = await createDeclaration(prisma, { officeCode: OFFICE });
    await createMatchingParticipant(prisma, d);
    expect(await handleApproveForm(officer, form({ reference: d.reference, version: "1" }), info)).toMatchObject({
      ok: false,
      errors: { originalIdChecked: "officer.checklistOriginalIdRequired", declarationSigned: "officer.checklistSignedRequired" },
    });
    expect(await handleApproveForm(officer, form({ reference: d.reference, version: "1", counterChecks: "on" }), info)).toEqual({ ok: true, reference: d.reference });
  });
});

describe("the overview's actionable numbers and 30-day series", () => {
  const today = (o: OfficeOverview) => o.daily[o.daily.length - 1]!;
  const on = (o: OfficeOverview, date: string) => o.daily.find((day) => day.date === date)!;

  it("counts waiting, expiring within the reminder window, decided today, and the four series per Vietnamese day", async () => {
    const now = new Date();
    const before = (await getOfficeOverview(supervisor, OFFICE, now))!;
    expect(before.daily.map((d) => d.date)).toEqual(chartDays(now));
    expect(before.daily).toHaveLength(30);
    expect(today(before).date).toBe(isoDateInVietnam(now));

    const nineDaysAgo = new Date(now.getTime() - 9 * DAY_MS);
    const twelveDaysAgo = new Date(now.getTime() - 12 * DAY_MS);
    await createDeclaration(prisma, { officeCode: OFFICE, submittedAt: nineDaysAgo }); // deadline tomorrow: expiring soon
    const expired = await createDeclaration(prisma, { officeCode: OFFICE, submittedAt: twelveDaysAgo });
    await prisma.declaration.update({ where: { id: expired.id }, data: { status: "expired" } });
    const toApprove = await createDeclaration(prisma, { officeCode: OFFICE });
    await createMatchingParticipant(prisma, toApprove);
    const toReject = await createDeclaration(prisma, { officeCode: OFFICE });
    expect(await handleApproveForm(officer, form({ reference: toApprove.reference, version: "1", counterChecks: "on" }), info)).toMatchObject({ ok: true });
    expect(await handleRejectForm(officer, form({ reference: toReject.reference, version: "1", reasonCode: "unclearPhoto", note: "" }), info)).toMatchObject({ ok: true });

    const after = (await getOfficeOverview(supervisor, OFFICE, new Date()))!;
    expect(after.now.waiting - before.now.waiting).toBe(1);
    expect(after.now.expiringSoon - before.now.expiringSoon).toBe(1);
    expect(after.now.withinDays).toBe(2);
    expect(after.now.decidedToday - before.now.decidedToday).toBe(2);
    expect(today(after).received - today(before).received).toBe(2);
    expect(today(after).approved - today(before).approved).toBe(1);
    expect(today(after).rejected - today(before).rejected).toBe(1);
    const nine = isoDateInVietnam(nineDaysAgo);
    expect(on(after, nine).received - on(before, nine).received).toBe(1);
    const expiredDay = isoDateInVietnam(expired.expiresAt);
    expect(on(after, expiredDay).expired - on(before, expiredDay).expired).toBe(1);
    // An officer gets nothing.
    expect(await getOfficeOverview(officer, OFFICE)).toBeNull();
  });
});
