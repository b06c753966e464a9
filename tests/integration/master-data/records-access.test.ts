// The holder's records: every query is scoped by the signed-in account's BHXH code, so another citizen's
// card, periods, benefits and visits never come back; the printed statement answers 404 to anyone but
// the holder (anonymous, another citizen's session is simply theirs, an officer); views are recorded for the holder.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { participationTotals } from "@/lib/domain/months";
import { parseBhytQr } from "@/lib/domain/qr-payloads";
import { prisma } from "@/lib/server/db/client";
import { getBenefitPayments } from "@/lib/server/records/get-benefit-payments";
import { getHealthCard } from "@/lib/server/records/get-health-card";
import { getParticipationHistory } from "@/lib/server/records/get-participation-history";
import { getMedicalVisit, listMedicalVisits, VISITS_PAGE_SIZE } from "@/lib/server/records/medical-visits";
import { listRecordViews, recordView } from "@/lib/server/records/record-views";
import { createMasterRecords, type MasterRecordsFixture } from "@/tests/factories/master-data";
import { createStaffUser } from "@/tests/factories/staff";
import { pdfPageToPng, pdfToText } from "@/tests/fixtures/declaration-pdf";
import { createAccount, type TestAccount } from "../accounts/helpers";

const session = vi.hoisted(() => ({ value: null as Record<string, unknown> | null }));
vi.mock("@/lib/server/auth/auth", () => ({ auth: async () => session.value }));

const { GET: getStatement } = await import("@/app/(citizen)/tai-khoan/qua-trinh-tham-gia/ban-in/route");

const TODAY = new Date("2026-12-01T03:00:00Z");
let holder: TestAccount;
let other: TestAccount;
let holderRecords: MasterRecordsFixture;
let otherRecords: MasterRecordsFixture;
let holderDevice: string;

async function signedInDevice(account: TestAccount): Promise<string> {
  await prisma.account.update({ where: { id: account.id }, data: { mustChangePassword: false } });
  const device = await prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Chrome · Android" } });
  return device.id;
}

const person = async (account: TestAccount) => {
  const p = await prisma.participant.findUniqueOrThrow({ where: { bhxhCode: account.bhxhCode } });
  return { bhxhCode: p.bhxhCode, dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10), sex: p.sex };
};

beforeAll(async () => {
  // Born long enough before TODAY that the career (from 18–24 years old) has begun: a random birth
  // year reaches 2007, and someone born in the mid-2000s has no period yet, so no statement (a 404).
  holder = await createAccount({ mustChangePassword: false, person: { dateOfBirth: "1986-03-14" } });
  other = await createAccount({ mustChangePassword: false, person: { dateOfBirth: "1979-09-30" } });
  holderRecords = await createMasterRecords(prisma, await person(holder), { today: TODAY, seed: 11 });
  otherRecords = await createMasterRecords(prisma, await person(other), { today: TODAY, seed: 12 });
  holderDevice = await signedInDevice(holder);
});

beforeEach(() => {
  session.value = null;
});

afterAll(() => prisma.$disconnect());

