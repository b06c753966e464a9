// Reading declarations from the citizen's side, and the cached reference data behind the form's selects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { getDeclarationForDeclarer, getDeclarationStatusForDeclarer, lookupDeclarationStatus } from "@/lib/server/declarations/get-declaration-for-declarer";
import { submitDeclaration, type DeclarationCreatedBody } from "@/lib/server/declarations/submit-declaration";
import { invalidateReferenceDataCache, listCommunes, listOffices, listProvinces } from "@/lib/server/reference-data";
import type { PersonFixture } from "@/tests/factories/people";
import { basicPhotos, declarationJson, newIp, newPerson, uploads } from "./support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

afterAll(() => prisma.$disconnect());

let person: PersonFixture;
let sent: DeclarationCreatedBody;
beforeAll(async () => {
  person = newPerson();
  const result = await answered(submitDeclaration({ json: declarationJson(person), files: uploads(await basicPhotos()), ip: newIp(), userAgent: "vitest" }));
  if (!result.ok) throw new Error(JSON.stringify(result.body));
  sent = result.body;
});

describe("getDeclarationForDeclarer", () => {
  it("gives the whole declaration to its token: fields as the form takes them, office, address names, photo metadata", async () => {
    const d = await getDeclarationForDeclarer(sent.reference.toLowerCase(), sent.accessToken);
    expect(d).toMatchObject({
      reference: sent.reference,
      status: "submitted",
      version: 1,
      fullName: person.fullName,
      dateOfBirth: person.dateOfBirth,
      idIssueDate: person.idIssueDate,
      idNumber: person.idNumber,
      phone: person.phone,
      officeCode: "0101",
      office: { code: "0101", name: sent.office.name, address: sent.office.address, phone: expect.any(String) },
      address: { provinceCode: "01", provinceName: "Thành phố Hà Nội", communeCode: "00004", communeName: "Phường Ba Đình", street: "Số 12 ngõ 34 phố Đội Cấn" },
      decidedAt: null,
      filesPurgedAt: null,
    });
    expect(d!.submittedAt.toISOString()).toBe(sent.submittedAt);
    expect(d!.files.map((f) => f.kind).sort()).toEqual(["idBack", "idFront", "portrait"]);
    expect(d!.files[0]).toEqual({ kind: expect.any(String), mediaType: "image/jpeg", bytes: expect.any(Number), width: expect.any(Number), height: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), storageKey: expect.stringMatching(/^declarations\//) });
  });

  it("gives nothing for a wrong token, a missing one, another reference, or a malformed one", async () => {
    expect(await getDeclarationForDeclarer(sent.reference, "A".repeat(43))).toBeNull();
    expect(await getDeclarationForDeclarer(sent.reference, null)).toBeNull();
    expect(await getDeclarationForDeclarer("TK-2222-2222", sent.accessToken)).toBeNull();
    expect(await getDeclarationForDeclarer("drop table", sent.accessToken)).toBeNull();
    expect(await getDeclarationStatusForDeclarer(sent.reference, sent.accessToken)).toMatchObject({ reference: sent.reference, status: "submitted" });
    expect(await getDeclarationStatusForDeclarer(sent.reference, "x")).toBeNull();
  });
});

describe("lookupDeclarationStatus", () => {
  it("finds the status for the reference and ID number as typed, and nothing personal", async () => {
    const view = await lookupDeclarationStatus(` ${sent.reference.replace(/-/g, " ").toLowerCase()} `, `${person.idNumber.slice(0, 4)}.${person.idNumber.slice(4)}`);
    expect(view).toEqual({
      reference: sent.reference,
      status: "submitted",
      version: 1,
      submittedAt: new Date(sent.submittedAt),
      expiresAt: new Date(sent.expiresAt),
      office: sent.office,
      decidedAt: null,
      rejectionReason: null,
      rejectionReasonCode: null,
    });
  });

  it("reads a burst of look-ups in one statement, each answered as the declarer's own view (Prisma's) is, whatever the process's time zone", async () => {
    const other = newPerson();
    const second = await answered(submitDeclaration({ json: declarationJson(other), files: uploads(await basicPhotos()), ip: newIp(), userAgent: "vitest" }));
    if (!second.ok) throw new Error(JSON.stringify(second.body));
    await prisma.declaration.update({ where: { reference: second.body.reference }, data: { status: "rejected", decidedAt: new Date("2026-11-30T17:30:00.123Z"), rejectionReasonCode: "photoUnclear", rejectionReason: "Ảnh mờ" } });
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Ho_Chi_Minh";
    try {
      const asked = [[sent.reference, person.idNumber], [second.body.reference, other.idNumber], ["TK-2222-2222", person.idNumber], [second.body.reference, person.idNumber], [sent.reference, person.idNumber]] as const;
      const views = await Promise.all(asked.map(([reference, idNumber]) => lookupDeclarationStatus(reference, idNumber)));
      const own = await getDeclarationStatusForDeclarer(sent.reference, sent.accessToken);
      const otherOwn = await getDeclarationStatusForDeclarer(second.body.reference, second.body.accessToken);
      expect(otherOwn).toMatchObject({ status: "rejected", decidedAt: new Date("2026-11-30T17:30:00.123Z"), rejectionReason: "Ảnh mờ" });
      expect(views).toEqual([own, otherOwn, null, null, own]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("answers null alike for a wrong pair, an unknown reference and empty input", async () => {
    expect(await lookupDeclarationStatus(sent.reference, "001190099999")).toBeNull();
    expect(await lookupDeclarationStatus("TK-2222-2222", person.idNumber)).toBeNull();
    expect(await lookupDeclarationStatus(sent.reference, "")).toBeNull();
    expect(await lookupDeclarationStatus("", "")).toBeNull();
  });
});

describe("reference data", () => {
  it("lists the 34 provinces and a province's communes by Vietnamese name", async () => {
    expect(await listProvinces()).toHaveLength(34);
    const communes = await listCommunes("01");
    expect(communes.length).toBeGreaterThan(100);
    const names = communes.map((c) => c.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "vi"))).toEqual(names);
    expect(await listCommunes("99")).toEqual([]);
  });

  it("puts the offices covering the commune first, and sees an office closed once the cache is invalidated", async () => {
    const offices = await listOffices("01", "00004");
    expect(offices[0]).toMatchObject({ code: "0101", coversCommune: true });
    expect(offices.slice(1).every((o) => !o.coversCommune)).toBe(true);
    expect((await listOffices("01")).every((o) => !o.coversCommune)).toBe(true);

    await prisma.office.update({ where: { code: "0104" }, data: { active: false } });
    try {
      expect((await listOffices("01")).map((o) => o.code)).toContain("0104"); // cached
      invalidateReferenceDataCache();
      expect((await listOffices("01")).map((o) => o.code)).not.toContain("0104");
    } finally {
      await prisma.office.update({ where: { code: "0104" }, data: { active: true } });
      invalidateReferenceDataCache();
    }
  });
});
