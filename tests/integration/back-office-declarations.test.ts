// The back office's declaration services and form handlers on a real database: who may see and
// decide what (first), then the detail page, photos, decisions, races and the audit chain.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma, type Declaration } from "@/lib/server/db/client";
import { verifyAuditChain } from "@/lib/server/audit";
import { searchOfficeQueue, countOfficeQueue, findReferenceInScope } from "@/lib/server/declarations/office-queue";
import { getDeclarationForStaff } from "@/lib/server/declarations/staff-declaration";
import { readDeclarationPhoto } from "@/lib/server/declarations/declaration-photo";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { rejectDeclaration } from "@/lib/server/declarations/reject-declaration";
import { handleApproveForm, handleRejectForm } from "@/lib/server/back-office/decision-forms";
import { photoResponse } from "@/lib/server/back-office/photo-response";
import { canStaffReadDeclaration, type StaffPrincipal } from "@/lib/server/auth/staff-access";
import { createDeclaration, createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffCast } from "@/tests/factories/staff";
import { generateReferenceCode } from "@/lib/domain/reference-code";

const info = { ip: "203.0.113.7", userAgent: "vitest back-office" };

let officerA: StaffPrincipal; // office 0101
let officerA2: StaffPrincipal;
let supervisorA: StaffPrincipal;
let officerB: StaffPrincipal; // office 7901
let supervisorB: StaffPrincipal;
let admin: StaffPrincipal;
let mustChange: StaffPrincipal;
let declA: Declaration; // 0101, with photos and a matching master record

function approveForm(d: Declaration, extra: Record<string, string> = { originalIdChecked: "on", declarationSigned: "on" }) {
  const form = new FormData();
  form.set("reference", d.reference);
  form.set("version", String(d.version));
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

function rejectForm(d: Declaration, reasonCode = "unclearPhoto", note = "Ảnh mặt trước bị mờ, vui lòng chụp lại.") {
  const form = new FormData();
  form.set("reference", d.reference);
  form.set("version", String(d.version));
  form.set("reasonCode", reasonCode);
  form.set("note", note);
  return form;
}

async function auditCount(declarationId: string, type?: string) {
  return prisma.auditEvent.count({ where: { declarationId, ...(type ? { type } : {}) } });
}

async function matched(overrides: Parameters<typeof createDeclaration>[1] = {}) {
  const d = await createDeclaration(prisma, overrides);
  await createMatchingParticipant(prisma, d);
  return d;
}

beforeAll(async () => {
  ({ officerA, officerA2, supervisorA, officerB, supervisorB, admin, mustChange } = await createStaffCast(prisma, [
    "officerA", "officerA2", "supervisorA", "officerB", "supervisorB", "admin", "mustChange",
  ]));
  declA = await matched({ withPhotos: true });
});

afterAll(() => prisma.$disconnect());

describe("permissions: staff of another office", () => {
  it("cannot list office A's declarations, nor find them by reference, ID number or name", async () => {
    for (const q of [declA.reference, declA.idNumber, declA.bhxhCode, declA.fullName, undefined]) {
      const page = await searchOfficeQueue(officerB, { q, status: "all", officeCode: "0101" });
      expect(page.items.map((i) => i.id)).not.toContain(declA.id);
      expect(page.items.every((i) => i.officeCode === "7901")).toBe(true);
    }
    expect(await findReferenceInScope(officerB, declA.reference)).toBeNull();
    const counts = await countOfficeQueue(officerB, { q: declA.reference, officeCode: "0101" });
    expect(counts.all).toBe(0);
  });

  it("cannot open the declaration page, even with the exact or a guessed reference, and leaves no view event", async () => {
    const before = await auditCount(declA.id);
    expect(await getDeclarationForStaff(officerB, declA.reference, info)).toBeNull();
    expect(await getDeclarationForStaff(supervisorB, declA.reference.toLowerCase(), info)).toBeNull();
    expect(await getDeclarationForStaff(officerB, generateReferenceCode(), info)).toBeNull();
    expect(await auditCount(declA.id)).toBe(before);
    expect(canStaffReadDeclaration(officerB, declA)).toBe(false);
  });

  it("cannot view the photos through the service or the route handler's response", async () => {
    const files = await prisma.declarationFile.findMany({ where: { declarationId: declA.id } });
    expect(files).toHaveLength(3);
    const before = await auditCount(declA.id);
    for (const file of files) {
      expect(await readDeclarationPhoto(officerB, file.id, info)).toEqual({ ok: false, code: "notFound" });
      const response = await photoResponse(officerB, file.id, info);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect((await photoResponse(null, file.id, info)).status).toBe(404);
    }
    expect((await photoResponse(officerB, "not-a-uuid", info)).status).toBe(404);
    expect(await auditCount(declA.id)).toBe(before);
  });

  it("cannot approve or reject by action or by service; the declaration stays as it was", async () => {
    expect(await handleApproveForm(officerB, approveForm(declA), info)).toEqual({ ok: false, errors: {}, formError: "officer.decisionError_notFound" });
    expect(await handleRejectForm(supervisorB, rejectForm(declA), info)).toEqual({ ok: false, errors: {}, formError: "officer.decisionError_notFound" });
    const approve = await approveDeclaration(officerB, { reference: declA.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, info);
    expect(approve).toMatchObject({ ok: false, code: "notFound" });
    const reject = await rejectDeclaration(officerB, { reference: declA.reference, expectedVersion: 1, reasonCode: "other", note: "x" }, info);
    expect(reject).toMatchObject({ ok: false, code: "notFound" });
    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: declA.id } });
    expect(after).toMatchObject({ status: "submitted", decidedAt: null, decidedById: null });
    expect(await prisma.account.count({ where: { bhxhCode: declA.bhxhCode } })).toBe(0);
  });

  it("a guessed reference is 'not found' for decisions too", async () => {
    const form = approveForm({ ...declA, reference: generateReferenceCode() });
    expect(await handleApproveForm(officerA, form, info)).toMatchObject({ formError: "officer.decisionError_notFound" });
  });
});

