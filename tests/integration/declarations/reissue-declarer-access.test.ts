// reissueDeclarerAccess on real PostgreSQL ("Tải lại tờ khai" on /tra-cuu): the reference, the ID number and
// a confirmation of the declared phone give the declarer's token back — the one the PDF route accepts —
// and nothing less does; each reissue is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { accessTokenMatches } from "@/lib/server/declarations/declaration-access";
import { reissueDeclarerAccess } from "@/lib/server/declarations/reissue-declarer-access";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { verifiedPhoneToken } from "@/tests/fixtures/declaration-json";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

async function sent() {
  const json = declarationJson(newPerson());
  const result = await submitDeclaration({ json, files: uploads(photos), ip: newIp(), userAgent: "vitest" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
  return { json, row, accessToken: result.accessToken };
}

const info = () => ({ ip: newIp(), userAgent: "vitest" });

describe("reissueDeclarerAccess", () => {
  it("gives back the declarer's token for the reference, the ID number and the declared phone confirmed, and audits it", async () => {
    const { row, accessToken } = await sent();
    const result = await reissueDeclarerAccess({ reference: row.reference.toLowerCase(), idNumber: row.idNumber, phoneVerificationToken: verifiedPhoneToken(row.phone!) }, info());
    expect(result).toEqual({ ok: true, reference: row.reference, accessToken });
    expect(accessTokenMatches((result as { accessToken: string }).accessToken, row.accessTokenHash)).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id, type: "declaration.accessReissued" } });
    expect(event.data).toMatchObject({ reference: row.reference, phoneVerificationId: expect.any(String) });
  });

  it("refuses without the right pair, without a confirmation, or with another phone's, auditing nothing", async () => {
    const { row } = await sent();
    const good = verifiedPhoneToken(row.phone!);
    expect(await reissueDeclarerAccess({ reference: row.reference, idNumber: "001190099999", phoneVerificationToken: good }, info())).toEqual({ ok: false, code: "notFound" });
    expect(await reissueDeclarerAccess({ reference: "TK-2222-3333", idNumber: row.idNumber, phoneVerificationToken: good }, info())).toEqual({ ok: false, code: "notFound" });
    expect(await reissueDeclarerAccess({ reference: row.reference, idNumber: row.idNumber, phoneVerificationToken: undefined }, info())).toEqual({ ok: false, code: "phoneVerificationRequired" });
    expect(await reissueDeclarerAccess({ reference: row.reference, idNumber: row.idNumber, phoneVerificationToken: verifiedPhoneToken("0909000111") }, info())).toEqual({ ok: false, code: "phoneVerificationMismatch" });
    expect(await prisma.auditEvent.count({ where: { declarationId: row.id, type: "declaration.accessReissued" } })).toBe(0);
  });

  it("opens no declaration keyed in without a phone (decision 0021), whatever number is confirmed", async () => {
    const { row } = await sent();
    const confirmed = verifiedPhoneToken(row.phone!);
    await prisma.declaration.update({ where: { id: row.id }, data: { phone: null, noPhone: true } });
    expect(await reissueDeclarerAccess({ reference: row.reference, idNumber: row.idNumber, phoneVerificationToken: confirmed }, info())).toEqual({ ok: false, code: "phoneVerificationMismatch" });
    expect(await prisma.auditEvent.count({ where: { declarationId: row.id, type: "declaration.accessReissued" } })).toBe(0);
  });
});
