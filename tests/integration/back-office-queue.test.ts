// The counter's queue on a real database: scope first, then every kind of search, the default
// order, filters, counts, urgency, and keyset paging that stays stable while declarations arrive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { countOfficeQueue, findReferenceInScope, searchOfficeQueue, decodeCursor, encodeCursor } from "@/lib/server/declarations/office-queue";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { createDeclaration } from "@/tests/factories/declarations";
import { vn } from "@/tests/support/vietnam-time";
import { createStaffUser, principalOf } from "@/tests/factories/staff";
import { createRng } from "@/tests/factories/random";

// An office no other test file uses, so counts and pages are exactly ours.
const OFFICE = "0103";
const OTHER = "0100";
let officer: StaffPrincipal;
let neighbour: StaffPrincipal;
let admin: StaffPrincipal;
const rng = createRng(5);
const DAY = 24 * 3600 * 1000;
const base = Date.now() - 5 * DAY;
const at = (minutes: number) => new Date(base + minutes * 60_000);

beforeAll(async () => {
  officer = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: OFFICE }));
  neighbour = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: OTHER }));
  admin = principalOf(await createStaffUser(prisma, { role: "admin", officeCode: null }));
});

afterAll(() => prisma.$disconnect());

describe("scope", () => {
  it("an officer of another office sees none of these rows, whatever the filters; an admin chooses the office", async () => {
    const d = await createDeclaration(prisma, { officeCode: OFFICE, rng, person: { fullName: "Trịnh Thị Phạm Vi" } });
    for (const q of [d.reference, d.idNumber, d.phone!, d.bhxhCode, "pham vi", ""]) {
      const page = await searchOfficeQueue(neighbour, { q, status: "all", officeCode: OFFICE });
      expect(page.items.find((i) => i.id === d.id)).toBeUndefined();
    }
    expect(await findReferenceInScope(neighbour, d.reference)).toBeNull();
    expect(await findReferenceInScope(officer, d.reference.replaceAll("-", "").toLowerCase())).toBe(d.reference);
    expect((await searchOfficeQueue(admin, { q: d.reference, officeCode: OFFICE })).items.map((i) => i.id)).toEqual([d.id]);
    expect((await searchOfficeQueue(admin, { q: d.reference })).items.map((i) => i.id)).toEqual([d.id]);
    expect((await searchOfficeQueue(admin, { q: d.reference, officeCode: OTHER })).items).toEqual([]);
    await prisma.declaration.delete({ where: { id: d.id } });
  });
});

describe("search", () => {
  it("finds a declaration by each identifier, typed as people type them", async () => {
    const d = await createDeclaration(prisma, {
      officeCode: OFFICE,
      rng,
      person: { fullName: "Nguyễn Thị Hường", idNumber: "001190099999", bhxhCode: "0112233445", phone: "+84912000111" },
    });
    const spaced = d.reference.replaceAll("-", " ").toLowerCase();
    const cases = [d.reference, spaced, "001 190 099 999", "0112233445", "0912 000 111", "+84912000111", "84 912 000 111"];
    for (const q of cases) {
      const page = await searchOfficeQueue(officer, { q });
      expect(page.items.map((i) => i.id), q).toEqual([d.id]);
      expect(page.status).toBe("all");
    }
  });

  it("finds names with or without diacritics, in any case, word by word", async () => {
    const huong = await createDeclaration(prisma, { officeCode: OFFICE, rng, person: { fullName: "Đặng Thị Ngọc Hường" } });
    const huongOther = await createDeclaration(prisma, { officeCode: OTHER, rng, person: { fullName: "Đặng Thị Ngọc Hường" } });
    const thuong = await createDeclaration(prisma, { officeCode: OFFICE, rng, person: { fullName: "Lê Văn Thương" } });
    const ids = async (q: string) => (await searchOfficeQueue(officer, { q })).items.map((i) => i.id);
    expect(await ids("dang thi ngoc huong")).toEqual([huong.id]);
    expect(await ids("Đặng Thị Ngọc Hường")).toEqual([huong.id]);
    expect(await ids("DANG HUONG")).toEqual([huong.id]);
    expect(await ids("huong dang")).toEqual([huong.id]);
    expect(await ids("dặng ngoc")).toEqual([huong.id]);
    expect((await ids("thuong")).sort()).toEqual([thuong.id]);
    expect(await ids("nguyen van khong co")).toEqual([]);
    expect(await ids("dang thi ngoc huong")).not.toContain(huongOther.id);
  });
});

