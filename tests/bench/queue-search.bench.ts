// The counter queue's search on one million declarations (a bench-only PostgreSQL): p50/p95 of the
// app's service (searchOfficeQueue: parsing, the SQL it builds, Prisma, mapping) for each kind of
// identifier, for names with and without diacritics, and for the first and a deep keyset page; and
// the same lookups as hand-written SQL over node-postgres on the same indexes, so the app's overhead
// shows as a ratio. The load drops the secondary indexes, bulk-inserts with generate_series, and
// recreates them from their own definitions (faster than maintaining them row by row).
import pg from "pg";
import type { BenchResult } from "./run";
import { median, p95Line, percentile, round } from "./stats";
import { timeSamples, withBenchDatabase } from "./support/database";

const TOTAL = Number(process.env.BENCH_QUEUE_ROWS ?? 1_000_000);
const BATCH = 100_000;
const ITERATIONS = Number(process.env.BENCH_QUEUE_ITERATIONS ?? 200);
const WARM_UP = 20;
const PAGE = 25;
const OFFICE = "0101";
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

const COLUMNS = `d."id", d."reference", d."status", d."fullName", d."dateOfBirth", d."idNumber", d."bhxhCode", d."phone", d."officeCode", d."submittedAt", d."expiresAt", d."decidedAt"`;

type Sample = { reference: string; idNumber: string; bhxhCode: string; phone: string; fullName: string; fullNameSearch: string };

/** Base-30 reference code digits of x (a bijection of i, so codes are unique), as SQL. */
function referenceSql(x: string): string {
  const digits = Array.from({ length: 8 }, (_, k) => `substr('${REFERENCE_ALPHABET}', ((${x} / ${30 ** k}::bigint) % 30)::int + 1, 1)`);
  return `'TK-' || ${digits.slice(0, 4).join(" || ")} || '-' || ${digits.slice(4).join(" || ")}`;
}

export async function load(pool: pg.Pool, names: { fullName: string; search: string; sex: string }[], offices: string[]): Promise<{ loadMs: number; indexMs: number }> {
  const { rows: indexes } = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Declaration' AND indexname <> 'Declaration_pkey'`,
  );
  for (const index of indexes) await pool.query(`DROP INDEX "${index.indexname}"`);
  const started = performance.now();
  for (let start = 1; start <= TOTAL; start += BATCH) {
    const end = Math.min(TOTAL, start + BATCH - 1);
    await pool.query(
      `INSERT INTO "Declaration" ("id", "reference", "version", "status", "accessTokenHash", "fullName", "fullNameSearch", "dateOfBirth", "sex",
         "nationality", "bhxhCode", "idType", "idNumber", "idIssueDate", "idIssuePlace", "provinceCode", "communeCode", "street", "phone",
         "officeCode", "commitmentAt", "submittedAt", "expiresAt", "decidedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), ${referenceSql("(i * 1000003)")}, 1,
         (CASE WHEN age < interval '10 days' THEN (CASE WHEN h % 10 < 8 THEN 'submitted' WHEN h % 10 < 9 THEN 'approved' ELSE 'rejected' END)
               ELSE (CASE WHEN h % 20 < 14 THEN 'approved' WHEN h % 20 < 17 THEN 'rejected' WHEN h % 20 < 19 THEN 'expired' ELSE 'withdrawn' END) END)::"DeclarationStatus",
         'bench', ($1::text[])[k], ($2::text[])[k], date '1960-01-01' + (h % 17000)::int, ($3::text[])[k]::"Sex",
         'VN', lpad(((i * 7919) % 10000000000)::text, 10, '0'), 'cccd', lpad(((i * 104729) % 1000000000000)::text, 12, '0'),
         date '2021-01-01' + (h % 1500)::int, 'Cục Cảnh sát quản lý hành chính về trật tự xã hội', '01', '00004', 'Số ' || (h % 300) || ' phố Đội Cấn',
         '+849' || lpad(((i * 31337) % 100000000)::text, 8, '0'),
         ($4::text[])[1 + (h % $5)::int], now() - age, now() - age, now() - age + interval '10 days',
         CASE WHEN age >= interval '10 days' THEN now() - age + interval '2 days' END, now() - age, now() - age
       FROM (SELECT i, h, 1 + (h % $6)::int AS k, make_interval(secs => (h % (365 * 86400))::int) AS age
             FROM (SELECT i, (i::bigint * 2654435761) % 4294967296 AS h FROM generate_series($7::bigint, $8::bigint) AS i) AS g) AS s`,
      [names.map((n) => n.fullName), names.map((n) => n.search), names.map((n) => n.sex), offices, offices.length, names.length, start, end],
    );
  }
  const loadMs = performance.now() - started;
  const indexStarted = performance.now();
  await pool.query(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await pool.query(index.indexdef);
  // A table in service has been vacuumed: its visibility map lets index-only scans skip the heap.
  await pool.query(`VACUUM ANALYZE "Declaration"`);
  return { loadMs, indexMs: performance.now() - indexStarted };
}

