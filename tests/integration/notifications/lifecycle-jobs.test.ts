// The lifecycle jobs, called directly with a chosen "now": expiry at exactly 10 days, the deadline
// reminder once, the photo purge after retention (files gone, audit kept), password-expiry reminders
// once per password; each safe when several workers run it at once.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { reminderDueAt } from "@/lib/domain/deadlines";
import { catalogs } from "@/lib/i18n/catalog";
import { verifyAuditChain, recordAuditEventNow } from "@/lib/server/audit";
import { createPrismaClient, prisma, type Declaration, type FileKind } from "@/lib/server/db/client";
import { expireDeclarations } from "@/lib/server/jobs/expire-declarations";
import { purgeDeclarationPhotos } from "@/lib/server/jobs/purge-declaration-photos";
import { sendDeadlineReminders } from "@/lib/server/jobs/send-deadline-reminders";
import { sendPasswordExpiryReminders } from "@/lib/server/jobs/send-password-expiry-reminders";
import { fakeBhxhCode, fakeMobile } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";
import { temporaryFileStorage } from "@/tests/support/temporary-storage";
import { createDeclaration, DAY, MINUTE } from "./support";
import { vn } from "@/tests/support/vietnam-time";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await prisma.notification.deleteMany();
});

const messagesOf = (where: { declarationId?: string; accountId?: string }) => prisma.notification.findMany({ where, orderBy: { channel: "asc" } });

// The dates below are in 2025, before any other test's deadlines, so a job run "then" touches only the rows made here.

