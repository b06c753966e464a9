// An assisted declaration (issue 12): an officer keys in Tờ khai 01 for the person at the counter through the
// same submitDeclaration as online — same schema, rules and phone confirmation — with the officer recorded,
// the officer's office as the receiving office, and the supervisor's overview counting it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { registerDeclarationPhone } from "@/lib/server/declarations/register-declaration-phone";
import { verifiedPhoneToken } from "@/tests/fixtures/declaration-json";
import { getOfficeOverview } from "@/lib/server/back-office/office-overview";
import { createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffCast } from "@/tests/factories/staff";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "./support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

let officerA: StaffPrincipal; // 0101
let supervisorA: StaffPrincipal;
let officerB: StaffPrincipal; // 7901, another province
let admin: StaffPrincipal;
let photos: PhotoSet;

beforeAll(async () => {
  ({ officerA, supervisorA, admin, officerB } = await createStaffCast(prisma, ["officerA", "supervisorA", "admin", "officerB"]));
  photos = await basicPhotos();
});

afterAll(() => prisma.$disconnect());

const assisted = (staff: StaffPrincipal, json: unknown, ip = "198.51.100.20", idempotencyKey?: string) =>
  answered(submitDeclaration({ json, files: uploads(photos), ip, userAgent: "vitest counter", assisted: { staff }, idempotencyKey }));

/** The JSON the counter form sends for a person without a mobile phone (decision 0021). */
const noPhoneJson = (person = newPerson()) => {
  const json = declarationJson(person, { phoneVerificationToken: undefined, noPhone: true });
  delete json.phone;
  return json;
};
const ticked = { originalIdChecked: true, declarationSigned: true };

describe("assisted declaration", () => {
  it("is refused to an administrator (no office, no counter)", async () => {
    await expect(assisted(admin, declarationJson(newPerson()))).rejects.toThrow(/officers and supervisors/);
  });

  it("is allowed to an officer of any office, whose own office receives it", async () => {
    const result = await assisted(officerB, declarationJson(newPerson()));
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    expect(result.body.office.code).toBe("7901");
    expect(await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } })).toMatchObject({ officeCode: "7901", assistedById: officerB.id });
  });

  it("goes through the same rules: an unconfirmed phone and invalid fields are refused as online", async () => {
    const noToken = await assisted(officerA, declarationJson(newPerson(), { phoneVerificationToken: undefined }));
    expect(noToken).toMatchObject({ ok: false, status: 422, body: { errors: [{ path: "phoneVerificationToken" }] } });
    const badName = await assisted(officerA, declarationJson(newPerson(), { fullName: "<b>x</b>" }));
    expect(badName).toMatchObject({ ok: false, status: 422 });
  });

  it("records who keyed it in, takes the officer's office, audits the officer, and can be approved in the same visit", async () => {
    const before = await getOfficeOverview(supervisorA, "0101");
    const json = declarationJson(newPerson(), { officeCode: "7901" });
    const result = await assisted(officerA, json);
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
    expect(row).toMatchObject({ assistedById: officerA.id, officeCode: "0101", status: "submitted" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id, type: "declaration.submitted" } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: officerA.id, officeCode: "0101" });
    expect(audit.data).toMatchObject({ assisted: true });
    // The "received" SMS still goes to the person's confirmed phone.
    expect(await prisma.notification.count({ where: { declarationId: row.id, template: "declarationReceived", recipient: row.phone! } })).toBe(1);

    await createMatchingParticipant(prisma, row);
    const approved = await approveDeclaration(officerA, { reference: row.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, { ip: null, userAgent: null });
    expect(approved).toMatchObject({ ok: true });

    const after = await getOfficeOverview(supervisorA, "0101");
    expect(after!.today.assisted - before!.today.assisted).toBe(1);
    expect(after!.today.received - before!.today.received).toBe(1);
  });

  it("counts against the officer, not the counter's shared address", async () => {
    // Twelve from one IP would pass the per-IP limit of online sends only if the officer's own limit applies instead.
    const ip = newIp();
    for (let i = 0; i < 11; i++) {
      const result = await assisted(supervisorA, declarationJson(newPerson()), ip);
      expect(result.ok, JSON.stringify(!result.ok && result.body)).toBe(true);
    }
  });

  it("an online declaration is not counted as assisted", async () => {
    const before = await getOfficeOverview(supervisorA, "0101");
    const online = await answered(submitDeclaration({ json: declarationJson(newPerson()), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
    expect(online.ok).toBe(true);
    const after = await getOfficeOverview(supervisorA, "0101");
    expect(after!.today.assisted).toBe(before!.today.assisted);
    expect(after!.today.received - before!.today.received).toBe(1);
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: online.ok ? online.body.reference : "" } });
    expect(row.assistedById).toBeNull();
  });

  it("a double click (the same Idempotency-Key) is one declaration, answered twice with the same reference", async () => {
    const json = declarationJson(newPerson());
    const key = `assisted-${json.idNumber}`;
    const [first, second] = await Promise.all([assisted(officerA, json, undefined, key), assisted(officerA, json, undefined, key)]);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first.body, second.body]));
    expect(second.body.reference).toBe(first.body.reference);
    expect(await prisma.declaration.count({ where: { idNumber: String(json.idNumber) } })).toBe(1);
  });
});

