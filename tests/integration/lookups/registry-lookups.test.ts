// The registry look-ups on a real PostgreSQL, through their route handlers: medical facilities and
// employers found by unaccented or accented words of the name (the generated "nameSearch" column agreeing
// with registrySearchKey), by exact tax code, with filters; keyset paging without duplicates or gaps;
// the query limits; the API contract (schemas, ETag/304, Cache-Control, Vary, problems per language) and
// the per-address rate limit.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { GET as employersRoute } from "@/app/api/v1/lookups/employers/route";
import { GET as facilitiesRoute } from "@/app/api/v1/lookups/medical-facilities/route";
import { encodeRegistryCursor, REGISTRY_NAME_MAX_LENGTH, REGISTRY_PAGE_SIZE, registrySearchKey } from "@/lib/domain/registry-search";
import { ZEmployersLookupResponseSchema, ZFacilitiesLookupResponseSchema } from "@/lib/schemas/registry-lookups";
import { prisma } from "@/lib/server/db/client";
import { monthOf } from "@/lib/domain/months";
import { LOOKUP_RATE_LIMITS } from "@/lib/server/lookups/limits";
import { hitRateLimit } from "@/lib/server/rate-limit";

afterAll(() => prisma.$disconnect());

const BASE = "http://localhost:3000";
let sequence = 0;
const newIp = () => `2001:db8:7${(sequence++ % 0xfff).toString(16)}:${randomUUID().slice(0, 4)}::1`;
/** A made-up word (letters only) no other test's names contain, so each test owns its rows. */
const newToken = () => `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 6)}${String.fromCharCode(97 + (sequence++ % 26))}`;
let codeCounter = 0;
const facilityCode = (province: string) => `${province}${String(100 + (codeCounter++ % 900))}`;
const employerCode = () => `ZT${Date.now().toString(36).toUpperCase()}${codeCounter++}`;