describe("permissions: signed out, forced password change, roles", () => {
  it("refuses every action without a principal", async () => {
    expect(await handleApproveForm(null, approveForm(declA), info)).toEqual({ ok: false, errors: {}, formError: "officer.authError_signedOut" });
    expect(await handleRejectForm(null, rejectForm(declA), info)).toEqual({ ok: false, errors: {}, formError: "officer.authError_signedOut" });
  });

  it("refuses everything to a user who must still replace a temporary password", async () => {
    expect(await handleApproveForm(mustChange, approveForm(declA), info)).toMatchObject({ formError: "officer.authError_mustChangePassword" });
    expect(await getDeclarationForStaff(mustChange, declA.reference, info)).toBeNull();
    expect((await searchOfficeQueue(mustChange, { status: "all" })).items).toEqual([]);
    const file = await prisma.declarationFile.findFirstOrThrow({ where: { declarationId: declA.id } });
    expect((await photoResponse(mustChange, file.id, info)).status).toBe(404);
  });

  it("lets an admin read any office's declaration but not decide", async () => {
    expect(await getDeclarationForStaff(admin, declA.reference, info)).not.toBeNull();
    expect(await handleApproveForm(admin, approveForm(declA), info)).toMatchObject({ formError: "officer.authError_forbidden" });
    expect(await rejectDeclaration(admin, { reference: declA.reference, expectedVersion: 1, reasonCode: "other", note: "x" }, info)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});

describe("the declaration page", () => {
  it("shows every field, the photos, a field-by-field match and the history, and audits the view with IP and user agent", async () => {
    const view = await getDeclarationForStaff(officerA, declA.reference, info);
    expect(view).not.toBeNull();
    expect(view!.declaration.id).toBe(declA.id);
    expect(view!.files.map((f) => f.kind)).toEqual(["portrait", "idFront", "idBack"]);
    expect(view!.match.state).toBe("matched");
    expect(view!.approveBlockers).toEqual([]);
    // With its type, as on papers (issue 11 §2).
    expect(view!.communeName).toBe("Phường Ba Đình");
    expect(view!.provinceName).toBe("Thành phố Hà Nội");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: declA.id, type: "declaration.viewed" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorType: "staff", actorId: officerA.id, officeCode: "0101", ip: info.ip, userAgent: info.userAgent });
    expect(view!.history.at(-1)?.type).toBe("declaration.viewed");
  });

  it("says when no master record exists, and blocks approval", async () => {
    const lone = await createDeclaration(prisma);
    const view = await getDeclarationForStaff(officerA, lone.reference, info);
    expect(view!.match).toEqual({ state: "noRecord" });
    expect(view!.approveBlockers).toContain("noMatchedRecord");
    expect(view!.rejectBlockers).toEqual([]);
  });

  it("reports two different records when the BHXH code and the ID number lead to different people", async () => {
    const d = await matched();
    // Another person's code: the first free one after this declaration's (the seed fills much of the space).
    let otherCode = d.bhxhCode;
    do otherCode = String((Number(otherCode) + 7_919) % 10_000_000_000).padStart(10, "0");
    while (await prisma.participant.findUnique({ where: { bhxhCode: otherCode }, select: { bhxhCode: true } }));
    await prisma.participant.create({
      data: { bhxhCode: otherCode, fullName: "Người Khác", fullNameSearch: "nguoi khac", dateOfBirth: d.dateOfBirth, sex: d.sex, idNumber: d.idNumber, address: "x" },
    });
    const view = await getDeclarationForStaff(officerA, d.reference, info);
    expect(view!.match.state).toBe("conflict");
    // The page and the service give the same reason.
    expect(view!.approveBlockers).toEqual(["conflictingRecords"]);
    expect(await approveDeclaration(officerA, { reference: d.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, info)).toMatchObject({
      ok: false,
      code: "conflictingRecords",
    });
  });
});

describe("photos", () => {
  it("serves each photo to the office's staff with no caching, and audits each view", async () => {
    const files = await prisma.declarationFile.findMany({ where: { declarationId: declA.id } });
    const before = await auditCount(declA.id, "declaration.photosViewed");
    for (const file of files) {
      const response = await photoResponse(officerA, file.id, info);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    }
    expect(await auditCount(declA.id, "declaration.photosViewed")).toBe(before + 3);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: declA.id, type: "declaration.photosViewed" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: officerA.id, ip: info.ip, userAgent: info.userAgent });
  });

  it("serves nothing once the photos are purged", async () => {
    const d = await createDeclaration(prisma, { withPhotos: true, filesPurgedAt: new Date() });
    const file = await prisma.declarationFile.findFirstOrThrow({ where: { declarationId: d.id } });
    expect((await photoResponse(officerA, file.id, info)).status).toBe(404);
  });
});