describe("assisted declaration without a phone (decision 0021)", () => {
  it("is refused online: 'noPhone' is a counter answer only, the phone stays required", async () => {
    const online = await answered(submitDeclaration({ json: noPhoneJson(), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
    expect(online).toMatchObject({ ok: false, status: 422, body: { errors: [{ path: "phone" }] } });
  });

  it("is stored without a phone, sends no SMS, and cannot be approved: no account until a confirmed number", async () => {
    const result = await assisted(officerA, noPhoneJson());
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
    expect(row).toMatchObject({ phone: null, noPhone: true, assistedById: officerA.id, status: "submitted" });
    expect(await prisma.notification.count({ where: { declarationId: row.id, channel: "sms" } })).toBe(0);
    // The email (given here) still carries the confirmation link: contact by email.
    expect(await prisma.notification.count({ where: { declarationId: row.id, channel: "email" } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id, type: "declaration.submitted" } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: officerA.id });
    expect(audit.data).toMatchObject({ assisted: true, noPhone: true });

    await createMatchingParticipant(prisma, row);
    const approved = await approveDeclaration(officerA, { reference: row.reference, expectedVersion: 1, checklist: ticked }, { ip: null, userAgent: null });
    expect(approved).toMatchObject({ ok: false, code: "noConfirmedPhone" });
    expect(await prisma.declaration.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "submitted", decidedAt: null });
    expect(await prisma.account.count({ where: { bhxhCode: row.bhxhCode } })).toBe(0);
  });

  it("without an email either: nothing is sent at all, and the declaration still waits at the counter", async () => {
    const json = noPhoneJson();
    delete json.email;
    json.emailCopy = false;
    const result = await assisted(supervisorA, json);
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
    expect(row).toMatchObject({ phone: null, email: null });
    expect(await prisma.notification.count({ where: { declarationId: row.id } })).toBe(0);
  });

  it("a confirmed number registered by an officer of the receiving office unblocks approval; the account gets that number", async () => {
    const person = newPerson();
    const result = await assisted(officerA, noPhoneJson(person));
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
    await createMatchingParticipant(prisma, row);
    const info = { ip: "198.51.100.21", userAgent: "vitest counter" };
    const input = { reference: row.reference, expectedVersion: 1, phoneVerificationToken: verifiedPhoneToken(person.phone) };

    // Another office's officer learns nothing; an unconfirmed number is refused; nothing changes.
    expect(await registerDeclarationPhone(officerB, input, info)).toMatchObject({ ok: false, code: "notFound" });
    expect(await registerDeclarationPhone(admin, input, info)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await registerDeclarationPhone(officerA, { ...input, phoneVerificationToken: "pv1.x.y" }, info)).toMatchObject({ ok: false, code: "phoneVerificationRequired" });
    expect((await prisma.declaration.findUniqueOrThrow({ where: { id: row.id } })).phone).toBeNull();

    expect(await registerDeclarationPhone(officerA, input, info)).toMatchObject({ ok: true, phone: person.phone });
    expect(await registerDeclarationPhone(officerA, input, info)).toMatchObject({ ok: false, code: "phoneAlreadyRegistered" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id, type: "declaration.phoneRegistered" } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: officerA.id, officeCode: "0101" });
    // The "received" SMS the person never had, now to the confirmed number, in the same transaction.
    expect(await prisma.notification.count({ where: { declarationId: row.id, channel: "sms", template: "declarationReceived", recipient: person.phone } })).toBe(1);

    const approved = await approveDeclaration(officerA, { reference: row.reference, expectedVersion: 1, checklist: ticked }, { ip: null, userAgent: null });
    expect(approved).toMatchObject({ ok: true });
    expect(await prisma.account.findUniqueOrThrow({ where: { bhxhCode: row.bhxhCode } })).toMatchObject({ phone: person.phone, status: "active" });
  });
});
