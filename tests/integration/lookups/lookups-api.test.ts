// The public look-ups on a real PostgreSQL, through their route handlers: the BHXH-code search (found,
// not found, several → ask for the ID number, masking, accents), its two rate limits and its constant
// answer time; the offices list (communes served, keyset paging, ETag and 304).
import { addressRateLimitSubject } from "@/lib/domain/client-address";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { POST as lookupBhxhCodeRoute } from "@/app/api/v1/lookups/bhxh-code/route";
import { GET as lookupOfficesRoute } from "@/app/api/v1/lookups/offices/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { searchableText } from "@/lib/domain/identifiers";
import { ZBhxhCodeLookupResponseSchema, ZOfficesLookupResponseSchema } from "@/lib/schemas/lookups";
import { prisma } from "@/lib/server/db/client";
import { BHXH_CODE_LOOKUP_FLOOR_MS, lookupBhxhCode } from "@/lib/server/lookups/bhxh-code";
import { LOOKUP_RATE_LIMITS } from "@/lib/server/lookups/limits";
import { OFFICES_PAGE_SIZE } from "@/lib/server/lookups/offices";

afterAll(() => prisma.$disconnect());

const BASE = "http://localhost:3000";
let sequence = 0;
// A valid address of its own /64 each time (the request reads only a valid address; IPv6 counts per /64).
const newIp = () => `2001:db8:${(sequence++ % 0xffff).toString(16)}:${randomUUID().slice(0, 4)}::1`;
/** A birth date nobody else in this file has, so every test owns its subjects. */
const newDate = () => {
  const n = sequence++;
  return `19${String(60 + (n % 40)).padStart(2, "0")}-${String((n % 12) + 1).padStart(2, "0")}-${String((Math.floor(n / 12) % 28) + 1).padStart(2, "0")}`;
};
let codeCounter = 0;
const newCode = () => `55${String(Date.now() % 1_000_000).padStart(6, "0")}${String(codeCounter++).padStart(2, "0")}`;

