// Proves the migrations cannot drift from prisma/schema.prisma: a database built by applying every
// migration has exactly the catalog (tables, columns, enums, indexes, constraints) of one built from
// the schema directly.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ensureDatabase, migrate } from "@/lib/server/db/migrate";

const adminUrl = inject("adminDatabaseUrl");
const created: string[] = [];

function urlFor(database: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function freshDatabase(label: string) {
  const name = `drift_${label}_${process.pid}_${Date.now()}`;
  await ensureDatabase(adminUrl, name);
  created.push(name);
  return urlFor(name);
}

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string) => (await client.query(sql)).rows.map((r) => JSON.stringify(r)).sort();
  try {
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      enums: await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`),
      extensions: await q(`SELECT extname FROM pg_extension`),
    };
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});

describe("migrations", () => {
  it("produce exactly what prisma/schema.prisma describes", async () => {
    const migrated = await freshDatabase("migrated");
    const { applied } = await migrate(migrated);
    expect(applied.length).toBeGreaterThan(0);

    const direct = await freshDatabase("direct");
    const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      env: { ...process.env, DATABASE_URL: direct },
      encoding: "utf8",
    });
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [a, b] = [await catalog(migrated), await catalog(direct)];
    expect(a.columns.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  }, 60_000);

  it("are idempotent and record Prisma-compatible checksums", async () => {
    const url = await freshDatabase("again");
    await migrate(url);
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    await client.end();
    expect(rows.length).toBe(second.alreadyApplied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });
});