describe("expireDeclarations", () => {
  it("keeps a declaration sent at 23:59:59 (or 00:00:01) open until the end of the 10th day in Vietnam, and expires it just after midnight", async () => {
    const sentLate = await createDeclaration(prisma, { submittedAt: vn("2025-03-02T23:59:59") });
    const sentEarly = await createDeclaration(prisma, { submittedAt: vn("2025-03-02T00:00:01") });
    const nextDay = await createDeclaration(prisma, { submittedAt: vn("2025-03-03T00:00:00") });
    const statusOf = async (id: string) => (await prisma.declaration.findUniqueOrThrow({ where: { id } })).status;

    await expireDeclarations(vn("2025-03-12T23:59:58"));
    await expireDeclarations(vn("2025-03-12T23:59:59.999"));
    expect([await statusOf(sentLate.id), await statusOf(sentEarly.id)]).toEqual(["submitted", "submitted"]);
    expect(await messagesOf({ declarationId: sentLate.id })).toEqual([]);

    const now = vn("2025-03-13T00:00:00.001");
    await expireDeclarations(now);
    expect([await statusOf(sentLate.id), await statusOf(sentEarly.id), await statusOf(nextDay.id)]).toEqual(["expired", "expired", "submitted"]);
    const audit = await prisma.auditEvent.findMany({ where: { declarationId: sentLate.id, type: "declaration.expired" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: "system", officeCode: sentLate.officeCode });
    const [sms, email] = await messagesOf({ declarationId: sentLate.id });
    expect(sms).toMatchObject({ template: "expiry", recipient: sentLate.phone, idempotencyKey: `expiry:${sentLate.id}:v1:sms` });
    expect(sms!.body).toContain(sentLate.reference);
    expect(email).toMatchObject({ recipient: sentLate.email });
    expect(await messagesOf({ declarationId: nextDay.id })).toEqual([]);

    // A second run (or a second worker) finds nothing more to do.
    await expireDeclarations(new Date(now.getTime() + MINUTE));
    expect(await prisma.auditEvent.count({ where: { declarationId: sentLate.id, type: "declaration.expired" } })).toBe(1);
    expect(await messagesOf({ declarationId: sentLate.id })).toHaveLength(2);
  });

  it("expires each declaration once when several workers run at the same moment", async () => {
    const now = new Date();
    await expireDeclarations(now); // whatever earlier tests left due
    const due = await Promise.all(Array.from({ length: 12 }, () => createDeclaration(prisma, { submittedAt: new Date(now.getTime() - 12 * DAY) })));
    const clients = Array.from({ length: 3 }, () => createPrismaClient(inject("databaseUrl")));
    try {
      const reports = await Promise.all(clients.map((db) => expireDeclarations(now, { db })));
      expect(reports.reduce((sum, r) => sum + r.done, 0)).toBe(12);
      expect(reports.reduce((sum, r) => sum + r.errors, 0)).toBe(0);
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
    }
    const ids = due.map((d) => d.id);
    expect(await prisma.auditEvent.count({ where: { declarationId: { in: ids }, type: "declaration.expired" } })).toBe(12);
    expect(await prisma.notification.count({ where: { declarationId: { in: ids }, channel: "sms" } })).toBe(12);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });
});

describe("sendDeadlineReminders", () => {
  it("reminds once, at 08:00 Vietnam time two days before the last day, with the office to go to", async () => {
    // Declared in Korean: the reminder email is Korean, its SMS Vietnamese (issue 14).
    const due = await createDeclaration(prisma, { submittedAt: vn("2025-04-02T23:59:59"), locale: "ko" }); // last day 12/04
    const notYet = await createDeclaration(prisma, { submittedAt: vn("2025-04-03T00:00:01") }); // last day 13/04
    expect(reminderDueAt(due.expiresAt)).toEqual(vn("2025-04-10T08:00:00"));

    await sendDeadlineReminders(vn("2025-04-10T07:59:59"));
    expect(await messagesOf({ declarationId: due.id })).toEqual([]);

    const now = vn("2025-04-10T08:00:00");
    await sendDeadlineReminders(now);
    await sendDeadlineReminders(new Date(now.getTime() + 30_000)); // a second run, before notYet is due

    const reminded = await prisma.declaration.findUniqueOrThrow({ where: { id: due.id } });
    expect(reminded.reminderSentAt?.getTime()).toBe(now.getTime());
    const [sms, email] = await messagesOf({ declarationId: due.id });
    expect(sms).toMatchObject({ template: "deadlineReminder", idempotencyKey: `deadlineReminder:${due.id}:v1:sms` });
    expect(sms!.body).toContain(due.reference);
    expect(sms!.body).toContain("12/04/2025");
    expect(email!.body).toMatch(/Ba Đình/);
    expect(email!.subject).toBe(catalogs.notifications.ko.deadlineSubject.replace("{reference}", due.reference));
    expect(email!.body).toContain("2025. 4. 12.");
    expect(await prisma.auditEvent.count({ where: { declarationId: due.id, type: "declaration.reminderSent" } })).toBe(1);
    expect(await messagesOf({ declarationId: notYet.id })).toEqual([]);
    expect((await prisma.declaration.findUniqueOrThrow({ where: { id: notYet.id } })).reminderSentAt).toBeNull();
  });

  it("does not remind about a declaration that has already expired or was decided", async () => {
    const expired = await createDeclaration(prisma, { submittedAt: vn("2025-05-01T10:00:00") }); // last day 11/05
    const approved = await createDeclaration(prisma, { submittedAt: vn("2025-05-03T10:00:00"), status: "approved", decidedAt: vn("2025-05-04T10:00:00") });
    await sendDeadlineReminders(vn("2025-05-12T08:00:00"));
    expect(await prisma.notification.count({ where: { declarationId: { in: [expired.id, approved.id] } } })).toBe(0);
  });
});

describe("purgeDeclarationPhotos", () => {
  const { root: dir, storage } = temporaryFileStorage("bhxh-purge-");

  async function withPhotos(declaration: Declaration): Promise<Declaration> {
    for (const kind of ["portrait", "idFront", "idBack"] as FileKind[]) {
      const storageKey = `declarations/${declaration.id}/${kind}-${randomUUID().slice(0, 8)}.jpg`;
      await storage.put(storageKey, new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), "image/jpeg");
      await prisma.declarationFile.create({
        data: { declarationId: declaration.id, kind, storageKey, mediaType: "image/jpeg", bytes: 4, width: 1, height: 1, sha256: "0".repeat(64) },
      });
    }
    return declaration;
  }

  function filesOnDisk(): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) walk(full);
        else found.push(path.relative(dir, full));
      }
    };
    walk(dir);
    return found;
  }

  it("deletes the files and their rows after the retention period, keeps the declaration and its audit trail", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 31 * DAY);
    const recent = new Date(now.getTime() - 29 * DAY);
    const sentLongAgo = new Date(now.getTime() - 45 * DAY);
    await purgeDeclarationPhotos(now, { storage, retentionDays: 30 }); // whatever earlier tests left due
    const purgeable = await Promise.all([
      createDeclaration(prisma, { status: "expired", submittedAt: sentLongAgo, expiresAt: old }).then(withPhotos),
      createDeclaration(prisma, { status: "withdrawn", submittedAt: sentLongAgo, withdrawnAt: old }).then(withPhotos),
      createDeclaration(prisma, { status: "rejected", submittedAt: sentLongAgo, decidedAt: old }).then(withPhotos),
    ]);
    const kept = await Promise.all([
      createDeclaration(prisma, { status: "expired", submittedAt: sentLongAgo, expiresAt: recent }).then(withPhotos),
      // Rejected, then corrected and sent again: submitted, its photos are in use.
      createDeclaration(prisma, { status: "submitted", version: 2, submittedAt: recent, decidedAt: old }).then(withPhotos),
      createDeclaration(prisma, { status: "approved", submittedAt: sentLongAgo, decidedAt: old }).then(withPhotos),
    ]);
    for (const d of purgeable) await recordAuditEventNow(prisma, { type: "declaration.viewed", actorType: "staff", declarationId: d.id });
    expect(filesOnDisk()).toHaveLength(18);

    const report = await purgeDeclarationPhotos(now, { storage, retentionDays: 30 });
    expect(report).toMatchObject({ done: 3, errors: 0 });

    const purgedIds = new Set(purgeable.map((d) => d.id));
    const left = filesOnDisk();
    expect(left).toHaveLength(9);
    expect(left.some((file) => [...purgedIds].some((id) => file.includes(id)))).toBe(false);
    expect(readdirSync(path.join(dir, "declarations")).sort()).toEqual(kept.map((d) => d.id).sort()); // no empty folders left
    expect(await prisma.declarationFile.count({ where: { declarationId: { in: [...purgedIds] } } })).toBe(0);
    expect(await prisma.declarationFile.count({ where: { declarationId: { in: kept.map((d) => d.id) } } })).toBe(9);
    for (const d of purgeable) {
      const after = await prisma.declaration.findUniqueOrThrow({ where: { id: d.id } });
      expect(after.filesPurgedAt?.getTime()).toBe(now.getTime());
      expect(after.status).toBe(d.status);
      const types = (await prisma.auditEvent.findMany({ where: { declarationId: d.id }, orderBy: { id: "asc" } })).map((e) => e.type);
      expect(types).toEqual(["declaration.viewed", "declaration.filesPurged"]);
    }
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });

    // Nothing more to do on the next run.
    expect(await purgeDeclarationPhotos(new Date(now.getTime() + DAY), { storage, retentionDays: 30 })).toMatchObject({ done: 0 });
  });
});