describe("scoped by the holder's BHXH code", () => {
  it("gives the holder their own card, with a QR that reads back as their card", async () => {
    const card = await getHealthCard(holder.bhxhCode, TODAY);
    expect(card?.cardNumber).toBe(holderRecords.card.cardNumber);
    expect(card?.fullName).toBe(holder.fullName);
    const parsed = parseBhytQr(card!.qrPayload);
    expect(parsed).toMatchObject({ ok: true, value: { cardNumber: holderRecords.card.cardNumber, fullName: holder.fullName } });
    expect((await getHealthCard(other.bhxhCode, TODAY))?.cardNumber).toBe(otherRecords.card.cardNumber);
    expect(await getHealthCard("0000000001", TODAY)).toBeNull();
  });

  it("lists only the holder's periods, with totals computed over all of them", async () => {
    const history = await getParticipationHistory(holder.bhxhCode, {}, TODAY);
    expect(history.periods.map((p) => p.fromMonth).sort()).toEqual(holderRecords.periods.map((p) => p.fromMonth).sort());
    expect(history.totals).toEqual(participationTotals(holderRecords.periods, "2026-12"));
    const health = await getParticipationHistory(holder.bhxhCode, { scheme: "health" }, TODAY);
    expect(health.periods.every((p) => p.scheme === "health")).toBe(true);
    expect(health.totals).toEqual(history.totals);
  });

  it("lists only the holder's benefits", async () => {
    const years = await getBenefitPayments(holder.bhxhCode);
    const amounts = years.flatMap((y) => y.kinds.flatMap((k) => k.payments.map((p) => p.amount))).sort();
    expect(amounts).toEqual(holderRecords.benefits.map((b) => b.amount).sort());
  });

  it("never returns another person's visit by its id", async () => {
    const theirs = (await listMedicalVisits(other.bhxhCode)).visits[0]!;
    expect(await getMedicalVisit(other.bhxhCode, theirs.id)).not.toBeNull();
    expect(await getMedicalVisit(holder.bhxhCode, theirs.id)).toBeNull();
    expect(await getMedicalVisit(holder.bhxhCode, "not-a-number")).toBeNull();
  });

  it("pages visits newest first by keyset, each visit once", async () => {
    // Enough visits for three pages, some on the same day (the id breaks the tie).
    const extra = Array.from({ length: 2 * VISITS_PAGE_SIZE + 3 }, (_, i) => ({
      ...holderRecords.visits[0]!,
      sourceId: `${holderRecords.visits[0]!.sourceId}-extra-${i}`,
      admittedOn: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3))),
      dischargedOn: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3))),
    }));
    await prisma.medicalVisit.createMany({ data: extra });
    const total = await prisma.medicalVisit.count({ where: { bhxhCode: holder.bhxhCode } });
    const seen: { id: string; admittedOn: Date }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listMedicalVisits(holder.bhxhCode, cursor);
      expect(page.visits.length).toBeLessThanOrEqual(VISITS_PAGE_SIZE);
      seen.push(...page.visits);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((v) => v.id)).size).toBe(total);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.admittedOn.getTime() > b.admittedOn.getTime() || (a.admittedOn.getTime() === b.admittedOn.getTime() && BigInt(a.id) > BigInt(b.id))).toBe(true);
    }
  });
});

describe("the printed statement", () => {
  const get = () => getStatement(new Request("http://localhost/tai-khoan/qua-trinh-tham-gia/ban-in", { headers: { "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) Chrome/130.0.0.0 Mobile Safari/537.36" } }));

  it("answers 404 to an anonymous visitor and to an officer", async () => {
    expect((await get()).status).toBe(404);
    const officer = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
    session.value = { kind: "staff", principalId: officer.id, sessionVersion: 0 };
    expect((await get()).status).toBe(404);
  });

  it("gives the holder their own statement, with a QR of its reference, and records the view", async () => {
    session.value = { kind: "citizen", principalId: holder.id, deviceSessionId: holderDevice };
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const reference = /filename="(QT-\d{8}-[0-9A-F]{8})\.pdf"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
    expect(reference).toBeDefined();
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = (await pdfToText(pdf)).normalize("NFC");
    expect(text).toContain(holder.fullName);
    expect(text).toContain(holder.bhxhCode);
    expect(text).not.toContain(other.bhxhCode);
    const wasm = readFileSync(path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm"));
    await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
    const results = await readBarcodes(new Uint8Array(await pdfPageToPng(pdf, { dpi: 150 })), { formats: ["QRCode"], tryHarder: true });
    expect(results.map((r) => r.text)).toEqual([reference]);
    const views = await listRecordViews(holder.id);
    expect(views[0]).toMatchObject({ page: "statement", deviceLabel: expect.stringContaining("Android") });
  }, 60_000);
});

describe("record views", () => {
  it("lists the holder's views, newest first, and nobody else's", async () => {
    const request = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1" };
    await recordView(other.id, "card", request);
    await recordView(other.id, "visits", request);
    const views = await listRecordViews(other.id);
    expect(views.map((v) => v.page)).toEqual(["visits", "card"]);
    expect(views[0]!.deviceLabel).toContain("iOS");
    expect((await listRecordViews(holder.id)).some((v) => v.page === "visits")).toBe(false);
    // Not in the officer audit trail.
    expect(await prisma.auditEvent.count({ where: { actorId: other.id } })).toBe(0);
  });
});
