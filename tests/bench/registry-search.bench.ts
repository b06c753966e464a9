// The registry look-ups on BENCH_REGISTRY_FACILITIES medical facilities (default 20,000) and
// BENCH_REGISTRY_EMPLOYERS employers (default 100,000) in a bench-only PostgreSQL, with participation
// periods under the employers (some employers large) so the participation status costs what it will:
// p50/p95 of listFacilitiesPage and listEmployersPage for the searches people make — a province's first
// page, rare and common words typed with and without diacritics, the filters, a deep page by cursor, an
// exact tax code, a nationwide common word — and of the whole service with its rate-limit write.
// Names are made in SQL (generate_series) from the real commune names, so words repeat as they do in life.
import pg from "pg";
import type { BenchResult } from "./run";
import { p95Line, round } from "./stats";
import { timeSamples, withBenchDatabase } from "./support/database";

const FACILITIES = Number(process.env.BENCH_REGISTRY_FACILITIES ?? 20_000);
const EMPLOYERS = Number(process.env.BENCH_REGISTRY_EMPLOYERS ?? 100_000);
/** Participation periods under the employers (and half as many participants holding them). */
const PERIODS = Number(process.env.BENCH_REGISTRY_PERIODS ?? 600_000);
const ITERATIONS = Number(process.env.BENCH_REGISTRY_ITERATIONS ?? 300);

const FACILITY_KINDS = ["Bệnh viện Đa khoa", "Trạm Y tế", "Trung tâm Y tế", "Phòng khám Đa khoa", "Bệnh viện Y học cổ truyền", "Phòng khám Nội", "Bệnh viện Sản Nhi", "Phòng khám Răng Hàm Mặt"];
const EMPLOYER_KINDS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH Một thành viên", "Doanh nghiệp tư nhân", "Hợp tác xã", "Chi nhánh Công ty"];
const TRADES = ["May mặc", "Xây dựng", "Thương mại", "Dịch vụ", "Vận tải", "Thực phẩm", "Cơ khí", "Điện tử", "Nông nghiệp", "Du lịch", "Giày da", "Đồ gỗ", "Thủy sản", "In ấn", "Dược phẩm"];

async function load(pool: pg.Pool): Promise<number> {
  const started = performance.now();
  // Facilities: a kind, a commune's name, a number; the commune's province; 5-digit codes per province.
  await pool.query(
    `WITH c AS (SELECT row_number() OVER (ORDER BY code) AS n, name, "provinceCode" AS province FROM "AdministrativeUnit" WHERE level = 'commune'),
          total AS (SELECT count(*) AS n FROM c),
          g AS (SELECT i, c.name AS commune, c.province FROM generate_series(1, $1::int) AS i CROSS JOIN total JOIN c ON c.n = 1 + (i * 7919) % total.n)
     INSERT INTO "MedicalFacility" ("code", "name", "address", "level", "provinceCode", "bhytContracted", "issuesSickLeave", "updatedAt")
     SELECT province || lpad((row_number() OVER (PARTITION BY province ORDER BY i))::text, 4, '0'),
            ($2::text[])[1 + i % array_length($2::text[], 1)] || ' ' || commune || CASE WHEN i % 3 = 0 THEN ' số ' || (i % 9 + 1) ELSE '' END,
            'Số ' || (i % 300 + 1) || ' đường ' || commune,
            (ARRAY['primary', 'basic', 'specialized'])[1 + (i % 10 + 5) / 7]::"FacilityLevel",
            province, i % 10 <> 0, i % 4 <> 0, now()
     FROM g`,
    [FACILITIES, FACILITY_KINDS],
  );
  await pool.query(
    `WITH c AS (SELECT row_number() OVER (ORDER BY code) AS n, name, "provinceCode" AS province FROM "AdministrativeUnit" WHERE level = 'commune'),
          total AS (SELECT count(*) AS n FROM c)
     INSERT INTO "Employer" ("code", "taxCode", "name", "address", "provinceCode", "updatedAt")
     SELECT 'DV' || lpad(i::text, 8, '0'), '0' || lpad(((i::bigint * 104729) % 1000000000)::text, 9, '0'),
            ($1::text[])[1 + i % array_length($1::text[], 1)] || ' ' || ($2::text[])[1 + (i / 7) % array_length($2::text[], 1)] || ' ' || c.name || CASE WHEN i % 5 = 0 THEN ' ' || (i % 97) ELSE '' END,
            'Lô ' || (i % 60 + 1) || ', ' || c.name, c.province, now()
     FROM generate_series(1, $3::int) AS i CROSS JOIN total JOIN c ON c.n = 1 + (i::bigint * 104723) % total.n`,
    [EMPLOYER_KINDS, TRADES, EMPLOYERS],
  );
  const people = Math.max(1, Math.floor(PERIODS / 2));
  await pool.query(
    `INSERT INTO "Participant" ("bhxhCode", "fullName", "fullNameSearch", "dateOfBirth", "sex", "address", "updatedAt")
     SELECT lpad(((i::bigint * 7919) % 10000000000)::text, 10, '0'), 'Nguyễn Văn A', 'nguyen van a', date '1970-01-01' + i % 15000, 'male', 'Hà Nội', now()
     FROM generate_series(1, $1::int) AS i`,
    [people],
  );
  // A tenth of the periods go to 100 large employers (thousands each); about a third are still open.
  await pool.query(
    `INSERT INTO "ParticipationPeriod" ("sourceId", "bhxhCode", "scheme", "fromMonth", "toMonth", "employerCode", "salaryBasis", "rateBasisPoints", "updatedAt")
     SELECT 'P' || i, lpad((((1 + i % $2::int)::bigint * 7919) % 10000000000)::text, 10, '0'), 'compulsorySocial', '2015-01',
            CASE WHEN i % 3 = 0 THEN NULL ELSE to_char(date '2016-01-01' + ((i % 100) * 30), 'YYYY-MM') END,
            'DV' || lpad((CASE WHEN i % 10 = 0 THEN 1 + i % 100 ELSE 1 + (i::bigint * 48271) % $3::int END)::text, 8, '0'),
            8000000, 3200, now()
     FROM generate_series(1, $1::int) AS i`,
    [PERIODS, people, EMPLOYERS],
  );
  await pool.query(`VACUUM ANALYZE "MedicalFacility", "Employer", "Participant", "ParticipationPeriod"`);
  return performance.now() - started;
}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

