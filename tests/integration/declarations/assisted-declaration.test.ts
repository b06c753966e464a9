// An assisted declaration (issue 12): an officer keys in Tờ khai 01 for the person at the counter through the
// same submitDeclaration as online — same schema, rules and phone confirmation — with the officer recorded,
// the officer's office as the receiving office, and the supervisor's overview counting it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, type StaffUser } from "@/lib/server/db/client";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { getOfficeOverview } from "@/lib/server/back-office/office-overview";
import { createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffUser, principalOf } from "@/tests/factories/staff";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "./support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

let officerA: StaffPrincipal; // 0101
let supervisorA: StaffPrincipal;
let admin: StaffPrincipal;
let photos: PhotoSet;

beforeAll(async () => {
  const users: StaffUser[] = await Promise.all([
    createStaffUser(prisma, { role: "officer", officeCode: "0101" }),
    createStaffUser(prisma, { role: "supervisor", officeCode: "0101" }),
    createStaffUser(prisma, { role: "admin", officeCode: null }),
  ]);
  [officerA, supervisorA, admin] = users.map(principalOf) as [StaffPrincipal, StaffPrincipal, StaffPrincipal];
  photos = await basicPhotos();
});

afterAll(() => prisma.$disconnect());

const assisted = (staff: StaffPrincipal, json: unknown, ip = "198.51.100.20") =>
  answered(submitDeclaration({ json, files: uploads(photos), ip, userAgent: "vitest counter", assisted: { staff } }));

describe("assisted declaration", () => {
  it("is refused to an administrator (no office, no counter)", async () => {
    await expect(assisted(admin, declarationJson(newPerson()))).rejects.toThrow(/officers and supervisors/);
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
    expect(await prisma.notification.count({ where: { declarationId: row.id, template: "declarationReceived", recipient: row.phone } })).toBe(1);

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
});