type FacilityInput = { name: string; provinceCode?: string; level?: "primary" | "basic" | "specialized"; bhytContracted?: boolean; issuesSickLeave?: boolean };
const facilityCodes: string[] = [];
async function facility(input: FacilityInput): Promise<string> {
  const provinceCode = input.provinceCode ?? "01";
  // Facility codes are 5 digits: retry the rare collision with another test's row.
  for (;;) {
    const code = facilityCode(provinceCode);
    const created = await prisma.medicalFacility.createMany({
      data: [{ code, name: input.name, address: `Số 1 phố ${input.name}`, level: input.level ?? "basic", provinceCode, bhytContracted: input.bhytContracted ?? true, issuesSickLeave: input.issuesSickLeave ?? true }],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      facilityCodes.push(code);
      return code;
    }
  }
}

async function employer(name: string, taxCode: string | null, provinceCode = "79"): Promise<string> {
  const code = employerCode();
  await prisma.employer.create({ data: { code, name, taxCode, address: `Lô 2, KCN ${name}`, provinceCode } });
  return code;
}

afterAll(async () => {
  await prisma.medicalFacility.deleteMany({ where: { code: { in: facilityCodes } } });
});

function get(route: (r: Request) => Promise<Response>, path: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return route(new Request(`${BASE}${path}?${new URLSearchParams(params).toString()}`, { headers: { "x-forwarded-for": newIp(), ...headers } }));
}
const facilities = (params: Record<string, string>, headers?: Record<string, string>) => get(facilitiesRoute, "/api/v1/lookups/medical-facilities", params, headers);
const employers = (params: Record<string, string>, headers?: Record<string, string>) => get(employersRoute, "/api/v1/lookups/employers", params, headers);

async function facilityPage(params: Record<string, string>) {
  const res = await facilities(params);
  expect(res.status, await res.clone().text()).toBe(200);
  return ZFacilitiesLookupResponseSchema.parse(await res.json());
}
async function employerPage(params: Record<string, string>) {
  const res = await employers(params);
  expect(res.status, await res.clone().text()).toBe(200);
  return ZEmployersLookupResponseSchema.parse(await res.json());
}

describe("the generated nameSearch column", () => {
  it("is the text registrySearchKey makes from the name, however the name was written", async () => {
    const names = [
      "Bệnh viện Đa khoa TỈNH ĐỒNG NAI (cơ sở 2)",
      "Trạm Y tế số 1, phường Hà Đông",
      "Cong ty TNHH May mặc Việt–Hàn",
      "Bệnh viện Bạch Mai".normalize("NFD"), // decomposed: combining marks as separate code points
      "  Công   ty  Cổ phần Điện lực Ðà Nẵng  ",
      "Phòng khám đa khoa Quốc tế Hồng Ngọc – Phúc Trường Minh",
    ];
    for (const name of names) {
      const code = await facility({ name });
      const row = await prisma.medicalFacility.findUniqueOrThrow({ where: { code }, select: { nameSearch: true } });
      expect(row.nameSearch, name).toBe(registrySearchKey(name));
    }
    const generated = await prisma.$queryRaw<{ table: string; attgenerated: string }[]>`
      SELECT attrelid::regclass::text AS "table", attgenerated::text AS attgenerated FROM pg_attribute
      WHERE attname = 'nameSearch' AND attrelid IN ('"MedicalFacility"'::regclass, '"Employer"'::regclass)`;
    expect(generated.map((g) => g.attgenerated)).toEqual(["s", "s"]);
  });
});

describe("GET /api/v1/lookups/medical-facilities", () => {
  it("finds a facility by words of its name typed with or without diacritics, in any case and order", async () => {
    const token = newToken();
    const code = await facility({ name: `Bệnh viện Hữu nghị Việt Đức ${token}` });
    await facility({ name: `Bệnh viện Hữu nghị ${token}`, provinceCode: "79" }); // another province
    for (const name of [`viet duc ${token}`, `Việt Đức ${token}`, `${token.toUpperCase()} HUU NGHI duc`, `benh vien ${token}`]) {
      const page = await facilityPage({ provinceCode: "01", name });
      expect(page.facilities.map((f) => f.code), name).toEqual([code]);
    }
    // A word of one or two letters is still required ("y" is not in the name).
    expect((await facilityPage({ provinceCode: "01", name: `${token} y` })).facilities).toEqual([]);
    expect((await facilityPage({ provinceCode: "01", name: `${token} vi` })).facilities.map((f) => f.code)).toEqual([code]);
  });

  it("filters by level, BHYT contract and sick-leave certificates, and describes each facility", async () => {
    const token = newToken();
    const a = await facility({ name: `Trạm Y tế ${token} A`, level: "primary", bhytContracted: true, issuesSickLeave: false });
    const b = await facility({ name: `Bệnh viện ${token} B`, level: "specialized", bhytContracted: false, issuesSickLeave: true });
    const c = await facility({ name: `Trung tâm Y tế ${token} C`, level: "basic", bhytContracted: true, issuesSickLeave: true });
    const codes = async (params: Record<string, string>) => (await facilityPage({ provinceCode: "01", name: token, ...params })).facilities.map((f) => f.code);
    expect(await codes({})).toEqual([b, a, c]); // name order: "benh vien…", "tram y te…", "trung tam…"
    expect(await codes({ level: "primary" })).toEqual([a]);
    expect(await codes({ bhytContracted: "1" })).toEqual([a, c]);
    expect(await codes({ bhytContracted: "false" })).toEqual([b]);
    expect(await codes({ issuesSickLeave: "true", bhytContracted: "1" })).toEqual([c]);
    const [first] = (await facilityPage({ provinceCode: "01", name: token, level: "primary" })).facilities;
    expect(first).toEqual({ code: a, name: `Trạm Y tế ${token} A`, address: `Số 1 phố Trạm Y tế ${token} A`, level: "primary", provinceCode: "01", bhytContracted: true, issuesSickLeave: false });
  });

  it("pages by an opaque cursor in name order, without a duplicate or a gap, also among equal names", async () => {
    const token = newToken();
    const created: string[] = [];
    // 2.5 pages; every third name repeats, so the order falls back to the code.
    for (let i = 0; i < REGISTRY_PAGE_SIZE * 2 + 10; i++) created.push(await facility({ name: `Phòng khám ${token} ${String(Math.floor(i / 3)).padStart(2, "0")}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await facilityPage({ provinceCode: "01", name: token, ...(cursor ? { cursor } : {}) });
      expect(page.facilities.length).toBeLessThanOrEqual(REGISTRY_PAGE_SIZE);
      seen.push(...page.facilities.map((f) => f.code));
      cursor = page.nextCursor;
      if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    const expected = await prisma.medicalFacility.findMany({ where: { code: { in: created } }, select: { code: true, nameSearch: true } });
    expected.sort((x, y) => (x.nameSearch! < y.nameSearch! ? -1 : x.nameSearch! > y.nameSearch! ? 1 : x.code < y.code ? -1 : 1));
    expect(seen).toEqual(expected.map((e) => e.code));
  });

  it("refuses a bad query with a 400 problem in the caller's language, not cached", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{}, "queryParamRequired", "provinceCode"],
      [{ provinceCode: "1" }, "queryParamInvalid", "provinceCode"],
      [{ provinceCode: "01", name: "ab" }, "queryParamInvalid", "name"],
      [{ provinceCode: "01", name: "x".repeat(REGISTRY_NAME_MAX_LENGTH + 1) }, "queryParamInvalid", "name"],
      [{ provinceCode: "01", level: "central" }, "queryParamInvalid", "level"],
      [{ provinceCode: "01", bhytContracted: "yes" }, "queryParamInvalid", "bhytContracted"],
      [{ provinceCode: "01", cursor: "not-a-cursor" }, "queryParamInvalid", "cursor"],
      [{ provinceCode: "01", cursor: encodeRegistryCursor({ nameSearch: "a", code: "01001" }).slice(0, -3) }, "queryParamInvalid", "cursor"],
    ];
    for (const [params, code, param] of cases) {
      const res = await facilities(params, { "accept-language": "en" });
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("vary")).toBe("Accept-Language, X-Lang");
      const body = (await res.json()) as { code: string; message: string; errors: { param: string; message: string }[] };
      expect(body.code, JSON.stringify(params)).toBe(code);
      expect(body.message).toContain(param);
      expect(body.errors[0]!.param).toBe(param);
    }
    const short = async (lang: string) => ((await (await facilities({ provinceCode: "01", name: "ab" }, { "x-lang": lang })).json()) as { errors: { message: string }[] }).errors[0]!.message;
    expect(await short("en")).toBe("Enter at least 3 letters or digits of the name");
    expect(await short("vi")).toBe("Nhập ít nhất 3 chữ cái hoặc chữ số của tên");
  });
});

describe("GET /api/v1/lookups/employers", () => {
  it("finds an employer by its exact tax code (spaces and dots ignored), never by part of it", async () => {
    const token = newToken();
    const taxCode = `03${String(Date.now()).slice(-8)}`;
    const code = await employer(`Công ty TNHH ${token}`, taxCode);
    const branch = await employer(`Chi nhánh Công ty TNHH ${token}`, `${taxCode}-001`, "01");
    expect((await employerPage({ q: taxCode })).employers.map((e) => e.code)).toEqual([code]);
    expect((await employerPage({ q: `${taxCode.slice(0, 4)} ${taxCode.slice(4, 7)}.${taxCode.slice(7)}` })).employers.map((e) => e.code)).toEqual([code]);
    expect((await employerPage({ q: `${taxCode}-001` })).employers.map((e) => e.code)).toEqual([branch]);
    expect((await employerPage({ q: taxCode, provinceCode: "01" })).employers).toEqual([]);
    const partial = await employers({ q: taxCode.slice(0, 8) });
    expect(partial.status).toBe(400);
    expect(((await partial.json()) as { errors: { param: string }[] }).errors[0]!.param).toBe("q");
  });

  it("finds employers by words of the name with or without diacritics, optionally within a province", async () => {
    const token = newToken();
    const hcm = await employer(`Công ty Cổ phần May mặc Đồng Tiến ${token}`, null, "79");
    const hn = await employer(`Công ty TNHH May ${token} Hà Nội`, null, "01");
    const names = async (params: Record<string, string>) => (await employerPage(params)).employers.map((e) => e.code);
    expect(await names({ q: `may ${token}` })).toEqual([hcm, hn]);
    expect(await names({ q: `MAY MẶC đồng tiến ${token}` })).toEqual([hcm]);
    expect(await names({ q: `may ${token}`, provinceCode: "01" })).toEqual([hn]);
    expect(await names({ q: `${token} ha noi` })).toEqual([hn]);
  });

  it("tells whether an employer participates from its periods, and nothing about its workers", async () => {
    const token = newToken();
    const open = await employer(`Công ty ${token} đang đóng`, null);
    const closed = await employer(`Công ty ${token} đã dừng`, null);
    const none = await employer(`Công ty ${token} mới`, null);
    const bhxhCode = `56${String(Date.now()).slice(-8)}`;
    await prisma.participant.create({ data: { bhxhCode, fullName: "Nguyễn Văn An", fullNameSearch: "nguyen van an", dateOfBirth: new Date("1990-01-01T00:00:00Z"), sex: "male", address: "TP.HCM" } });
    const period = (employerCode: string, toMonth: string | null, n: number) => ({
      sourceId: `${bhxhCode}-${n}`, bhxhCode, scheme: "compulsorySocial" as const, fromMonth: "2015-01", toMonth, employerCode, salaryBasis: 8_000_000n, rateBasisPoints: 2550,
    });
    await prisma.participationPeriod.createMany({
      data: [period(open, null, 1), period(closed, "2019-12", 2), period(open, "2014-12", 3), period(closed, monthOf(new Date(Date.now() - 62 * 24 * 3600 * 1000)), 4)],
    });
    const page = await employerPage({ q: `cong ty ${token}` });
    expect(Object.fromEntries(page.employers.map((e) => [e.code, e.participationStatus]))).toEqual({ [open]: "participating", [closed]: "notParticipating", [none]: "notParticipating" });
    for (const e of page.employers) expect(Object.keys(e).sort()).toEqual(["address", "code", "name", "participationStatus", "provinceCode", "taxCode"]);
    // A period ending this month still counts.
    await prisma.participationPeriod.create({ data: period(closed, monthOf(new Date()), 5) });
    expect((await employerPage({ q: `cong ty ${token} da dung` })).employers[0]!.participationStatus).toBe("participating");
  });

  it("answers the same cacheable bytes in every language: ETag, 304, public s-maxage, Vary on encoding only", async () => {
    const token = newToken();
    await employer(`Công ty ${token}`, null);
    const vi = await employers({ q: token }, { "accept-language": "vi" });
    const ja = await employers({ q: token }, { "x-lang": "ja" });
    expect(vi.status).toBe(200);
    expect(await vi.clone().text()).toBe(await ja.text());
    const etag = vi.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(ja.headers.get("etag")).toBe(etag);
    expect(vi.headers.get("cache-control")).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
    expect(vi.headers.get("vary")).toBe("Accept-Encoding");
    const again = await employers({ q: token }, { "if-none-match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(vi.headers.get("cache-control"));
    expect(await again.text()).toBe("");
    // Another answer, another tag.
    await employer(`Công ty ${token} thứ hai`, null);
    expect((await employers({ q: token }, { "if-none-match": etag })).status).toBe(200);
  });

  it("refuses an address past its limit with 429 and Retry-After, for both registries, never cached", async () => {
    const ip = newIp();
    const rule = LOOKUP_RATE_LIMITS.registrySearchPerIp;
    for (let i = 0; i < rule.limit; i++) await hitRateLimit(rule, ip);
    for (const res of [await employers({ q: "cong ty" }, { "x-forwarded-for": ip, "x-lang": "en" }), await facilities({ provinceCode: "01" }, { "x-forwarded-for": ip, "x-lang": "en" })]) {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(((await res.json()) as { code: string }).code).toBe("lookupRateLimited");
    }
    // Another address is not affected.
    expect((await employers({ q: "cong ty" })).status).toBe(200);
  });
});
