// The public look-ups on BENCH_LOOKUPS_ROWS master records (default 10,000,000; a bench-only
// PostgreSQL): p50/p95 of the BHXH-code look-up's work — the indexed query and the one-answer rule
// (findBhxhCodeCandidates + resolveBhxhCodeLookup) — for people found by accented and unaccented names
// and for people not found; the whole service with its two rate-limit writes (floor set to 0, so the
// database work shows, not the padding); and the offices list (first page, a commune, a later page).
// The load drops the secondary indexes, bulk-inserts with generate_series, and recreates them.
import pg from "pg";
import type { BenchResult } from "./run";
import { p95Line, round } from "./stats";
import { timeSamples, withBenchDatabase } from "./support/database";

const TOTAL = Number(process.env.BENCH_LOOKUPS_ROWS ?? 10_000_000);
const BATCH = 250_000;
const ITERATIONS = Number(process.env.BENCH_LOOKUPS_ITERATIONS ?? 300);

async function load(pool: pg.Pool, names: { fullName: string; search: string; sex: string }[], provinces: string[]): Promise<{ loadMs: number; indexMs: number }> {
  const { rows: indexes } = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Participant' AND indexname <> 'Participant_pkey'`,
  );
  for (const index of indexes) await pool.query(`DROP INDEX "${index.indexname}"`);
  const started = performance.now();
  for (let start = 1; start <= TOTAL; start += BATCH) {
    const end = Math.min(TOTAL, start + BATCH - 1);
    // i → a scattered hash h; codes are bijections of i so they are unique. ~17,000 birth dates × 34
    // provinces × 3,000 names: a (province, date, name) triple is usually one person, sometimes several.
    await pool.query(
      `INSERT INTO "Participant" ("bhxhCode", "fullName", "fullNameSearch", "dateOfBirth", "sex", "idNumber", "address", "provinceCode", "createdAt", "updatedAt")
       SELECT lpad(((i * 7919) % 10000000000)::text, 10, '0'), ($1::text[])[k], ($2::text[])[k], date '1960-01-01' + (h % 17000)::int, ($3::text[])[k]::"Sex",
              lpad(((i * 104729) % 1000000000000)::text, 12, '0'), 'Số ' || (h % 300) || ' đường Lê Lợi', ($4::text[])[1 + ((h / 17000) % $5)::int], now(), now()
       FROM (SELECT i, h, 1 + ((h / 7) % $6)::int AS k FROM (SELECT i, (i::bigint * 2654435761) % 4294967296 AS h FROM generate_series($7::bigint, $8::bigint) AS i) AS g) AS s`,
      [names.map((n) => n.fullName), names.map((n) => n.search), names.map((n) => n.sex), provinces, provinces.length, names.length, start, end],
    );
  }
  const loadMs = performance.now() - started;
  const indexStarted = performance.now();
  await pool.query(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await pool.query(index.indexdef);
  await pool.query(`VACUUM ANALYZE "Participant"`);
  return { loadMs, indexMs: performance.now() - indexStarted };
}

