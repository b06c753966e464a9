// resubmitDeclaration on real PostgreSQL: who may correct what, which photos are kept or replaced, the
// new window, and that a refusal or a race leaves the declaration and the stored files as they were.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { endOfTenthDayInVietnam } from "@/tests/support/vietnam-time";
import { resubmitDeclaration, type ResubmitResult } from "@/lib/server/declarations/resubmit-declaration";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { idCardJpeg } from "@/tests/fixtures/photo-files";
import { verifiedPhoneToken } from "@/tests/fixtures/declaration-json";
import { basicPhotos, declarationJson, newIp, newPerson, storageDir, storedFiles, uploads, type PhotoSet } from "./support/declaration-fixtures";
import { answered, type Answered } from "@/tests/support/answered";


afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

/** A declaration sent with the service, then rejected by an officer (written directly: the decision is the back office's). */
async function rejectedDeclaration(json = declarationJson(newPerson())) {
  const sent = await answered(submitDeclaration({ json, files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
  if (!sent.ok) throw new Error(JSON.stringify(sent.body));
  const row = await prisma.declaration.update({
    where: { reference: sent.body.reference },
    data: { status: "rejected", decidedAt: new Date(), rejectionReasonCode: "mismatchWithRecords", rejectionReason: "Ngày sinh không khớp" },
    include: { files: true },
  });
  return { json, token: sent.accessToken, row };
}

const resubmit = (reference: string, token: string | null, json: unknown, files: Partial<PhotoSet> = {}, extra: Partial<Parameters<typeof resubmitDeclaration>[0]> = {}, deps = {}) =>
  answered(resubmitDeclaration({ reference, token, json, files: uploads(files), ip: newIp(), userAgent: "vitest", ...extra }, deps), extra.locale);

function ok(result: Answered<ResubmitResult>) {
  if (!result.ok) throw new Error(`expected 200, got ${result.status}: ${JSON.stringify(result.body)}`);
  return result;
}

async function snapshot(id: string) {
  const row = await prisma.declaration.findUniqueOrThrow({ where: { id }, include: { files: { orderBy: { kind: "asc" } } } });
  return { row, files: storedFiles(), events: await prisma.auditEvent.count({ where: { declarationId: id } }) };
}

describe("resubmitDeclaration", () => {
  it("keeps the photos not sent again, opens a new window and records the previous version", async () => {
    const { json, token, row } = await rejectedDeclaration();
    const now = new Date(Date.now() + 60_000);
    const result = ok(await resubmit(row.reference, token, { ...json, idIssuePlace: "Cục Cảnh sát QLHC về TTXH" }, {}, {}, { now: () => now }));
    expect(result.body).toMatchObject({ reference: row.reference, version: 2, submittedAt: now.toISOString() });
    // A new window, counted from the day it was resent (docs/decisions/0015-deadline-end-of-tenth-day.md).
    expect(new Date(result.body.expiresAt)).toEqual(endOfTenthDayInVietnam(now));
    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: row.id }, include: { files: true } });
    expect(after).toMatchObject({ status: "submitted", version: 2, idIssuePlace: "Cục Cảnh sát QLHC về TTXH", decidedAt: null, rejectionReason: null });
    expect(after.files.map((f) => f.storageKey).sort()).toEqual(row.files.map((f) => f.storageKey).sort());
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id, type: "declaration.resubmitted" } });
    expect(event.data).toMatchObject({ version: 2, files: [], previous: { version: 1, idIssuePlace: json.idIssuePlace, rejectionReason: "Ngày sinh không khớp", files: expect.any(Array) } });
  });

  it("answers 404 for a wrong or missing token and 409 for a declaration that is not rejected, changing nothing", async () => {
    const { json, token, row } = await rejectedDeclaration();
    const before = await snapshot(row.id);
    expect((await resubmit(row.reference, "nope", json)).status).toBe(404);
    expect((await resubmit(row.reference, null, json)).status).toBe(404);
    expect((await resubmit("TK-2222-3333", token, json)).status).toBe(404);
    await prisma.declaration.update({ where: { id: row.id }, data: { status: "expired" } });
    const expired = await resubmit(row.reference, token, json, { portrait: photos.portrait });
    expect(expired.status).toBe(409);
    expect(expired.ok ? null : expired.body).toMatchObject({ code: "notRejected" });
    expect(await snapshot(row.id)).toEqual({ ...before, row: { ...before.row, status: "expired", updatedAt: expect.any(Date) } });
  });

  it("counts the phone on record as confirmed (the correction link went to it); a new phone needs its own token", async () => {
    const { json, token, row } = await rejectedDeclaration();
    const { phoneVerificationToken: _sent, ...withoutToken } = json;
    const samePhone = ok(await resubmit(row.reference, token, withoutToken, {}, {}, {}));
    expect(samePhone.body.version).toBe(2);

    const again = await rejectedDeclaration();
    const { phoneVerificationToken: _t, ...bare } = again.json;
    const newPhone = await resubmit(again.row.reference, again.token, { ...bare, phone: "0987 654 321" });
    expect(newPhone.status).toBe(422);
    if (newPhone.ok || !("errors" in newPhone.body)) throw new Error("expected field errors");
    expect(newPhone.body.errors).toEqual([expect.objectContaining({ path: "phoneVerificationToken", code: "phoneVerificationRequired" })]);
    const otherToken = await resubmit(again.row.reference, again.token, { ...bare, phone: "0987 654 321", phoneVerificationToken: verifiedPhoneToken("0912 111 222") });
    expect(otherToken.ok ? null : otherToken.body).toMatchObject({ errors: [{ code: "phoneVerificationMismatch" }] });
    ok(await resubmit(again.row.reference, again.token, { ...bare, phone: "0987 654 321", phoneVerificationToken: verifiedPhoneToken("0987654321") }));
  });

  it("requires every photo again once they were purged", async () => {
    const { json, token, row } = await rejectedDeclaration();
    await prisma.declaration.update({ where: { id: row.id }, data: { filesPurgedAt: new Date() } });
    const missing = await resubmit(row.reference, token, json);
    if (missing.ok || !("errors" in missing.body)) throw new Error("expected field errors");
    expect(missing.body.errors.map((e) => e.path)).toEqual(["portrait", "idFront", "idBack"]);
    const result = ok(await resubmit(row.reference, token, json, photos));
    expect(result.body.version).toBe(2);
    expect((await prisma.declaration.findUniqueOrThrow({ where: { id: row.id } })).filesPurgedAt).toBeNull();
  });

  it("refuses a correction to an ID number that already has a pending declaration (generic answer, SMS to its phone), keeping files and row", async () => {
    const other = newPerson();
    const pending = await answered(submitDeclaration({ json: declarationJson(other), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
    if (!pending.ok) throw new Error("setup");
    const { json, token, row } = await rejectedDeclaration();
    const before = await snapshot(row.id);
    const result = await resubmit(row.reference, token, { ...json, idNumber: other.idNumber, dateOfBirth: other.dateOfBirth, sex: other.sex }, { idFront: await idCardJpeg() });
    expect(result.status).toBe(409);
    expect(result.ok ? null : result.body).toMatchObject({ code: "recordExists" });
    expect(JSON.stringify(result.body)).not.toContain(pending.body.reference);
    expect(await prisma.notification.count({ where: { template: "conflictNotice", recipient: other.phone } })).toBe(1);
    expect(await snapshot(row.id)).toEqual(before);
  });

  it("two simultaneous corrections: one wins, the other is told it is no longer rejected, and its photos are deleted", async () => {
    const { json, token, row } = await rejectedDeclaration();
    const filesBefore = storedFiles();
    const results = await Promise.all([
      resubmit(row.reference, token, json, { portrait: photos.portrait }),
      resubmit(row.reference, token, json, { portrait: photos.portrait }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: row.id }, include: { files: true } });
    expect(after.version).toBe(2);
    const oldPortrait = row.files.find((f) => f.kind === "portrait")!.storageKey;
    const newPortrait = after.files.find((f) => f.kind === "portrait")!.storageKey;
    expect(newPortrait).not.toBe(oldPortrait);
    // Exactly: the old portrait gone, the winner's new portrait there, nothing else added.
    const expected = filesBefore.filter((f) => f !== path.join(...oldPortrait.split("/"))).concat(path.join(...newPortrait.split("/"))).sort();
    expect(storedFiles()).toEqual(expected);
    expect(existsSync(path.join(storageDir(), newPortrait))).toBe(true);
  });

  it("a correction to a passport needs no back photo, and an invalid correction names the fields", async () => {
    const { json, token, row } = await rejectedDeclaration();
    const invalid = await resubmit(row.reference, token, { ...json, phone: "12", commitment: false });
    if (invalid.ok || !("errors" in invalid.body)) throw new Error("expected field errors");
    expect(invalid.body.errors.map((e) => e.code).sort()).toEqual(["commitmentRequired", "phoneInvalid"]);
    const passport = ok(await resubmit(row.reference, token, { ...json, idType: "passport", idNumber: "B7654321" }));
    expect(passport.body.version).toBe(2);
    expect((await prisma.declaration.findUniqueOrThrow({ where: { id: row.id } })).idType).toBe("passport");
  });
});
