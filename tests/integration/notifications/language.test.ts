// The person's language (issue 14): a declaration remembers the language it was made in; every email
// about it (received, approval, rejection, reminder, expiry) is written in that language, while the SMS
// stay unaccented Vietnamese. Real PostgreSQL, the real services.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalog";
import { prisma } from "@/lib/server/db/client";
import { openStored } from "@/lib/server/notifications/secret-box";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { rejectDeclaration } from "@/lib/server/declarations/reject-declaration";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { createDeclaration, createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffUser, principalOf } from "@/tests/factories/staff";
import { basicPhotos, declarationJson, newIp, newPerson, uploads } from "../declarations/support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

const info = { ip: "203.0.113.9", userAgent: "vitest language" };
let officer: StaffPrincipal;

beforeAll(async () => {
  officer = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: "0101" }));
});
afterAll(() => prisma.$disconnect());

async function messagesOf(declarationId: string, template: string) {
  const rows = await prisma.notification.findMany({ where: { declarationId, template } });
  const sms = rows.find((r) => r.channel === "sms");
  const email = rows.find((r) => r.channel === "email");
  if (!sms || !email) throw new Error(`expected an SMS and an email for ${template}`);
  return { sms, email };
}

const GSM_SAFE = /^[A-Za-z0-9 !"#$%&'()*+,\-./:;<=>?@_\n]*$/;

describe("the person's language", () => {
  it("is recorded with a declaration sent in Korean; the first email (the address confirmation) is Korean, the SMS Vietnamese", async () => {
    const result = await answered(submitDeclaration({ json: declarationJson(newPerson()), files: uploads(await basicPhotos()), ip: newIp(), userAgent: "vitest", locale: "ko" }), "ko");
    if (!result.ok) throw new Error(`expected 201, got ${result.status}: ${JSON.stringify(result.body)}`);
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
    expect(row.locale).toBe("ko");
    // The "received" email waits for the address to be confirmed (decision 0011): at sending, the address gets
    // only the confirmation email, in the person's language; the "received" SMS goes at once, in Vietnamese.
    const sms = await prisma.notification.findFirstOrThrow({ where: { declarationId: row.id, template: "declarationReceived", channel: "sms" } });
    const email = await prisma.notification.findFirstOrThrow({ where: { declarationId: row.id, template: "emailConfirmation", channel: "email" } });
    expect(email.subject).toBe(catalogs.notifications.ko.emailConfirmSubject.replace("{reference}", row.reference));
    expect(email.html).toContain('<html lang="ko"');
    expect(sms.body).toMatch(GSM_SAFE);
    expect(sms.body).toContain("Da nhan to khai");
  });

  it("defaults to Vietnamese when no language is given", async () => {
    const result = await answered(submitDeclaration({ json: declarationJson(newPerson()), files: uploads(await basicPhotos()), ip: newIp(), userAgent: "vitest" }));
    if (!result.ok) throw new Error(`expected 201, got ${result.status}`);
    expect((await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } })).locale).toBe("vi");
  });

  it("writes the approval email in Japanese for a declaration made in Japanese; the SMS stays Vietnamese", async () => {
    const d = await createDeclaration(prisma, { locale: "ja", email: "ja@example.com" });
    await createMatchingParticipant(prisma, d);
    expect(await approveDeclaration(officer, { reference: d.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, info)).toMatchObject({ ok: true });
    const { sms, email } = await messagesOf(d.id, "approval");
    expect(email.subject).toBe(catalogs.notifications.ja.approvalSubject);
    // The approval carries the temporary password: sealed at rest, opened to send.
    const text = openStored(sms).body;
    expect(text).toMatch(GSM_SAFE);
    expect(text).toContain(d.bhxhCode);
  });

  it("gives the rejection reason in the person's language in the email, and in Vietnamese in the SMS", async () => {
    const d = await createDeclaration(prisma, { locale: "ko", email: "ko@example.com" });
    expect(await rejectDeclaration(officer, { reference: d.reference, expectedVersion: 1, reasonCode: "unclearPhoto", note: "Ảnh mờ" }, info)).toMatchObject({ ok: true });
    const { sms, email } = await messagesOf(d.id, "rejection");
    expect(email.body).toContain(catalogs.validation.ko.rejectionReason_unclearPhoto);
    expect(email.body).toContain(catalogs.notifications.ko.rejectionHeading);
    expect(sms.body).toMatch(GSM_SAFE);
    // Whichever of the SMS forms fits one segment (with the reason or only the link), it is Vietnamese.
    expect(sms.body).toMatch(new RegExp(`^BHXH: To khai ${d.reference} chua duoc`));
  });

  it("treats an unknown stored language as Vietnamese", async () => {
    const d = await createDeclaration(prisma, { locale: "xx", email: "xx@example.com" });
    expect(await rejectDeclaration(officer, { reference: d.reference, expectedVersion: 1, reasonCode: "notSigned", note: "" }, info)).toMatchObject({ ok: true });
    const { email } = await messagesOf(d.id, "rejection");
    expect(email.subject).toBe(catalogs.notifications.vi.rejectionSubject.replace("{reference}", d.reference));
  });
});