/** The indexes a plan reads, its node types, buffers and execution time. */
function summarizePlan(explained: { Plan: PlanNode; "Execution Time": number }): { executionMs: number; indexes: string[]; nodeTypes: string[]; sharedBuffers: number } {
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(explained.Plan);
  return {
    executionMs: round(explained["Execution Time"], 3),
    indexes: [...new Set(nodes.map((n) => n["Index Name"]).filter((n): n is string => typeof n === "string"))],
    nodeTypes: nodes.map((n) => String(n["Node Type"])),
    // The root's counts include its children's.
    sharedBuffers: Number(nodes[0]!["Shared Hit Blocks"] ?? 0) + Number(nodes[0]!["Shared Read Blocks"] ?? 0),
  };
}

export async function run(): Promise<BenchResult[]> {
  return withBenchDatabase("bench_registry", async ({ pool, db }) => {
    const results: BenchResult[] = [];
    const { ZEmployersLookupQuerySchema, ZFacilitiesLookupQuerySchema } = await import("@/lib/schemas/registry-lookups");
    const { listFacilitiesPage } = await import("@/lib/server/lookups/facilities");
    const { listEmployersPage, lookupEmployers } = await import("@/lib/server/lookups/employers");

    const loadMs = await load(pool);
    const { rows: sizes } = await pool.query<{ facilities: string; employers: string; periods: string }>(
      `SELECT (SELECT count(*) FROM "MedicalFacility") AS facilities, (SELECT count(*) FROM "Employer") AS employers, (SELECT count(*) FROM "ParticipationPeriod") AS periods`,
    );
    const counts = { facilities: Number(sizes[0]!.facilities), employers: Number(sizes[0]!.employers), periods: Number(sizes[0]!.periods) };
    results.push({ name: "registry_seed", value: round(loadMs / 1000), unit: "s", ...counts });

    // Samples: real rows' names, typed back unaccented and accented, and real tax codes.
    const { rows: facilitySamples } = await pool.query<{ name: string; provinceCode: string }>(`SELECT name, "provinceCode" FROM "MedicalFacility" ORDER BY random() LIMIT 300`);
    const { rows: employerSamples } = await pool.query<{ name: string; taxCode: string; provinceCode: string }>(`SELECT name, "taxCode", "provinceCode" FROM "Employer" ORDER BY random() LIMIT 300`);
    const { registrySearchKey } = await import("@/lib/domain/registry-search");
    let n = 0;
    const next = <T>(list: T[]) => list[n++ % list.length]!;
    /** The commune part of a sampled name ("Trạm Y tế Phường Ba Đình số 3" → the words after the kind). */
    const distinctive = (name: string, kinds: string[]) => {
      const kind = kinds.find((k) => name.startsWith(k)) ?? "";
      return name.slice(kind.length).trim();
    };
    const facilities = (input: Record<string, string | undefined>) => listFacilitiesPage(ZFacilitiesLookupQuerySchema.parse(input));
    const employers = (input: Record<string, string | undefined>) => listEmployersPage(ZEmployersLookupQuerySchema.parse(input));

    // A cursor deep into Hà Nội's facilities and into the nationwide "cong ty" list.
    const deepFacilityCursor = await (async () => {
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) cursor = (await facilities({ provinceCode: "01", ...(cursor ? { cursor } : {}) })).nextCursor ?? cursor;
      return cursor!;
    })();
    const deepEmployerCursor = await (async () => {
      let cursor: string | null = null;
      for (let i = 0; i < 25; i++) cursor = (await employers({ q: "cong ty", ...(cursor ? { cursor } : {}) })).nextCursor ?? cursor;
      return cursor!;
    })();

    // Sanity: a sampled facility and employer are found by their words and their tax code.
    const probe = facilitySamples[0]!;
    if (!(await facilities({ provinceCode: probe.provinceCode, name: registrySearchKey(probe.name) })).facilities.some((f) => f.name === probe.name)) throw new Error("a sampled facility was not found by its name");
    const probeEmployer = employerSamples[0]!;
    if ((await employers({ q: probeEmployer.taxCode })).employers[0]?.name !== probeEmployer.name) throw new Error("a sampled employer was not found by its tax code");

    let ip = 0;
    const cases: { name: string; fn: () => Promise<unknown> }[] = [
      { name: "facilities_province_first_page", fn: () => facilities({ provinceCode: next(facilitySamples).provinceCode }) },
      { name: "facilities_province_deep_page", fn: () => facilities({ provinceCode: "01", cursor: deepFacilityCursor }) },
      { name: "facilities_name_unaccented", fn: () => { const s = next(facilitySamples); return facilities({ provinceCode: s.provinceCode, name: registrySearchKey(distinctive(s.name, FACILITY_KINDS)) }); } },
      { name: "facilities_name_accented", fn: () => { const s = next(facilitySamples); return facilities({ provinceCode: s.provinceCode, name: distinctive(s.name, FACILITY_KINDS) }); } },
      { name: "facilities_common_words_filters", fn: () => facilities({ provinceCode: next(facilitySamples).provinceCode, name: "benh vien", level: "basic", bhytContracted: "1", issuesSickLeave: "1" }) },
      { name: "employers_tax_code", fn: () => employers({ q: next(employerSamples).taxCode }) },
      { name: "employers_name_rare", fn: () => { const s = next(employerSamples); return employers({ q: distinctive(s.name, EMPLOYER_KINDS) }); } },
      { name: "employers_name_province", fn: () => { const s = next(employerSamples); return employers({ q: TRADES[n % TRADES.length]!, provinceCode: s.provinceCode }); } },
      { name: "employers_common_word_nationwide", fn: () => employers({ q: "cong ty" }) },
      { name: "employers_common_word_deep_page", fn: () => employers({ q: "cong ty", cursor: deepEmployerCursor }) },
      // The whole service: the per-address rate-limit write and the query; a fresh address each time.
      { name: "employers_service_with_rate_limit", fn: () => lookupEmployers(ZEmployersLookupQuerySchema.parse({ q: distinctive(next(employerSamples).name, EMPLOYER_KINDS) }), `203.0.113.${ip++ % 250}`) },
    ];
    for (const c of cases) {
      const samplesMs = await timeSamples(c.fn, ITERATIONS);
      results.push(p95Line(`registry_${c.name}_p95`, samplesMs, { target: 30, ...counts }));
    }

    // The plans of the services' own SQL (EXPLAIN ANALYZE): what the database spends, apart from the client.
    const { Prisma } = await import("@/lib/server/db/client");
    const { facilitiesPageSql } = await import("@/lib/server/lookups/facilities");
    const { employersPageSql } = await import("@/lib/server/lookups/employers");
    const plans: [string, import("@/lib/server/db/client").Prisma.Sql][] = [
      ["facilities_rare_word", facilitiesPageSql(ZFacilitiesLookupQuerySchema.parse({ provinceCode: probe.provinceCode, name: distinctive(probe.name, FACILITY_KINDS) }))],
      ["facilities_deep_page", facilitiesPageSql(ZFacilitiesLookupQuerySchema.parse({ provinceCode: "01", cursor: deepFacilityCursor }))],
      ["employers_tax_code", employersPageSql(ZEmployersLookupQuerySchema.parse({ q: probeEmployer.taxCode }))],
      // The first page of "cong ty" holds some of the 100 large employers (thousands of periods each).
      ["employers_common_word_with_status", employersPageSql(ZEmployersLookupQuerySchema.parse({ q: "cong ty" }))],
      ["employers_name_province", employersPageSql(ZEmployersLookupQuerySchema.parse({ q: "may mac", provinceCode: "01" }))],
    ];
    for (const [name, sql] of plans) {
      const rows = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`);
      const plan = summarizePlan(rows[0]!["QUERY PLAN"][0]);
      results.push({ name: `registry_plan_${name}`, value: plan.executionMs, unit: "ms", indexes: plan.indexes, nodeTypes: plan.nodeTypes, sharedBuffers: plan.sharedBuffers });
    }
    return results;
  });
}
