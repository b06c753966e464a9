import "server-only";
// Loads the master-data CSV files of a folder (docs/master-data-import.md) in one transaction: each file
// is streamed with COPY into a temporary staging table of text columns, checked in SQL (bad rows are
// set aside with their line number and reason), then upserted into its table in batches. Nothing is
// visible to anyone before the commit; an error or an interruption leaves the tables as they were.
// Re-importing the same files changes nothing (an upsert only touches a row whose values differ).
import { createReadStream, existsSync, readdirSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { searchableText } from "@/lib/domain/identifiers";
import { ENTITIES, type EntitySpec } from "./entities";

export const DEFAULT_BATCH_SIZE = 250_000;

export type RejectedRow = { line: number; reason: string };
export type FileReport = { file: string; read: number; inserted: number; updated: number; unchanged: number; rejectedCount: number; rejected: RejectedRow[] };
export type ImportReport = { files: FileReport[]; committed: boolean };

/** A refusal of the whole import: nothing was changed. */
export class ImportRefused extends Error {
  constructor(
    readonly code: "noFiles" | "unknownFile" | "header" | "malformed",
    readonly file: string | null,
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export type ImportOptions = {
  batchSize?: number;
  /** Roll back at the end: report what would change, change nothing. */
  dryRun?: boolean;
  /** How many rejected rows per file the report lists (all are counted). */
  maxRejectedListed?: number;
  log?: (message: string) => void;
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

/** The SQL twin of searchableText: NFC, Vietnamese letters folded to ASCII, lower case, spaces collapsed. */
function searchableSql(expression: string): string {
  const from = VIETNAMESE + VIETNAMESE.toLocaleUpperCase("vi");
  const to = [...from].map((ch) => searchableText(ch)).join("");
  if (to.length !== [...from].length) throw new Error("searchableText must fold each letter to one letter");
  return `regexp_replace(btrim(lower(translate(normalize(${expression}, NFC), '${from}', '${to}'))), '\\s+', ' ', 'g')`;
}

/** `v` in a column's SQL stands for its trimmed text. */
const withValue = (sql: string, column: string) => sql.replace(/\bv\b/g, `s.${q(column)}`);

async function readHeader(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
    return text.split(/\r?\n/, 1)[0] ?? "";
  } finally {
    await handle.close();
  }
}

function filesOf(folder: string): EntitySpec[] {
  const known = new Set(ENTITIES.map((e) => e.file));
  const csv = readdirSync(folder).filter((f) => f.toLowerCase().endsWith(".csv"));
  const unknown = csv.filter((f) => !known.has(f));
  if (unknown.length > 0) throw new ImportRefused("unknownFile", unknown[0]!, `Unknown file ${unknown[0]}: expected ${[...known].join(", ")}.`);
  const present = ENTITIES.filter((e) => existsSync(path.join(folder, e.file)));
  if (present.length === 0) throw new ImportRefused("noFiles", null, `No master-data file in ${folder}: expected ${[...known].join(", ")}.`);
  return present;
}

export async function importMasterData(client: pg.ClientBase, folder: string, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxListed = options.maxRejectedListed ?? 1000;
  const entities = filesOf(folder);
  for (const entity of entities) {
    const header = await readHeader(path.join(folder, entity.file));
    const expected = entity.columns.map((c) => c.name).join(",");
    if (header.trim() !== expected) throw new ImportRefused("header", entity.file, `${entity.file}: the header must be exactly "${expected}", found "${header.trim()}".`, 1);
  }

  const files: FileReport[] = [];
  await client.query("BEGIN");
  try {
    // One import at a time: a second one waits for the first to commit or roll back.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('import:master-data'))`);
    // The checks sort and hash millions of rows: in memory rather than in temporary files (this transaction only).
    await client.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
    await skipRowByRowForeignKeys(client, entities, log);
    const staging = await chooseStaging(client);
    if (staging.kind === "temp") log("Checks on one core: this role may not create tables in its schema, so the working tables are temporary ones.");
    for (const [index, entity] of entities.entries()) {
      files.push(await importFile(client, folder, entity, index, { batchSize, maxListed, log, staging }));
    }
    if (options.dryRun) {
      await client.query("ROLLBACK");
      log("Dry run: rolled back, nothing changed.");
      return { files, committed: false };
    }
    await client.query("COMMIT");
    return { files, committed: true };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Memory for each sort or hash of the import's checks (the window over the keys, the joins to the referenced tables). */
const IMPORT_WORK_MEM = "256MB";

/**
 * The import checks every reference itself, set-based (a hash join per reference, rows without a match
 * rejected), so PostgreSQL's foreign-key triggers would only repeat that check row by row: an index probe
 * and a row lock per reference per row, about half the time of the writes (decision 0023). When the role
 * may set `session_replication_role` (a superuser, or `GRANT SET ON PARAMETER session_replication_role`),
 * this transaction skips those triggers and instead locks the referenced tables in SHARE mode until it
 * commits, so no referenced row can be deleted or re-keyed between the check and the commit; readers are
 * not blocked. Otherwise the triggers run as usual (slower, same result). Only when every foreign key of
 * the imported tables is one the import checks: a new one would otherwise go unchecked.
 */
async function skipRowByRowForeignKeys(client: pg.ClientBase, entities: EntitySpec[], log: (m: string) => void): Promise<boolean> {
  const { rows } = await client.query<{ allowed: boolean }>(`SELECT has_parameter_privilege('session_replication_role', 'SET') AS allowed`);
  if (!rows[0]?.allowed) {
    log("Foreign keys checked row by row (this role may not set session_replication_role).");
    return false;
  }
  const { rows: keys } = await client.query<{ table: string; columns: string[]; target: string; targetColumns: string[] }>(
    `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
            array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k) AS columns,
            array(SELECT a.attname::text FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k) AS "targetColumns"
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])`,
    [entities.map((e) => q(e.table))],
  );
  const unchecked = keys.filter((k) => !findReferenceCheck(entities, k));
  if (unchecked.length > 0) {
    log(`Foreign keys checked row by row: ${unchecked.map((k) => `${k.table}(${k.columns.join(", ")})`).join(", ")} not checked by the import.`);
    return false;
  }
  const targets = [...new Set(keys.map((k) => k.target))];
  if (targets.length > 0) await client.query(`LOCK TABLE ${targets.join(", ")} IN SHARE MODE`);
  await client.query(`SET LOCAL session_replication_role = replica`);
  return true;
}

function findReferenceCheck(entities: EntitySpec[], key: { table: string; columns: string[]; target: string; targetColumns: string[] }) {
  const entity = entities.find((e) => q(e.table) === key.table || e.table === key.table);
  return entity?.references?.find(
    (r) => key.columns.length === 1 && r.column === key.columns[0] && r.targetColumn === key.targetColumns[0] && (q(r.table) === key.target || r.table === key.target),
  );
}

type FileOptions = { batchSize: number; maxListed: number; log: (m: string) => void; staging: Staging };

/**
 * Where the import's working tables live. `unlogged`: ordinary UNLOGGED tables created inside the import's
 * transaction (nobody else sees an uncommitted table; a rollback or a crash removes them), which PostgreSQL
 * can scan with parallel workers, so the checks use both cores. `temp`: temporary tables (never scanned in
 * parallel), for a role that may not create tables in its schema. Same SQL, same result.
 */
type Staging = { kind: "unlogged" | "temp"; name: (table: string) => string; create: string };

async function chooseStaging(client: pg.ClientBase): Promise<Staging> {
  const { rows } = await client.query<{ allowed: boolean }>(`SELECT has_schema_privilege(current_schema(), 'CREATE') AS allowed`);
  if (rows[0]?.allowed) return { kind: "unlogged", name: (t) => q(`_master_data_import_${t}`), create: "CREATE UNLOGGED TABLE" };
  return { kind: "temp", name: (t) => `pg_temp.${q(`master_data_import_${t}`)}`, create: "CREATE TEMP TABLE" };
}

async function importFile(client: pg.ClientBase, folder: string, entity: EntitySpec, index: number, { batchSize, maxListed, log, staging }: FileOptions): Promise<FileReport> {
  const file = entity.file;
  const columns = entity.columns;
  const stage = staging.name(`stage_${index}`);
  const typed = staging.name(`typed_${index}`);
  const repeated = staging.name(`repeated_${index}`);
  const started = performance.now();
  await client.query(`${staging.create} ${stage} (line bigint GENERATED ALWAYS AS IDENTITY (START WITH 2 CACHE 10000), ${columns.map((c) => `${q(c.name)} text`).join(", ")})`);
  let read: number;
  try {
    const copy = client.query(copyFrom(`COPY ${stage} (${columns.map((c) => q(c.name)).join(", ")}) FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`));
    await pipeline(createReadStream(path.join(folder, file), { highWaterMark: 1 << 20 }), copy);
    read = copy.rowCount;
  } catch (error) {
    const where = (error as { where?: string }).where ?? "";
    const line = Number(/line (\d+)/.exec(where)?.[1] ?? /line (\d+)/.exec(String((error as Error).message))?.[1] ?? NaN);
    throw new ImportRefused("malformed", file, `${file}${Number.isFinite(line) ? `, line ${line}` : ""}: ${(error as Error).message}`, Number.isFinite(line) ? line : undefined);
  }
  log(`${file}: ${read} rows copied in ${Math.round(performance.now() - started)} ms`);

  // One pass over the staged text (in parallel where the staging allows) makes the typed table the writes
  // read: each row's stored values and the first problem found, in this order: a column (missing,
  // malformed), a check across columns, a reference to nothing. No sort: a key repeated on a later line is
  // found afterwards from the keys alone.
  const trimmed = columns.map((c) => `NULLIF(btrim(${q(c.name)}), '') AS ${q(c.name)}`).join(", ");
  const columnReasons = columns.flatMap((c) => [
    ...(c.required ? [`WHEN s.${q(c.name)} IS NULL THEN '${c.name}: required'`] : []),
    ...(c.check ? [`WHEN s.${q(c.name)} IS NOT NULL AND NOT (${withValue(c.check, c.name)}) THEN '${c.name}: invalid'`] : []),
  ]);
  const computed = (entity.computed ?? []).map((c) => ({ name: c.name, sql: c.sql === "__SEARCHABLE__" ? searchableSql(`s.${q("fullName")}`) : c.sql }));
  const castColumns = [...columns.map((c) => ({ name: c.name, sql: withValue(c.cast, c.name) })), ...computed];
  // OFFSET 0 computes each row's column reason once, before the casts that it guards.
  const checked = `SELECT s.*, CASE ${columnReasons.join(" ")} END AS reason FROM (SELECT line, ${trimmed} FROM ${stage}) s OFFSET 0`;
  const cast = `SELECT s.line, s.reason, ${castColumns.map((c) => `CASE WHEN s.reason IS NULL THEN ${c.sql} END AS ${q(c.name)}`).join(", ")} FROM (${checked}) s OFFSET 0`;
  const refs = entity.references ?? [];
  const reasons = [
    `WHEN c.reason IS NOT NULL THEN c.reason`,
    ...(entity.rowChecks ?? []).map((check) => `WHEN ${check.sql} THEN '${check.reason}'`),
    ...refs.map((ref, i) => `WHEN c.${q(ref.column)} IS NOT NULL AND r${i}.${q(ref.targetColumn)} IS NULL THEN '${ref.column}: no such ${ref.table}'`),
  ];
  const joins = refs.map((ref, i) => `LEFT JOIN ${q(ref.table)} r${i} ON r${i}.${q(ref.targetColumn)} = c.${q(ref.column)}`).join(" ");
  await client.query(
    `${staging.create} ${typed} AS
     SELECT c.line, CASE ${reasons.join(" ")} END AS reason, ${castColumns.map((c) => `c.${q(c.name)}`).join(", ")}
       FROM (${cast}) c ${joins}`,
  );
  await client.query(`DROP TABLE ${stage}`);

  // A key seen on an earlier line: among the rows whose columns passed (their key is not null), the keys
  // counted more than once (a hash of the keys, not a sort of the rows), then the lines of those keys
  // only. Every line of a repeated key but the first is rejected, unless it already has a reason.
  const key = entity.key.map(q);
  const keyC = entity.key.map((k) => `${q(k)} COLLATE "C"`);
  // On one core: with every key distinct, workers would each hash their share (no key repeats there
  // either), sort it and pass every key to the leader to count again, about twice the work of one hash.
  const { rows: parallel } = await client.query<{ workers: string }>(`SELECT current_setting('max_parallel_workers_per_gather') AS workers`);
  await client.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
  await client.query(
    `${staging.create} ${repeated} AS
     SELECT line, min(line) OVER (PARTITION BY ${keyC.join(", ")}) AS first FROM ${typed}
      WHERE (${key.join(", ")}) IN (SELECT ${key.join(", ")} FROM ${typed} WHERE ${key.map((k) => `${k} IS NOT NULL`).join(" AND ")} GROUP BY ${key.join(", ")} HAVING count(*) > 1)`,
  );
  await client.query(`SELECT set_config('max_parallel_workers_per_gather', $1, true)`, [parallel[0]!.workers]);
  await client.query(`UPDATE ${typed} t SET reason = 'duplicate of line ' || d.first FROM ${repeated} d WHERE t.line = d.line AND d.line <> d.first AND t.reason IS NULL`);
  await client.query(`DROP TABLE ${repeated}`);
  const { rows: rejectedRows } = await client.query<{ line: string; reason: string; total: string }>(
    `SELECT line, reason, count(*) OVER () AS total FROM ${typed} WHERE reason IS NOT NULL ORDER BY line LIMIT ${maxListed}`,
  );
  const rejectedCount = Number(rejectedRows[0]?.total ?? 0);
  log(`${file}: checked in ${Math.round(performance.now() - started)} ms`);

  // Upsert in batches of lines, in this transaction: a new key is inserted, an existing one updated only if
  // its values differ (so a re-import changes nothing). Rows go in the file's order: an extract sorted by
  // key or by person keeps each index's inserts close together, and no sort is paid for.
  const names = castColumns.map((c) => q(c.name));
  const updatable = castColumns.filter((c) => !entity.key.includes(c.name)).map((c) => q(c.name));
  const table = q(entity.table);
  const valid = read - rejectedCount;
  let inserted = 0;
  let updated = 0;
  const lastLine = read + 1;
  if (read > batchSize) await client.query(`CREATE INDEX ON ${typed} (line)`);
  for (let from = 2; from <= lastLine; from += batchSize) {
    const to = from + batchSize;
    const { rows } = await client.query<{ inserted: string; updated: string }>(
      `WITH written AS (
         INSERT INTO ${table} AS t (${names.join(", ")}, "updatedAt")
         SELECT ${names.join(", ")}, now() FROM ${typed} WHERE ${read > batchSize ? `line >= ${from} AND line < ${to} AND ` : ""}reason IS NULL
         ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${updatable.map((n) => `${n} = EXCLUDED.${n}`).join(", ")}, "updatedAt" = EXCLUDED."updatedAt"
         WHERE (${updatable.map((n) => `t.${n}`).join(", ")}) IS DISTINCT FROM (${updatable.map((n) => `EXCLUDED.${n}`).join(", ")})
         RETURNING old.${key[0]!} IS NULL AS new)
       SELECT count(*) FILTER (WHERE new) AS inserted, count(*) FILTER (WHERE NOT new) AS updated FROM written`,
    );
    inserted += Number(rows[0]!.inserted);
    updated += Number(rows[0]!.updated);
    if (read > batchSize) log(`${file}: rows ${from - 1}–${Math.min(to - 2, read)} upserted`);
  }
  // Dropped in the transaction: an unlogged working table would otherwise outlive the commit.
  await client.query(`DROP TABLE ${typed}`);
  log(`${file}: ${read} read, ${inserted} inserted, ${updated} updated, ${rejectedCount} rejected in ${Math.round(performance.now() - started)} ms`);
  return {
    file,
    read,
    inserted,
    updated,
    unchanged: valid - inserted - updated,
    rejectedCount,
    rejected: rejectedRows.map((r) => ({ line: Number(r.line), reason: r.reason })),
  };
}