describe("the waiting queue", () => {
  it("defaults to 'submitted', oldest first, counts each status and highlights deadlines close or past", async () => {
    const office = "0105";
    const me = principalOf(await createStaffUser(prisma, { role: "supervisor", officeCode: office }));
    const now = vn("2026-06-15T10:00:00");
    const fresh = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: vn("2026-06-14T10:00:00") }); // last day 24/06
    const soon = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: vn("2026-06-07T09:00:00") }); // last day 17/06, reminded 15/06 08:00
    const overdue = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: vn("2026-06-04T23:59:59") }); // last day 14/06
    const approved = await createDeclaration(prisma, { officeCode: office, rng, status: "approved", submittedAt: vn("2026-06-12T10:00:00") });
    await createDeclaration(prisma, { officeCode: office, rng, status: "rejected" });

    const page = await searchOfficeQueue(me, {}, { now });
    expect(page.status).toBe("submitted");
    expect(page.order).toBe("asc");
    expect(page.items.map((i) => [i.id, i.urgency])).toEqual([
      [overdue.id, "overdue"],
      [soon.id, "expiringSoon"],
      [fresh.id, "none"],
    ]);
    const decided = await searchOfficeQueue(me, { status: "approved" });
    expect(decided.items.map((i) => i.id)).toEqual([approved.id]);
    expect(await countOfficeQueue(me, {})).toEqual({ submitted: 3, approved: 1, rejected: 1, expired: 0, withdrawn: 0, all: 5 });
  });

  it("filters by the Vietnamese calendar dates of sending", async () => {
    const office = "0102";
    const me = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: office }));
    // 23:30 on 1 March in Vietnam is 16:30 UTC; 00:30 on 2 March is 17:30 UTC on 1 March.
    const late = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: new Date("2026-03-01T16:30:00Z") });
    const early = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: new Date("2026-03-01T17:30:00Z") });
    const lastInstant = await createDeclaration(prisma, { officeCode: office, rng, submittedAt: vn("2026-03-01T23:59:59.999") });
    const ids = async (from?: string, to?: string) => (await searchOfficeQueue(me, { status: "all", from, to })).items.map((i) => i.id);
    expect((await ids("2026-03-01", "2026-03-01")).sort()).toEqual([late.id, lastInstant.id].sort());
    expect(await ids("2026-03-02", "2026-03-02")).toEqual([early.id]);
    expect((await ids("2026-03-01", "2026-03-02")).sort()).toEqual([late.id, lastInstant.id, early.id].sort());
    expect((await countOfficeQueue(me, { from: "2026-03-02" })).all).toBe(1);
  });
});

describe("keyset pagination", () => {
  it("walks every row exactly once while new declarations arrive, with ties on submittedAt", async () => {
    const office = "0104";
    const me = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: office }));
    const created: string[] = [];
    // 23 rows, several sharing the same instant (ties are broken by id).
    for (let i = 0; i < 23; i++) created.push((await createDeclaration(prisma, { officeCode: office, rng, submittedAt: at(Math.floor(i / 3)) })).id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await searchOfficeQueue(me, {}, { cursor, pageSize: 5 });
      seen.push(...page.items.map((i) => i.id));
      // Meanwhile people keep sending declarations (newer ones go to the end of the queue)…
      created.push((await createDeclaration(prisma, { officeCode: office, rng, submittedAt: new Date() })).id);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 50);

    expect(new Set(seen).size).toBe(seen.length); // no duplicates
    expect(seen.slice(0, 23).sort()).toEqual(created.slice(0, 23).sort()); // none of the first 23 skipped
    expect(created.filter((id) => !seen.includes(id)).length).toBeLessThanOrEqual(1); // only the very last arrival may be missed

    // Newest first (any status): a page after the cursor is unaffected by arrivals at the top.
    const first = await searchOfficeQueue(me, { status: "all" }, { pageSize: 10 });
    await createDeclaration(prisma, { officeCode: office, rng, submittedAt: new Date() });
    const second = await searchOfficeQueue(me, { status: "all" }, { pageSize: 10, cursor: first.nextCursor! });
    expect(first.order).toBe("desc");
    expect(second.items.some((i) => first.items.some((f) => f.id === i.id))).toBe(false);
    expect(second.items[0]!.submittedAt.getTime()).toBeLessThanOrEqual(first.items.at(-1)!.submittedAt.getTime());
  });

  it("round-trips cursors and ignores tampered ones", () => {
    const c = encodeCursor(new Date("2026-01-02T03:04:05.678Z"), "3b241101-e2bb-4255-8caf-4136c566a962");
    expect(decodeCursor(c)).toEqual({ submittedAt: new Date("2026-01-02T03:04:05.678Z"), id: "3b241101-e2bb-4255-8caf-4136c566a962" });
    expect(decodeCursor("bm9wZQ")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01|x'; drop table").toString("base64url"))).toBeNull();
  });
});