async function participant(fullName: string, dateOfBirth: string, provinceCode: string, idNumber: string | null = null) {
  const bhxhCode = newCode();
  await prisma.participant.create({
    data: { bhxhCode, fullName, fullNameSearch: searchableText(fullName), dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`), sex: "female", idNumber, address: "Hà Nội", provinceCode },
  });
  return bhxhCode;
}

function post(body: unknown, ip = newIp(), headers: Record<string, string> = {}) {
  return lookupBhxhCodeRoute(
    new Request(`${BASE}/api/v1/lookups/bhxh-code`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function answer(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return ZBhxhCodeLookupResponseSchema.parse(await res.json());
}

describe("POST /api/v1/lookups/bhxh-code", () => {
  it("finds one person's code by accented or unaccented name and masks the name", async () => {
    const dob = newDate();
    const code = await participant("Nguyễn Thị Ngọc Hường", dob, "01");
    for (const fullName of ["Nguyễn Thị Ngọc Hường", "nguyen thi ngoc huong", "  NGUYEN   THI NGOC HUONG "]) {
      const body = await answer(await post({ fullName, dateOfBirth: dob, provinceCode: "01" }));
      expect(body).toMatchObject({ result: "found", bhxhCode: code, maskedName: "N***** T** N*** H****" });
      expect(body.message).toContain("N***** T** N*** H****");
    }
  });

  it("answers not found for another province, another date or another name, with the same body", async () => {
    const dob = newDate();
    await participant("Trần Văn Hùng", dob, "79");
    const bodies = await Promise.all([
      post({ fullName: "Trần Văn Hùng", dateOfBirth: dob, provinceCode: "01" }).then(answer),
      post({ fullName: "Trần Văn Hưng Thịnh", dateOfBirth: dob, provinceCode: "79" }).then(answer),
      post({ fullName: "Trần Văn Hùng", dateOfBirth: "1950-01-01", provinceCode: "79" }).then(answer),
    ]);
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]).toMatchObject({ result: "notFound" });
  });

  it("asks for the ID number when several people match, never listing them; the ID number then picks one", async () => {
    const dob = newDate();
    const first = await participant("Lê Minh Khoa", dob, "48", "048201000777");
    const second = await participant("Lê Minh Khoa", dob, "48", "048201000888");
    const ask = await answer(await post({ fullName: "le minh khoa", dateOfBirth: dob, provinceCode: "48" }));
    expect(ask).toEqual({ result: "needIdNumber", message: expect.stringContaining("CCCD") });
    expect(JSON.stringify(ask)).not.toContain(first);
    expect(JSON.stringify(ask)).not.toContain(second);

    const picked = await answer(await post({ fullName: "le minh khoa", dateOfBirth: dob, provinceCode: "48", idNumber: "048 201 000 888" }));
    expect(picked).toMatchObject({ result: "found", bhxhCode: second });
    const wrongId = await answer(await post({ fullName: "le minh khoa", dateOfBirth: dob, provinceCode: "48", idNumber: "048201000999" }));
    expect(wrongId.result).toBe("notFound");
  });

  it("with diacritics, prefers the exactly spelled record over one that differs only in accents", async () => {
    const dob = newDate();
    const huong = await participant("Phạm Thu Hương", dob, "01");
    const huong2 = await participant("Phạm Thu Hường", dob, "01");
    expect(await answer(await post({ fullName: "Phạm Thu Hường", dateOfBirth: dob, provinceCode: "01" }))).toMatchObject({ result: "found", bhxhCode: huong2 });
    expect(await answer(await post({ fullName: "Phạm Thu Hương", dateOfBirth: dob, provinceCode: "01" }))).toMatchObject({ result: "found", bhxhCode: huong });
    expect((await answer(await post({ fullName: "pham thu huong", dateOfBirth: dob, provinceCode: "01" }))).result).toBe("needIdNumber");
  });

  it("refuses bad input with 422 naming each field, in the asked language, without counting it", async () => {
    const ip = newIp();
    const res = await post({ fullName: "X1", dateOfBirth: "1990-02-30", provinceCode: "1", idNumber: "12" }, ip, { "accept-language": "en" });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { path: string; code: string; message: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual(["dateOfBirth", "fullName", "idNumber", "provinceCode"]);
    expect(body.errors.find((e) => e.path === "idNumber")?.message).toMatch(/^An ID number/);
    expect(await prisma.rateLimitBucket.count({ where: { key: { startsWith: `${LOOKUP_RATE_LIMITS.bhxhCodePerIp.name}:${addressRateLimitSubject(ip)}` } } })).toBe(0);
    expect((await post("{not json", ip)).status).toBe(422);
    expect((await post({ fullName: "a".repeat(5000) }, ip)).status).toBe(413);
  });

  it("limits each address: past the limit, 429 with Retry-After, whatever is asked", async () => {
    const ip = newIp();
    const limit = LOOKUP_RATE_LIMITS.bhxhCodePerIp.limit;
    const statuses = await Promise.all(
      Array.from({ length: limit + 2 }, (_, i) => post({ fullName: `Đỗ Văn ${["An", "Bình", "Cường", "Dũng"][i % 4]}`, dateOfBirth: newDate(), provinceCode: "01" }, ip).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    const refused = await post({ fullName: "Đỗ Văn An", dateOfBirth: newDate(), provinceCode: "01" }, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rateLimited", retryAfterSeconds: expect.any(Number) });
    // Another address is not affected.
    expect((await post({ fullName: "Đỗ Văn An", dateOfBirth: newDate(), provinceCode: "01" })).status).toBe(200);
  });

  it("limits each subject across addresses, however the name is typed", async () => {
    const dob = newDate();
    await participant("Hoàng Đức Thắng", dob, "31");
    const limit = LOOKUP_RATE_LIMITS.bhxhCodePerSubject.limit;
    const spellings = ["Hoàng Đức Thắng", "hoang duc thang", "HOANG  DUC THANG"];
    for (let i = 0; i < limit; i++) expect((await post({ fullName: spellings[i % 3], dateOfBirth: dob, provinceCode: "31" })).status).toBe(200);
    const refused = await post({ fullName: "hoàng đức thắng", dateOfBirth: dob, provinceCode: "31", idNumber: "031079005555" });
    expect(refused.status).toBe(429);
    // The counters hold a hash, never the name or the date of birth.
    const keys = (await prisma.rateLimitBucket.findMany({ where: { key: { startsWith: LOOKUP_RATE_LIMITS.bhxhCodePerSubject.name } }, select: { key: true } })).map((k) => k.key);
    expect(keys.join(" ")).not.toMatch(/thang|1\d{3}-\d{2}/i);
    // Another person from the same addresses is still answered.
    expect((await post({ fullName: "Hoàng Đức Thắng", dateOfBirth: newDate(), provinceCode: "31" })).status).toBe(200);
  });

  it("does the same work and takes at least the floor whether the person exists or not", async () => {
    const dob = newDate();
    await participant("Vũ Thị Lan", dob, "01");
    const timed = async (fullName: string) => {
      const ip = newIp();
      const started = performance.now();
      const body = await answer(await post({ fullName, dateOfBirth: dob, provinceCode: "01" }, ip));
      const ms = performance.now() - started;
      const counted = await prisma.rateLimitBucket.count({ where: { key: { in: [`${LOOKUP_RATE_LIMITS.bhxhCodePerIp.name}:${addressRateLimitSubject(ip)}`] } } });
      return { result: body.result, ms, counted };
    };
    const found = await timed("Vũ Thị Lan");
    const missing = await timed("Vũ Thị Lanh");
    expect([found.result, missing.result]).toEqual(["found", "notFound"]);
    for (const run of [found, missing]) {
      expect(run.ms).toBeGreaterThanOrEqual(BHXH_CODE_LOOKUP_FLOOR_MS - 1);
      expect(run.counted).toBe(1);
    }
  });

  it("a refused address still counts against the subject (no free probing from a blocked address)", async () => {
    const ip = newIp();
    const dob = newDate();
    for (let i = 0; i < LOOKUP_RATE_LIMITS.bhxhCodePerIp.limit; i++) await lookupBhxhCode({ fullName: "Bùi Văn Nam", dateOfBirth: newDate(), provinceCode: "01" }, ip, 0);
    for (let i = 0; i < LOOKUP_RATE_LIMITS.bhxhCodePerSubject.limit; i++) {
      expect(await lookupBhxhCode({ fullName: "Bùi Thị Hà", dateOfBirth: dob, provinceCode: "01" }, ip, 0)).toMatchObject({ ok: false, code: "rateLimited" });
    }
    expect(await lookupBhxhCode({ fullName: "Bùi Thị Hà", dateOfBirth: dob, provinceCode: "01" }, newIp(), 0)).toMatchObject({ ok: false, code: "rateLimited" });
  });
});

function getOffices(query: string, headers: Record<string, string> = {}) {
  return lookupOfficesRoute(new Request(`${BASE}/api/v1/lookups/offices?${query}`, { headers }));
}

describe("GET /api/v1/lookups/offices", () => {
  it("lists a province's active offices with address, phone, hours and communes served, page by page", async () => {
    const expected = await prisma.office.findMany({ where: { provinceCode: "01", active: true }, orderBy: { code: "asc" }, select: { code: true } });
    expect(expected.length).toBeGreaterThan(OFFICES_PAGE_SIZE / 2);
    const seen: string[] = [];
    let after = "";
    for (let guard = 0; guard < 20; guard++) {
      const res = await getOffices(`provinceCode=01${after ? `&after=${after}` : ""}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
      const page = ZOfficesLookupResponseSchema.parse(await res.json());
      expect(page.offices.length).toBeLessThanOrEqual(OFFICES_PAGE_SIZE);
      seen.push(...page.offices.map((o) => o.code));
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(seen).toEqual(expected.map((o) => o.code));

    const first = ZOfficesLookupResponseSchema.parse(await (await getOffices("provinceCode=01")).json());
    const provinceOffice = first.offices.find((o) => o.parentCode === null)!;
    expect(provinceOffice.communes).toEqual([]);
    const local = first.offices.find((o) => o.parentCode !== null)!;
    expect(local.communes.length).toBeGreaterThan(0);
    expect(local.openingHours.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(local.phone).toMatch(/^0\d/);
  });

  it("narrows to the offices serving a commune, and skips inactive offices", async () => {
    const served = await prisma.officeCommune.findFirstOrThrow({ where: { communeCode: "00004" } });
    const page = ZOfficesLookupResponseSchema.parse(await (await getOffices("provinceCode=01&communeCode=00004")).json());
    expect(page.offices.map((o) => o.code)).toEqual([served.officeCode]);
    expect(page.offices[0]!.communes.map((c) => c.code)).toContain("00004");

    await prisma.office.update({ where: { code: served.officeCode }, data: { active: false } });
    try {
      const none = ZOfficesLookupResponseSchema.parse(await (await getOffices("provinceCode=01&communeCode=00004")).json());
      expect(none).toEqual({ offices: [], nextAfter: null });
    } finally {
      await prisma.office.update({ where: { code: served.officeCode }, data: { active: true } });
    }
  });

  it("answers 304 to a matching If-None-Match, and a new ETag when an office changes", async () => {
    const res = await getOffices("provinceCode=48");
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await getOffices("provinceCode=48", { "if-none-match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");

    const office = await prisma.office.findFirstOrThrow({ where: { provinceCode: "48", parentCode: null } });
    await prisma.office.update({ where: { code: office.code }, data: { phone: "0236 000 0000" } });
    try {
      const changed = await getOffices("provinceCode=48", { "if-none-match": etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
    } finally {
      await prisma.office.update({ where: { code: office.code }, data: { phone: office.phone } });
    }
  });

  it("refuses a missing or malformed parameter with 400 naming it", async () => {
    const cases: [string, string, string][] = [
      ["", "queryParamRequired", "provinceCode"],
      ["provinceCode=1", "queryParamInvalid", "provinceCode"],
      ["provinceCode=01&communeCode=4", "queryParamInvalid", "communeCode"],
      ["provinceCode=01&after=%27%3B--", "queryParamInvalid", "after"],
    ];
    for (const [query, code, param] of cases) {
      const res = await getOffices(query, { "accept-language": "en" });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe(code);
      expect(body.message).toContain(param);
    }
  });
});

describe("the look-ups in the OpenAPI document", () => {
  it("describes both routes, their answer codes and the request fields the server parses", async () => {
    const doc = (await getOpenApi().json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(doc.paths["/api/v1/lookups/bhxh-code"].post.responses).sort()).toEqual(["200", "413", "422", "429", "500"]);
    expect(Object.keys(doc.paths["/api/v1/lookups/offices"].get.responses).sort()).toEqual(["200", "304", "400", "500"]);
    expect(Object.keys(doc.components.schemas.BhxhCodeLookupRequest.properties).sort()).toEqual(["dateOfBirth", "fullName", "idNumber", "provinceCode"]);
    expect(doc.components.schemas.BhxhCodeLookupRequest.required.sort()).toEqual(["dateOfBirth", "fullName", "provinceCode"]);
    expect(doc.paths["/api/v1/lookups/bhxh-code"].post.description).toContain(`${LOOKUP_RATE_LIMITS.bhxhCodePerSubject.limit} per`);
  });
});
