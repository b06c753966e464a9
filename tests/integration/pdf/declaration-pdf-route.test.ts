// GET /api/v1/declarations/{reference}/pdf, called as Next calls it (the exported handler, a Request, the params):
// who gets Tờ khai 01 and who gets the one 404 that never tells whether the declaration exists.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma, type StaffUser } from "@/lib/server/db/client";
import { authorizePdfRequest, serveDeclarationPdf } from "@/lib/server/pdf/serve-declaration-pdf";
import { pdfToText } from "@/tests/fixtures/declaration-pdf";
import { createStaffUser, principalOf } from "@/tests/factories/staff";
import { createTestDeclaration } from "./declarations";

// The session is injected where next-auth would produce it: auth() answers what the test says, and the real
// getStaffPrincipal() turns it into a principal, re-checked in the database (next-auth itself does not load in Vitest).
const session = vi.hoisted(() => ({ user: null as { id: string; sessionVersion: number } | null, calls: 0 }));
vi.mock("@/lib/server/auth/auth", () => ({
  auth: async () => {
    session.calls += 1;
    const user = session.user;
    if (!user) return null;
    // A signed-in staff cookie names a StaffSession row, which the re-check reads.
    const { prisma: db } = await import("@/lib/server/db/client");
    const row = await db.staffSession.create({ data: { staffUserId: user.id } });
    return { kind: "staff", principalId: user.id, staffSessionId: row.id, sessionVersion: user.sessionVersion, expires: "2099-01-01T00:00:00.000Z" };
  },
}));

const { GET } = await import("@/app/api/v1/declarations/[reference]/pdf/route");

afterAll(() => prisma.$disconnect());

const flatten = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ");

function get(reference: string, init: { token?: string; cookie?: string; query?: string; ifNoneMatch?: string } = {}): Promise<Response> {
  const headers = new Headers({ "user-agent": "vitest", "x-forwarded-for": "203.0.113.7" });
  if (init.ifNoneMatch) headers.set("if-none-match", init.ifNoneMatch);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.cookie) headers.set("cookie", init.cookie);
  const url = `http://localhost/api/v1/declarations/${encodeURIComponent(reference)}/pdf${init.query ?? ""}`;
  return GET(new Request(url, { headers }), { params: Promise.resolve({ reference }) });
}

async function expectNotFound(response: Response): Promise<string> {
  expect(response.status).toBe(404);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect(response.headers.get("content-type")).not.toContain("pdf");
  return response.text();
}

let declaration: Awaited<ReturnType<typeof createTestDeclaration>>;
let other: Awaited<ReturnType<typeof createTestDeclaration>>;
let officer: StaffUser;
let supervisor: StaffUser;
let otherOfficeOfficer: StaffUser;
let admin: StaffUser;
let notFoundBody: string;

beforeAll(async () => {
  declaration = await createTestDeclaration(prisma, { seed: 4201, fullName: "Nguyễn Thị Ngọc Hường" });
  other = await createTestDeclaration(prisma, { seed: 4202, withPortrait: false });
  officer = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
  supervisor = await createStaffUser(prisma, { role: "supervisor", officeCode: "0101" });
  otherOfficeOfficer = await createStaffUser(prisma, { role: "officer", officeCode: "7901" });
  admin = await createStaffUser(prisma, { role: "admin", officeCode: null });
});

beforeEach(() => {
  session.user = null;
  session.calls = 0;
});

describe("authorizePdfRequest", () => {
  const receiving = { officeCode: "0101" };
  it("lets the declarer in by their token, and staff only within their office scope", () => {
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: true, principal: null })).toEqual({ kind: "declarer" });
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: null })).toBeNull();
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: principalOf(officer) })).toMatchObject({ kind: "staff" });
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: principalOf(supervisor) })).toMatchObject({ kind: "staff" });
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: principalOf(admin) })).toMatchObject({ kind: "staff" });
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: principalOf(otherOfficeOfficer) })).toBeNull();
    // A temporary password is replaced before anything else, the PDF included.
    const mustChange = { ...principalOf(officer), mustChangePassword: true };
    expect(authorizePdfRequest({ declaration: receiving, declarerAccess: false, principal: mustChange })).toBeNull();
  });
});