export async function run(): Promise<BenchResult[]> {
  return withBenchDatabase("bench_queue", async ({ pool }) => {
    const results: BenchResult[] = [];
    const { searchableText } = await import("@/lib/domain/identifiers");
    const { displayPhone } = await import("@/lib/domain/identifiers");
    const { buildPerson } = await import("@/tests/factories/people");
    const { createRng } = await import("@/tests/factories/random");
    const { searchOfficeQueue, countOfficeQueue, encodeCursor } = await import("@/lib/server/declarations/office-queue");

    // About 3,000 distinct realistic names (the factories' Vietnamese name parts), spread over the rows.
    const rng = createRng(2026);
    const seen = new Map<string, { fullName: string; search: string; sex: string }>();
    for (let i = 0; i < 20_000 && seen.size < 3000; i++) {
      const p = buildPerson(rng);
      seen.set(p.fullName, { fullName: p.fullName, search: searchableText(p.fullName), sex: p.sex });
    }
    const names = [...seen.values()];
    const offices = (await pool.query<{ code: string }>(`SELECT code FROM "Office" WHERE "parentCode" IS NOT NULL ORDER BY code`)).rows.map((r) => r.code);

    const { loadMs, indexMs } = await load(pool, names, offices);
    const { rows: sizes } = await pool.query<{ total: string; office: string; waiting: string }>(
      `SELECT (SELECT count(*) FROM "Declaration") AS total, (SELECT count(*) FROM "Declaration" WHERE "officeCode" = $1) AS office,
              (SELECT count(*) FROM "Declaration" WHERE "officeCode" = $1 AND status = 'submitted') AS waiting`,
      [OFFICE],
    );
    results.push({
      name: "queue_seed_declarations",
      value: round(loadMs / 1000),
      unit: "s",
      rows: Number(sizes[0]!.total),
      indexRebuildSeconds: round(indexMs / 1000),
      offices: offices.length,
      measuredOffice: OFFICE,
      measuredOfficeRows: Number(sizes[0]!.office),
      measuredOfficeWaiting: Number(sizes[0]!.waiting),
    });

    const { rows: samples } = await pool.query<Sample>(
      `SELECT reference AS "reference", "idNumber", "bhxhCode", phone, "fullName", "fullNameSearch" FROM "Declaration" WHERE "officeCode" = $1 ORDER BY random() LIMIT 500`,
      [OFFICE],
    );
    const principal = { id: "00000000-0000-4000-8000-000000000000", username: "bench", fullName: "Bench", role: "officer" as const, officeCode: OFFICE, mustChangePassword: false };
    let n = 0;
    const next = () => samples[n++ % samples.length]!;
    // Page 201 of the office's full list (row 5,000), or as deep as a smaller run allows.
    const DEEP_ROW = Math.min(5000, Math.floor(Number(sizes[0]!.office) * 0.7));
    const deep = (await pool.query<{ submittedAt: Date; id: string }>(
      `SELECT "submittedAt", id FROM "Declaration" WHERE "officeCode" = $1 ORDER BY "submittedAt" DESC, id DESC OFFSET $2 LIMIT 1`,
      [OFFICE, DEEP_ROW],
    )).rows[0]!;
    const deepCursor = encodeCursor(deep.submittedAt, deep.id);
    const limit = PAGE + 1;
    const raw = (sql: string, params: unknown[]) => pool.query(sql, params);
    const byOne = (column: string) => `SELECT ${COLUMNS} FROM "Declaration" d WHERE d."officeCode" = $1 AND d."${column}" = $2 ORDER BY d."submittedAt" DESC, d."id" DESC LIMIT ${limit}`;
    const byName = (words: number) =>
      `SELECT ${COLUMNS} FROM "Declaration" d WHERE d."officeCode" = $1 AND ${Array.from({ length: words }, (_, i) => `d."fullNameSearch" LIKE $${i + 2}`).join(" AND ")} ORDER BY d."submittedAt" DESC, d."id" DESC LIMIT ${limit}`;
    const words = (s: Sample) => s.fullNameSearch.split(" ").map((w) => `%${w}%`);
    /** The plain SQL for a whole name, however it was typed: every unaccented word must match. */
    const rawByFullName = () => {
      const s = next();
      return raw(byName(s.fullNameSearch.split(" ").length), [OFFICE, ...words(s)]);
    };

    const cases: { name: string; kind: "identifier" | "name" | "page"; service: () => Promise<unknown>; raw: () => Promise<unknown> }[] = [
      {
        name: "reference",
        kind: "identifier",
        service: () => searchOfficeQueue(principal, { q: next().reference.replaceAll("-", " ").toLowerCase() }),
        raw: () => raw(byOne("reference"), [OFFICE, next().reference]),
      },
      { name: "id_number", kind: "identifier", service: () => searchOfficeQueue(principal, { q: next().idNumber }), raw: () => raw(byOne("idNumber"), [OFFICE, next().idNumber]) },
      { name: "bhxh_code", kind: "identifier", service: () => searchOfficeQueue(principal, { q: next().bhxhCode }), raw: () => raw(byOne("bhxhCode"), [OFFICE, next().bhxhCode]) },
      {
        name: "phone",
        kind: "identifier",
        service: () => searchOfficeQueue(principal, { q: displayPhone(next().phone).replace(/^(\d{4})(\d{3})(\d{3})$/, "$1 $2 $3") }),
        raw: () => raw(byOne("phone"), [OFFICE, next().phone]),
      },
      {
        name: "name_with_diacritics",
        kind: "name",
        service: () => searchOfficeQueue(principal, { q: next().fullName }),
        raw: rawByFullName,
      },
      {
        name: "name_unaccented",
        kind: "name",
        service: () => searchOfficeQueue(principal, { q: next().fullNameSearch }),
        raw: rawByFullName,
      },
      {
        name: "name_given_only",
        kind: "name",
        service: () => searchOfficeQueue(principal, { q: next().fullNameSearch.split(" ").at(-1)! }),
        raw: () => raw(byName(1), [OFFICE, `%${next().fullNameSearch.split(" ").at(-1)!}%`]),
      },
      {
        name: "waiting_queue_first_page",
        kind: "page",
        service: () => searchOfficeQueue(principal, {}),
        raw: () => raw(`SELECT ${COLUMNS} FROM "Declaration" d WHERE d."officeCode" = $1 AND d."status" = 'submitted' ORDER BY d."submittedAt" ASC, d."id" ASC LIMIT ${limit}`, [OFFICE]),
      },
      {
        name: "all_first_page",
        kind: "page",
        service: () => searchOfficeQueue(principal, { status: "all" }),
        raw: () => raw(`SELECT ${COLUMNS} FROM "Declaration" d WHERE d."officeCode" = $1 ORDER BY d."submittedAt" DESC, d."id" DESC LIMIT ${limit}`, [OFFICE]),
      },
      {
        name: "all_deep_page",
        kind: "page",
        service: () => searchOfficeQueue(principal, { status: "all" }, { cursor: deepCursor }),
        raw: () =>
          raw(`SELECT ${COLUMNS} FROM "Declaration" d WHERE d."officeCode" = $1 AND (d."submittedAt", d."id") < ($2, $3::uuid) ORDER BY d."submittedAt" DESC, d."id" DESC LIMIT ${limit}`, [
            OFFICE,
            deep.submittedAt,
            deep.id,
          ]),
      },
      {
        name: "status_counts",
        kind: "page",
        service: () => countOfficeQueue(principal, {}),
        raw: () => raw(`SELECT d."status", count(*) AS n FROM "Declaration" d WHERE d."officeCode" = $1 GROUP BY d."status"`, [OFFICE]),
      },
    ];

    // Sanity: the service finds what it is asked for.
    const probe = samples[0]!;
    for (const q of [probe.reference, probe.idNumber, probe.bhxhCode, probe.fullNameSearch]) {
      const page = await searchOfficeQueue(principal, { q });
      if (!page.items.some((i) => i.reference === probe.reference)) throw new Error(`the service did not find ${probe.reference} by "${q}"`);
    }

    for (const c of cases) {
      const service = await timeSamples(c.service, ITERATIONS, WARM_UP);
      const direct = await timeSamples(c.raw, ITERATIONS, WARM_UP);
      results.push(
        p95Line(`queue_search_${c.name}_p95`, service, {
          kind: c.kind,
          rawSqlP50: round(median(direct), 2),
          rawSqlP95: round(percentile(direct, 95), 2),
          ratioP50: round(median(service) / median(direct), 2),
          ratioP95: round(percentile(service, 95) / percentile(direct, 95), 2),
          rows: TOTAL,
          ...(c.name === "all_deep_page" ? { deepRow: DEEP_ROW } : {}),
        }),
      );
    }
    return results;
  });
}