export async function run(): Promise<BenchResult[]> {
  return withBenchDatabase("bench_lookups", async ({ pool }) => {
    const results: BenchResult[] = [];
    const { searchableText } = await import("@/lib/domain/identifiers");
    const { resolveBhxhCodeLookup } = await import("@/lib/domain/public-lookups");
    const { buildPerson } = await import("@/tests/factories/people");
    const { createRng } = await import("@/tests/factories/random");
    const { findBhxhCodeCandidates, lookupBhxhCode } = await import("@/lib/server/lookups/bhxh-code");
    const { listOfficesPage } = await import("@/lib/server/lookups/offices");

    const rng = createRng(2027);
    const seen = new Map<string, { fullName: string; search: string; sex: string }>();
    for (let i = 0; i < 20_000 && seen.size < 3000; i++) {
      const p = buildPerson(rng);
      seen.set(p.fullName, { fullName: p.fullName, search: searchableText(p.fullName), sex: p.sex });
    }
    const names = [...seen.values()];
    const provinces = (await pool.query<{ code: string }>(`SELECT code FROM "AdministrativeUnit" WHERE level = 'province' ORDER BY code`)).rows.map((r) => r.code);

    const { loadMs, indexMs } = await load(pool, names, provinces);
    const { rows: sizes } = await pool.query<{ total: string; bytes: string }>(`SELECT count(*) AS total, pg_total_relation_size('"Participant"') AS bytes FROM "Participant"`);
    results.push({ name: "lookups_seed_participants", value: round(loadMs / 1000), unit: "s", rows: Number(sizes[0]!.total), tableAndIndexesMB: round(Number(sizes[0]!.bytes) / 1024 / 1024), indexRebuildSeconds: round(indexMs / 1000) });

    type Sample = { fullName: string; fullNameSearch: string; dateOfBirth: Date; provinceCode: string; idNumber: string };
    const { rows: samples } = await pool.query<Sample>(
      `SELECT "fullName", "fullNameSearch", "dateOfBirth", "provinceCode", "idNumber" FROM "Participant" TABLESAMPLE SYSTEM ($1) LIMIT 1000`,
      // 0.1 % of 10,000,000 rows; a larger share of a smaller table, so a small run still samples people.
      [Math.min(100, Math.max(0.1, (100 * 10_000) / TOTAL))],
    );
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    let n = 0;
    const next = () => samples[n++ % samples.length]!;
    const query = (s: Sample, fullName: string, idNumber?: string) => ({ fullName, dateOfBirth: iso(s.dateOfBirth), provinceCode: s.provinceCode, idNumber });
    const work = async (q: ReturnType<typeof query>) => resolveBhxhCodeLookup(q, await findBhxhCodeCandidates(q));

    // Sanity: a sampled person is found (alone, or among namesakes until the ID number is given).
    const probe = samples[0]!;
    const probeAnswer = await work(query(probe, probe.fullNameSearch, probe.idNumber));
    if (probeAnswer.kind !== "found") throw new Error(`the look-up did not find a sampled person: ${probeAnswer.kind}`);
    // The plan of the look-up's query (the SQL Prisma sends, by hand): one index range, a few buffers.
    const { rows: plan } = await pool.query<{ "QUERY PLAN": [{ Plan: Record<string, unknown> & { Plans?: Record<string, unknown>[] }; "Execution Time": number }] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT "bhxhCode", "fullName", "idNumber" FROM "Participant"
       WHERE "provinceCode" = $1 AND "dateOfBirth" = $2 AND "fullNameSearch" = $3 ORDER BY "bhxhCode" LIMIT 5`,
      [probe.provinceCode, iso(probe.dateOfBirth), probe.fullNameSearch],
    );
    const nodes: Record<string, unknown>[] = [];
    const walk = (node: Record<string, unknown> & { Plans?: Record<string, unknown>[] }) => {
      nodes.push(node);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk(plan[0]!["QUERY PLAN"][0].Plan);
    const scan = nodes.find((node) => typeof node["Index Name"] === "string");
    results.push({
      name: "lookups_bhxh_code_plan_execution",
      value: round(plan[0]!["QUERY PLAN"][0]["Execution Time"], 3),
      unit: "ms",
      index: scan?.["Index Name"] ?? null,
      nodeTypes: nodes.map((node) => node["Node Type"]),
      // The root's counts include its children's.
      sharedBuffers: Number(nodes[0]!["Shared Hit Blocks"] ?? 0) + Number(nodes[0]!["Shared Read Blocks"] ?? 0),
    });
    const outcomes = { found: 0, needIdNumber: 0, contactOffice: 0, notFound: 0 };
    for (const s of samples) outcomes[(await work(query(s, s.fullName))).kind]++;

    let ipCounter = 0;
    const cases: { name: string; fn: () => Promise<unknown> }[] = [
      { name: "bhxh_code_found_accented", fn: () => { const s = next(); return work(query(s, s.fullName)); } },
      { name: "bhxh_code_found_unaccented", fn: () => { const s = next(); return work(query(s, s.fullNameSearch)); } },
      { name: "bhxh_code_found_with_id_number", fn: () => { const s = next(); return work(query(s, s.fullName, s.idNumber)); } },
      { name: "bhxh_code_not_found", fn: () => { const s = next(); return work(query(s, `${s.fullName} Xuân`)); } },
      // The whole service: both rate-limit upserts and the query; a fresh address each time (the floor set to 0).
      { name: "bhxh_code_service_with_rate_limits", fn: () => { const s = next(); return lookupBhxhCode(query(s, s.fullName), `203.0.113.${ipCounter++}`, 0); } },
      { name: "offices_province_first_page", fn: () => listOfficesPage({ provinceCode: "01" }) },
      { name: "offices_commune", fn: () => listOfficesPage({ provinceCode: "01", communeCode: "00004" }) },
      { name: "offices_later_page", fn: () => listOfficesPage({ provinceCode: "01", after: "0105" }) },
    ];

    for (const c of cases) {
      const samplesMs = await timeSamples(c.fn, ITERATIONS);
      results.push(
        p95Line(`lookups_${c.name}_p95`, samplesMs, {
          target: 30,
          rows: TOTAL,
          ...(c.name === "bhxh_code_found_accented" ? { sampledOutcomes: outcomes } : {}),
        }),
      );
    }
    return results;
  });
}