describe("GET /api/v1/declarations/{reference}/pdf", () => {
  it("refuses a request without credentials with a 404, asking the session only then", async () => {
    notFoundBody = await expectNotFound(await get(declaration.reference));
    // The public API's problem body, in the language asked for (Vietnamese by default).
    expect(JSON.parse(notFoundBody)).toMatchObject({ code: "notFound", message: expect.stringContaining("Không tìm thấy hồ sơ") });
    expect(session.calls).toBe(1);
  });

  it("gives the declarer with the right token the PDF, inline, kept on their device only if revalidated, without asking for a session", async () => {
    const response = await get(declaration.reference, { token: declaration.accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="to-khai-01-${declaration.reference}.pdf"`);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.headers.get("content-length")).toBe(String(body.length));
    const text = flatten(await pdfToText(body));
    expect(text).toContain(declaration.reference);
    expect(text).toContain("1. Họ và tên: NGUYỄN THỊ NGỌC HƯỜNG");
    expect(session.calls).toBe(0);
    // The declarer's own downloads are not staff access: no audit row.
    expect(await prisma.auditEvent.count({ where: { declarationId: declaration.id, type: "declaration.pdfDownloaded" } })).toBe(0);
  });

  it("also takes the web cookie, a reference typed in lower case, and ?download=1 for an attachment", async () => {
    const cookie = `other=1; bhxh_decl_${declaration.reference}=${encodeURIComponent(declaration.accessToken)}`;
    const response = await get(declaration.reference.toLowerCase(), { cookie, query: "?download=1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="to-khai-01-${declaration.reference}.pdf"`);
  });

  it("gives every refusal the same 404 as an unknown reference", async () => {
    const wrongToken = await expectNotFound(await get(declaration.reference, { token: `${declaration.accessToken.slice(0, -2)}xx` }));
    const someoneElsesToken = await expectNotFound(await get(declaration.reference, { token: other.accessToken }));
    const cookieOfAnother = await expectNotFound(await get(declaration.reference, { cookie: `bhxh_decl_${other.reference}=${other.accessToken}` }));
    const unknown = await expectNotFound(await get("TK-2345-6789", { token: declaration.accessToken }));
    const malformed = await expectNotFound(await get("../../etc/passwd", { token: declaration.accessToken }));
    const badEncoding = await expectNotFound(await get("%E0%A4%A", { token: declaration.accessToken }));
    for (const body of [wrongToken, someoneElsesToken, cookieOfAnother, unknown, malformed, badEncoding]) expect(body).toBe(notFoundBody);
  });

  it("refuses staff of another office with the same 404", async () => {
    session.user = otherOfficeOfficer;
    expect(await expectNotFound(await get(declaration.reference))).toBe(notFoundBody);
    expect(session.calls).toBe(1);
  });

  it("gives staff of the receiving office the PDF, and records the download in the audit trail", async () => {
    session.user = officer;
    const response = await get(declaration.reference, { query: "?download=1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const events = await prisma.auditEvent.findMany({ where: { declarationId: declaration.id, type: "declaration.pdfDownloaded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorType: "staff",
      actorId: officer.id,
      officeCode: "0101",
      ip: "203.0.113.7",
      userAgent: "vitest",
      data: { reference: declaration.reference, version: 1, download: true },
    });
  });

  it("never lets staff answers be stored, answers their revalidation with 304 and still records the viewing", async () => {
    session.user = supervisor;
    const first = await get(declaration.reference);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const again = await get(declaration.reference, { ifNoneMatch: first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe("private, no-store");
    const events = await prisma.auditEvent.findMany({ where: { declarationId: declaration.id, actorId: supervisor.id, type: "declaration.pdfDownloaded" }, orderBy: { id: "asc" } });
    expect(events.map((event) => (event.data as { notModified?: boolean }).notModified ?? false)).toEqual([false, true]);
  });

  it("gives an admin the PDF of any office", async () => {
    session.user = admin;
    const response = await get(declaration.reference);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="to-khai-01-${declaration.reference}.pdf"`);
    expect(await prisma.auditEvent.count({ where: { declarationId: declaration.id, actorId: admin.id, type: "declaration.pdfDownloaded" } })).toBe(1);
  });

  it("serves the same bytes to the declarer and to staff, download after download", async () => {
    const first = Buffer.from(await (await get(declaration.reference, { token: declaration.accessToken })).arrayBuffer());
    session.user = supervisor;
    const second = Buffer.from(await (await get(declaration.reference)).arrayBuffer());
    expect(second.equals(first)).toBe(true);
  });

  it("reads the staff member through getStaffPrincipal: a disabled user's session gets the 404", async () => {
    const disabled = await createStaffUser(prisma, { role: "officer", officeCode: "0101", disabledAt: new Date() });
    session.user = disabled;
    expect(await expectNotFound(await get(declaration.reference))).toBe(notFoundBody);
    // An ended session (sessionVersion bumped by a password reset) likewise.
    session.user = { ...officer, sessionVersion: officer.sessionVersion - 1 };
    expect(await expectNotFound(await get(declaration.reference))).toBe(notFoundBody);
    expect(session.calls).toBe(2);
  });

  it("answers a calm 500, never a stack trace, when the photo store fails", async () => {
    const failing = { get: async () => Promise.reject(new Error("S3 unreachable")), put: async () => {}, delete: async () => {} };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const request = new Request(`http://localhost/api/v1/declarations/${declaration.reference}/pdf`, {
      headers: { authorization: `Bearer ${declaration.accessToken}` },
    });
    const response = await serveDeclarationPdf(request, declaration.reference, { getPrincipal: async () => null, storage: failing });
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ code: "internalError" });
    expect(body).not.toContain("S3 unreachable");
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