describe("approving", () => {
  it("refuses without both checklist items, naming each one not ticked, and changes nothing", async () => {
    const result = await handleApproveForm(officerA, approveForm(declA, {}), info);
    expect(result).toEqual({
      ok: false,
      formError: "officer.errorSummaryTitle",
      errors: { originalIdChecked: "officer.checklistOriginalIdRequired", declarationSigned: "officer.checklistSignedRequired" },
    });
    expect(await handleApproveForm(officerA, approveForm(declA, { originalIdChecked: "on" }), info)).toEqual({
      ok: false,
      formError: "officer.errorSummaryTitle",
      errors: { declarationSigned: "officer.checklistSignedRequired" },
    });
    // A box sent with another value than the browser's "on" is not a tick.
    expect(await handleApproveForm(officerA, approveForm(declA, { originalIdChecked: "on", declarationSigned: "false" }), info)).toMatchObject({
      ok: false,
      errors: { declarationSigned: "officer.checklistSignedRequired" },
    });
    expect(await prisma.declaration.findUniqueOrThrow({ where: { id: declA.id } })).toMatchObject({ status: "submitted", decidedAt: null });
    expect(await auditCount(declA.id, "declaration.approved")).toBe(0);
  });

  it("the service itself refuses a checklist with a check not ticked (a caller other than the form)", async () => {
    const d = await matched();
    const result = await approveDeclaration(officerA, { reference: d.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: false } }, info);
    expect(result).toMatchObject({ ok: false, code: "checklistIncomplete" });
    expect(await prisma.declaration.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "submitted" });
    expect(await prisma.account.count({ where: { bhxhCode: d.bhxhCode } })).toBe(0);
  });

  it("approves: status, decider, the account and its SMS, and the audit event, in one go", async () => {
    const d = await matched({ email: "nguoi.khai@example.vn" });
    const result = await handleApproveForm(officerA, approveForm(d), info);
    expect(result).toEqual({ ok: true, reference: d.reference });
    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: d.id } });
    expect(after).toMatchObject({ status: "approved", decidedById: officerA.id });
    expect(after.decidedAt).toBeInstanceOf(Date);
    const account = await prisma.account.findUniqueOrThrow({ where: { bhxhCode: d.bhxhCode } });
    expect(account).toMatchObject({ declarationId: d.id, mustChangePassword: true, phone: d.phone });
    const notes = await prisma.notification.findMany({ where: { declarationId: d.id } });
    expect(notes.map((n) => n.channel).sort()).toEqual(["email", "sms"]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: d.id, type: "declaration.approved" } });
    expect(event).toMatchObject({ actorId: officerA.id, officeCode: "0101", ip: info.ip, userAgent: info.userAgent });
    expect(event.data).toMatchObject({ reference: d.reference, version: 1, checklist: { originalIdChecked: true, declarationSigned: true } });
  });

  it("lets the office's supervisor approve", async () => {
    const d = await matched();
    expect(await handleApproveForm(supervisorA, approveForm(d), info)).toEqual({ ok: true, reference: d.reference });
  });

  it("refuses a stale page (version changed), a decided declaration, an expired one and one without a master record", async () => {
    const d = await matched();
    expect(await handleApproveForm(officerA, approveForm({ ...d, version: 2 }), info)).toMatchObject({ formError: "officer.decisionError_stale" });
    expect(await handleApproveForm(officerA, approveForm(d), info)).toMatchObject({ ok: true });
    expect(await handleApproveForm(officerA2, approveForm(d), info)).toMatchObject({ formError: "officer.decisionError_stale" });
    expect(await handleRejectForm(officerA2, rejectForm(d), info)).toMatchObject({ formError: "officer.decisionError_stale" });

    // Past its deadline but not yet swept by the expiry job: the page and the service both say "expired".
    const expired = await matched({ submittedAt: new Date(Date.now() - 12 * 24 * 3600 * 1000) });
    expect((await getDeclarationForStaff(officerA, expired.reference, info))!.approveBlockers).toEqual(["expired"]);
    expect(await handleApproveForm(officerA, approveForm(expired), info)).toMatchObject({ formError: "officer.blocker_expired" });
    const lone = await createDeclaration(prisma);
    expect(await handleApproveForm(officerA, approveForm(lone), info)).toMatchObject({ formError: "officer.blocker_noMatchedRecord" });
    expect(await prisma.declaration.findUniqueOrThrow({ where: { id: lone.id } })).toMatchObject({ status: "submitted" });
  });

  it("two concurrent approvals of the same declaration: exactly one succeeds, one account, one SMS", async () => {
    for (let round = 0; round < 3; round++) {
      const d = await matched();
      const results = await Promise.all([
        handleApproveForm(officerA, approveForm(d), info),
        handleApproveForm(officerA2, approveForm(d), { ...info, ip: "203.0.113.8" }),
        handleRejectForm(supervisorA, rejectForm(d), info),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.formError === "officer.decisionError_stale")).toBe(true);
      expect(await auditCount(d.id, "declaration.approved").then(async (a) => a + (await auditCount(d.id, "declaration.rejected")))).toBe(1);
      expect(await prisma.notification.count({ where: { declarationId: d.id, channel: "sms" } })).toBe(1);
    }
  });
});