describe("sendPasswordExpiryReminders", () => {
  const rng = createRng(20261122);
  async function account(changedDaysAgo: number, now: Date, extra: { passwordReminderAt?: Date; status?: "active" | "closed" } = {}) {
    const changed = new Date(now.getTime() - changedDaysAgo * DAY);
    return prisma.account.create({
      data: { bhxhCode: fakeBhxhCode(rng), passwordHash: "x", passwordChangedAt: changed, phone: fakeMobile(rng), email: null, activatedAt: changed, ...extra },
    });
  }

  it("reminds in the last 14 days before the 183-day limit, once per password", async () => {
    const now = new Date();
    const inWindow = await account(170, now);
    const remindedLastCycle = await account(175, now, { passwordReminderAt: new Date(now.getTime() - 200 * DAY) });
    const tooEarly = await account(160, now);
    const alreadyExpired = await account(184, now);
    const alreadyReminded = await account(175, now, { passwordReminderAt: new Date(now.getTime() - DAY) });
    const closed = await account(170, now, { status: "closed" });

    await sendPasswordExpiryReminders(now);
    await sendPasswordExpiryReminders(new Date(now.getTime() + DAY));

    for (const a of [inWindow, remindedLastCycle]) {
      const messages = await messagesOf({ accountId: a.id });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ template: "passwordExpiryReminder", recipient: a.phone, idempotencyKey: `passwordExpiryReminder:${a.id}:${a.passwordChangedAt.getTime()}:sms` });
      expect((await prisma.account.findUniqueOrThrow({ where: { id: a.id } })).passwordReminderAt?.getTime()).toBe(now.getTime());
    }
    expect((await messagesOf({ accountId: inWindow.id }))[0]!.body).toMatch(/13 ngay/);
    for (const a of [tooEarly, alreadyExpired, alreadyReminded, closed]) expect(await messagesOf({ accountId: a.id })).toEqual([]);
  });
});
