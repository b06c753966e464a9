// A declaration sent from the VNeID-prefilled wizard records where the identity came from: the level,
// in the row and in the audit event, only when the declared ID number is the one VNeID vouched for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "../declarations/support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

async function send(vneid: { idNumber: string; level: number } | null, person = newPerson()) {
  const result = await answered(submitDeclaration({ json: declarationJson(person), files: uploads(photos), ip: newIp(), userAgent: "vitest", vneid }));
  if (!result.ok) throw new Error(JSON.stringify(result.body));
  const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
  const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "declaration.submitted", declarationId: row.id } });
  return { person, row, event };
}

describe("a declaration from the VNeID-prefilled wizard", () => {
  it("records the VNeID level when the declared ID number is VNeID's", async () => {
    const person = newPerson();
    const { row, event } = await send({ idNumber: person.idNumber, level: 1 }, person);
    expect(row.vneidLevel).toBe(1);
    expect(event.data).toMatchObject({ identityFrom: "vneid", vneidLevel: 1 });
  });

  it("records nothing when the person changed the ID number, or came without VNeID", async () => {
    const changed = await send({ idNumber: "001190099999", level: 2 });
    expect(changed.row.vneidLevel).toBeNull();
    expect(changed.event.data).not.toHaveProperty("identityFrom");
    const plain = await send(null);
    expect(plain.row.vneidLevel).toBeNull();
  });
});