describe("rejecting", () => {
  it("needs a reason, and a note when the reason is 'other'", async () => {
    const d = await matched();
    const noReason = rejectForm(d);
    noReason.delete("reasonCode");
    expect(await handleRejectForm(officerA, noReason, info)).toMatchObject({ errors: { reasonCode: "officer.rejectReasonRequired" } });
    expect(await handleRejectForm(officerA, rejectForm(d, "other", "  "), info)).toMatchObject({ errors: { note: "officer.rejectNoteRequired" } });
    expect(await handleRejectForm(officerA, rejectForm(d, "unclearPhoto", "x".repeat(501)), info)).toMatchObject({ errors: { note: "officer.rejectNoteTooLong" } });
  });

  it("rejects with the reason and the note, queues the notice and audits it", async () => {
    const d = await createDeclaration(prisma); // no master record needed to refuse
    expect(await handleRejectForm(officerA, rejectForm(d, "mismatchWithRecords", "Số CCCD không khớp."), info)).toEqual({ ok: true, reference: d.reference });
    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: d.id } });
    expect(after).toMatchObject({ status: "rejected", rejectionReasonCode: "mismatchWithRecords", rejectionReason: "Số CCCD không khớp.", decidedById: officerA.id });
    const sms = await prisma.notification.findFirstOrThrow({ where: { declarationId: d.id, channel: "sms" } });
    expect(sms.recipient).toBe(d.phone);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: d.id, type: "declaration.rejected" } });
    expect(event.data).toMatchObject({ reasonCode: "mismatchWithRecords", note: "Số CCCD không khớp." });
    expect(event).toMatchObject({ ip: info.ip, userAgent: info.userAgent });
  });
});

describe("audit chain with decisions", () => {
  it("verifies, and altering a decision's row breaks it at that row", async () => {
    // The chain is shared by the whole run; another file may already have broken it on purpose
    // (tests/integration/audit.test.ts). Then the first break stays where it was.
    const before = await verifyAuditChain(prisma);
    const d = await matched();
    await handleApproveForm(officerA, approveForm(d), info);
    await handleRejectForm(officerA, rejectForm(await matched()), info);
    const intact = await verifyAuditChain(prisma);
    if (before.ok) expect(intact).toMatchObject({ ok: true });
    else expect(intact).toMatchObject({ ok: false, brokenAtId: before.brokenAtId });

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: d.id, type: "declaration.approved" } });
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update"`);
      // Someone rewrites who approved it.
      await client.query(`UPDATE "AuditEvent" SET "actorId" = $1 WHERE id = $2`, [officerA2.id, event.id.toString()]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update"`);
      const tampered = await verifyAuditChain(prisma);
      expect(tampered).toMatchObject(before.ok ? { ok: false, brokenAtId: event.id, reason: "hash" } : { ok: false, brokenAtId: before.brokenAtId });
    } finally {
      // Put the row back: the other test files share this database and its chain.
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update"`);
      await client.query(`UPDATE "AuditEvent" SET "actorId" = $1 WHERE id = $2`, [event.actorId, event.id.toString()]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update"`);
      await client.end();
    }
  });
});
