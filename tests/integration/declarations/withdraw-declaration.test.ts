// Withdrawing a pending declaration on real PostgreSQL: who may (first), the declarer's two proofs (access
// or ID number, plus a fresh confirmation of the declared phone), the notice and audit written with the
// status, a second withdrawal, a new declaration for the same ID afterwards, and the API's answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, type Declaration } from "@/lib/server/db/client";
import { recordAuditEvent, verifyAuditChain } from "@/lib/server/audit";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { withdrawDeclarationAtCounter, withdrawDeclarationByDeclarer, WITHDRAW_PER_IP } from "@/lib/server/declarations/withdraw-declaration";
import { handleWithdrawForm } from "@/lib/server/back-office/withdraw-form";
import { POST as withdrawRoute } from "@/app/api/v1/declarations/[reference]/withdraw/route";
import { createDeclaration } from "@/tests/factories/declarations";
import { createStaffCast } from "@/tests/factories/staff";
import { verifiedPhoneToken } from "@/tests/fixtures/declaration-json";
import { basicPhotos, declarationJson, newIp, newPerson, uploads, type PhotoSet } from "./support/declaration-fixtures";
import { answered } from "@/tests/support/answered";

let officerA: StaffPrincipal; // 0101
let supervisorA: StaffPrincipal;
let officerB: StaffPrincipal; // 7901
let admin: StaffPrincipal;
let mustChange: StaffPrincipal;
let photos: PhotoSet;

const info = () => ({ ip: newIp(), userAgent: "vitest withdraw" });

beforeAll(async () => {
  ({ officerA, supervisorA, officerB, admin, mustChange } = await createStaffCast(prisma, ["officerA", "supervisorA", "officerB", "admin", "mustChange"]));
  photos = await basicPhotos();
});

afterAll(() => prisma.$disconnect());

/** A declaration sent through the real service: its row and the access token the declarer holds. */
async function sent(person = newPerson()) {
  const result = await answered(submitDeclaration({ json: declarationJson(person), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
  if (!result.ok) throw new Error(`expected 201, got ${result.status}: ${JSON.stringify(result.body)}`);
  const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference } });
  return { row, token: result.accessToken, person };
}

async function rowsOf(d: Pick<Declaration, "id">) {
  const [declaration, audit, notifications] = await Promise.all([
    prisma.declaration.findUniqueOrThrow({ where: { id: d.id } }),
    prisma.auditEvent.findMany({ where: { declarationId: d.id, type: "declaration.withdrawn" } }),
    prisma.notification.findMany({ where: { declarationId: d.id, template: "declarationWithdrawn" } }),
  ]);
  return { declaration, audit, notifications };
}

describe("permissions: withdrawal at the counter", () => {
  it("is refused to an officer of another office as if the declaration did not exist, and changes nothing", async () => {
    const d = await createDeclaration(prisma);
    expect(await withdrawDeclarationAtCounter(officerB, { reference: d.reference, reasonCode: "changedMind" }, info())).toEqual({ ok: false, code: "notFound" });
    const rows = await rowsOf(d);
    expect(rows.declaration.status).toBe("submitted");
    expect(rows.audit).toHaveLength(0);
    expect(rows.notifications).toHaveLength(0);
  });

  it("is refused to an administrator and to an officer who must change a temporary password", async () => {
    const d = await createDeclaration(prisma);
    for (const who of [admin, mustChange]) {
      expect(await withdrawDeclarationAtCounter(who, { reference: d.reference, reasonCode: "changedMind" }, info())).toEqual({ ok: false, code: "forbidden" });
    }
    expect((await rowsOf(d)).declaration.status).toBe("submitted");
  });

  it("is done by an officer or a supervisor of the receiving office, with the reason, the officer, the notice and the audit event", async () => {
    for (const who of [officerA, supervisorA]) {
      const d = await createDeclaration(prisma, { email: "nguoi.khai@example.vn" });
      const result = await withdrawDeclarationAtCounter(who, { reference: d.reference.toLowerCase(), reasonCode: "wrongOffice", expectedVersion: 1 }, info());
      expect(result).toMatchObject({ ok: true, status: "withdrawn", reference: d.reference });
      const rows = await rowsOf(d);
      expect(rows.declaration).toMatchObject({ status: "withdrawn", withdrawnReason: "wrongOffice", withdrawnById: who.id });
      expect(rows.declaration.withdrawnAt).toBeInstanceOf(Date);
      expect(rows.audit).toHaveLength(1);
      expect(rows.audit[0]).toMatchObject({ actorType: "staff", actorId: who.id, officeCode: "0101" });
      expect(rows.audit[0]!.data).toMatchObject({ reasonCode: "wrongOffice", by: "counter" });
      // The email was never confirmed: SMS only.
      expect(rows.notifications.map((n) => n.channel)).toEqual(["sms"]);
      expect(rows.notifications[0]!.recipient).toBe(d.phone);
      expect(rows.notifications[0]!.body).toContain(d.reference);
    }
  });

  it("writes the status, the notice and the audit event in one transaction: a notice that cannot be written leaves nothing", async () => {
    // A row whose phone the outbox refuses (cannot happen through the services) makes the notice throw.
    const d = await createDeclaration(prisma, { phone: "not-a-phone" });
    await expect(withdrawDeclarationAtCounter(officerA, { reference: d.reference, reasonCode: "other" }, info())).rejects.toThrow(/mobile number/);
    const rows = await rowsOf(d);
    expect(rows.declaration).toMatchObject({ status: "submitted", withdrawnAt: null, withdrawnReason: null });
    expect(rows.audit).toHaveLength(0);
  });

  it("refuses a page opened on an older version", async () => {
    const d = await createDeclaration(prisma, { version: 2 });
    expect(await withdrawDeclarationAtCounter(officerA, { reference: d.reference, reasonCode: "other", expectedVersion: 1 }, info())).toMatchObject({ ok: false, code: "notPending" });
  });
});

