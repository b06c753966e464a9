// declarationHistory on real PostgreSQL: what /tra-cuu lists for a declaration — sent, rejected with its
// reason and note, corrected and sent again as version 2 — read from the audit trail, oldest first, and
// nothing else that was recorded about it (views, downloads).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEventNow } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db/client";
import { declarationHistory } from "@/lib/server/declarations/declaration-history";
import { resubmitDeclaration } from "@/lib/server/declarations/resubmit-declaration";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

describe("declarationHistory", () => {
  it("lists the sending, the rejection with its reason and note, and the corrected version 2, oldest first", async () => {
    const json = declarationJson(newPerson());
    const sent = await submitDeclaration({ json, files: uploads(photos), ip: newIp(), userAgent: "vitest" });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const reference = sent.body.reference;
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference } });

    // An officer's view and the rejection, as the back office records them (its service is tested on its own).
    await recordAuditEventNow(prisma, { type: "declaration.viewed", actorType: "staff", declarationId: row.id, data: { reference } });
    await prisma.declaration.update({ where: { id: row.id }, data: { status: "rejected", decidedAt: new Date(), rejectionReasonCode: "unclearPhotos", rejectionReason: "Ảnh mờ" } });
    await recordAuditEventNow(prisma, { type: "declaration.rejected", actorType: "staff", declarationId: row.id, data: { reference, version: 1, reasonCode: "unclearPhotos", note: "Ảnh mờ" } });

    const resent = await resubmitDeclaration({ reference, token: sent.accessToken, json, files: uploads({ portrait: photos.portrait }), ip: newIp(), userAgent: "vitest" });
    if (!resent.ok) throw new Error(JSON.stringify(resent));

    const history = await declarationHistory(reference);
    expect(history.map(({ at: _at, ...entry }) => entry)).toEqual([
      { kind: "submitted", version: 1, reasonCode: null, note: null },
      { kind: "rejected", version: 1, reasonCode: "unclearPhotos", note: "Ảnh mờ" },
      { kind: "resubmitted", version: 2, reasonCode: null, note: null },
    ]);
    expect(history.map((e) => e.at.getTime())).toEqual([...history.map((e) => e.at.getTime())].sort((a, b) => a - b));
  });

  it("is empty for a reference that does not exist", async () => {
    expect(await declarationHistory("TK-2222-3333")).toEqual([]);
  });
});