describe("the counter form", () => {
  const form = (d: Declaration, fields: Record<string, string>) => {
    const data = new FormData();
    data.set("reference", d.reference);
    data.set("expectedVersion", String(d.version));
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it("needs a reason from the list and the officer's confirmation; an admin is refused before anything is read", async () => {
    const d = await createDeclaration(prisma);
    expect(await handleWithdrawForm(officerA, form(d, { reasonCode: "changedMind" }), info())).toEqual({
      ok: false,
      formError: "officer.errorSummaryTitle",
      errors: { confirm: "officer.withdrawConfirmRequired" },
    });
    expect(await handleWithdrawForm(officerA, form(d, { reasonCode: "unclearPhoto", confirm: "yes" }), info())).toMatchObject({
      ok: false,
      errors: { withdrawReasonCode: "officer.withdrawReasonRequired" },
    });
    expect(await handleWithdrawForm(admin, form(d, { reasonCode: "changedMind", confirm: "yes" }), info())).toMatchObject({ ok: false, formError: expect.stringMatching(/^officer\.authError_/) });
    expect(await handleWithdrawForm(officerB, form(d, { reasonCode: "changedMind", confirm: "yes" }), info())).toMatchObject({ ok: false, formError: "officer.withdrawError_notFound" });
    expect((await rowsOf(d)).declaration.status).toBe("submitted");
    expect(await handleWithdrawForm(officerA, form(d, { reasonCode: "duplicate", confirm: "yes" }), info())).toEqual({ ok: true, reference: d.reference });
    expect(await handleWithdrawForm(officerA, form(d, { reasonCode: "duplicate", confirm: "yes" }), info())).toMatchObject({ ok: false, formError: "officer.withdrawError_notPending" });
  });
});

describe("withdrawal by the declarer", () => {
  it("needs a fresh confirmation of the declared phone: none, another number's or an expired one is refused and nothing is written", async () => {
    const { row, token } = await sent();
    const otherPhone = row.phone === "+84981234567" ? "0981234568" : "0981234567";
    const expired = verifiedPhoneToken(row.phone!, new Date(Date.now() - 24 * 3600 * 1000));
    const cases: [unknown, string][] = [
      [undefined, "phoneVerificationRequired"],
      ["pv1.forged.token", "phoneVerificationRequired"],
      [verifiedPhoneToken(otherPhone), "phoneVerificationMismatch"],
      [expired, "phoneVerificationExpired"],
    ];
    for (const [phoneVerificationToken, code] of cases) {
      const result = await withdrawDeclarationByDeclarer({ reference: row.reference, proof: { token }, phoneVerificationToken }, info());
      expect(result).toEqual({ ok: false, code });
    }
    const rows = await rowsOf(row);
    expect(rows.declaration.status).toBe("submitted");
    expect(rows.audit).toHaveLength(0);
    expect(rows.notifications).toHaveLength(0);
  });

  it("is not possible with the phone alone: a wrong access token or ID number is 'not found'", async () => {
    const { row } = await sent();
    const phoneVerificationToken = verifiedPhoneToken(row.phone!);
    for (const proof of [{ token: "not-the-token" }, { token: null }, { idNumber: "001099000001" }]) {
      expect(await withdrawDeclarationByDeclarer({ reference: row.reference, proof, phoneVerificationToken }, info())).toEqual({ ok: false, code: "notFound" });
    }
    expect(await withdrawDeclarationByDeclarer({ reference: "TK-0000-0000", proof: { idNumber: row.idNumber }, phoneVerificationToken }, info())).toEqual({ ok: false, code: "notFound" });
  });

  it("withdraws with the access token and the phone confirmation; twice is refused; then the same ID may declare again", async () => {
    const { row, token, person } = await sent();
    // While it is pending, a second declaration for the same ID is refused.
    const blocked = await answered(submitDeclaration({ json: declarationJson(person), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
    expect(blocked).toMatchObject({ ok: false, status: 409 });

    const phoneVerificationToken = verifiedPhoneToken(row.phone!);
    const first = await withdrawDeclarationByDeclarer({ reference: row.reference, proof: { token }, phoneVerificationToken, reasonCode: "mistakeInDeclaration" }, info());
    expect(first).toMatchObject({ ok: true, status: "withdrawn" });
    const rows = await rowsOf(row);
    expect(rows.declaration).toMatchObject({ status: "withdrawn", withdrawnReason: "mistakeInDeclaration", withdrawnById: null });
    expect(rows.audit).toHaveLength(1);
    expect(rows.audit[0]).toMatchObject({ actorType: "citizen", actorId: null });
    expect(rows.audit[0]!.data).toMatchObject({ by: "declarer", reasonCode: "mistakeInDeclaration" });
    expect(rows.notifications.map((n) => n.recipient)).toEqual([row.phone]);

    const second = await withdrawDeclarationByDeclarer({ reference: row.reference, proof: { token }, phoneVerificationToken }, info());
    expect(second).toEqual({ ok: false, code: "notPending", currentStatus: "withdrawn" });
    expect((await rowsOf(row)).audit).toHaveLength(1);

    const again = await answered(submitDeclaration({ json: declarationJson(person), files: uploads(photos), ip: newIp(), userAgent: "vitest" }));
    expect(again).toMatchObject({ ok: true, status: 201 });
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });

  it("withdraws from /tra-cuu with the ID number instead of the access token; the confirmed email gets the notice too", async () => {
    const d = await createDeclaration(prisma, { email: "da.xac.nhan@example.vn" });
    await prisma.$transaction((tx) => recordAuditEvent(tx, { type: "declaration.emailConfirmed", actorType: "citizen", declarationId: d.id, data: { reference: d.reference } }));
    const result = await withdrawDeclarationByDeclarer({ reference: d.reference, proof: { idNumber: ` ${d.idNumber} ` }, phoneVerificationToken: verifiedPhoneToken(d.phone!) }, info());
    expect(result).toMatchObject({ ok: true });
    const channels = (await rowsOf(d)).notifications.map((n) => n.channel).sort();
    expect(channels).toEqual(["email", "sms"]);
  });

  it("is refused for a declaration that is no longer pending", async () => {
    for (const status of ["approved", "rejected", "expired"] as const) {
      const d = await createDeclaration(prisma, { status });
      const result = await withdrawDeclarationByDeclarer({ reference: d.reference, proof: { idNumber: d.idNumber }, phoneVerificationToken: verifiedPhoneToken(d.phone!) }, info());
      expect(result).toEqual({ ok: false, code: "notPending", currentStatus: status });
    }
  });
});

describe("POST /api/v1/declarations/{reference}/withdraw", () => {
  const call = (reference: string, body: unknown, headers: Record<string, string> = {}) =>
    withdrawRoute(
      new Request(`http://localhost/api/v1/declarations/${reference}/withdraw`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": newIp(), ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      { params: Promise.resolve({ reference }) },
    );

  it("answers 422 without a phone confirmation, 404 without the token, 200 with both, 409 the second time", async () => {
    const { row, token } = await sent();
    const bearer = { Authorization: `Bearer ${token}` };
    const missing = await call(row.reference, {}, bearer);
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors[0]).toMatchObject({ path: "phoneVerificationToken", code: "withdraw_phoneVerificationRequired" });
    const notJson = await call(row.reference, "{", bearer);
    expect(notJson.status).toBe(422);

    const body = { phoneVerificationToken: verifiedPhoneToken(row.phone!) };
    expect((await call(row.reference, body)).status).toBe(404);
    const mismatch = await call(row.reference, { phoneVerificationToken: verifiedPhoneToken("0981111222") }, bearer);
    expect(mismatch.status).toBe(422);
    expect((await mismatch.json()).errors[0].code).toBe("phoneVerificationMismatch");

    const ok = await call(row.reference, body, bearer);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ reference: row.reference, status: "withdrawn" });
    const cookie = await call(row.reference, body, { Cookie: `bhxh_decl_${row.reference}=${encodeURIComponent(token)}` });
    expect(cookie.status).toBe(409);
    expect((await cookie.json()).code).toBe("withdrawNotPending");
  });

  it("answers 429 with Retry-After past the per-address limit", async () => {
    const ip = newIp();
    let last: Response | undefined;
    for (let i = 0; i <= WITHDRAW_PER_IP.limit; i++) last = await call("TK-0000-0000", { phoneVerificationToken: "x" }, { "X-Forwarded-For": ip });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
