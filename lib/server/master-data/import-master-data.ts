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
    await client.query(`CREATE TEMP TABLE import_rejected (file text NOT NULL, line bigint NOT NULL, reason text NOT NULL) ON COMMIT DROP`);
    for (const [index, entity] of entities.entries()) {
      files.push(await importFile(client, folder, entity, `import_stage_${index}`, batchSize, maxListed, log));
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

async function importFile(client: pg.ClientBase, folder: string, entity: EntitySpec, stage: string, batchSize: number, maxListed: number, log: (m: string) => void): Promise<FileReport> {
  const file = entity.file;
  const columns = entity.columns;
  const started = performance.now();
  await client.query(
    `CREATE TEMP TABLE ${stage} (line bigint GENERATED ALWAYS AS IDENTITY (START WITH 2), ${columns.map((c) => `${q(c.name)} text`).join(", ")}) ON COMMIT DROP`,
  );
  try {
    await pipeline(
      createReadStream(path.join(folder, file)),
      client.query(copyFrom(`COPY ${stage} (${columns.map((c) => q(c.name)).join(", ")}) FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`)),
    );
  } catch (error) {
    const where = (error as { where?: string }).where ?? "";
    const line = Number(/line (\d+)/.exec(where)?.[1] ?? /line (\d+)/.exec(String((error as Error).message))?.[1] ?? NaN);
    throw new ImportRefused("malformed", file, `${file}${Number.isFinite(line) ? `, line ${line}` : ""}: ${(error as Error).message}`, Number.isFinite(line) ? line : undefined);
  }
  const { rows: sizeRows } = await client.query<{ n: string; max: string | null }>(`SELECT count(*) AS n, max(line) AS max FROM ${stage}`);
  const read = Number(sizeRows[0]!.n);
  const maxLine = Number(sizeRows[0]!.max ?? 1);
  log(`${file}: ${read} rows copied in ${Math.round(performance.now() - started)} ms`);
  await client.query(`ANALYZE ${stage}`);

  // Trimmed values, NULL when empty.
  const trimmed = `SELECT line, ${columns.map((c) => `NULLIF(btrim(${q(c.name)}), '') AS ${q(c.name)}`).join(", ")} FROM ${stage}`;
  // 1. Each column: present when required, of the right form.
  const reasons = columns.flatMap((c) => [
    ...(c.required ? [`WHEN s.${q(c.name)} IS NULL THEN '${c.name}: required'`] : []),
    ...(c.check ? [`WHEN s.${q(c.name)} IS NOT NULL AND NOT (${withValue(c.check, c.name)}) THEN '${c.name}: invalid'`] : []),
  ]);
  await client.query(
    `INSERT INTO import_rejected (file, line, reason) SELECT $1, line, reason FROM (SELECT s.line, CASE ${reasons.join(" ")} END AS reason FROM (${trimmed}) s) r WHERE reason IS NOT NULL`,
    [file],
  );
  // 2. Rows whose columns are fine, as stored values: checks across columns, references, repeated keys.
  const notRejected = `NOT EXISTS (SELECT 1 FROM import_rejected r WHERE r.file = $1 AND r.line = s.line)`;
  const computed = (entity.computed ?? []).map((c) => ({ name: c.name, sql: c.sql === "__SEARCHABLE__" ? searchableSql(`s.${q("fullName")}`) : c.sql }));
  const castColumns = [...columns.map((c) => ({ name: c.name, sql: withValue(c.cast, c.name) })), ...computed];
  // OFFSET 0 keeps the outer conditions (which read cast values) from being evaluated on rows set aside above.
  const cast = (where: string) => `SELECT s.line, ${castColumns.map((c) => `${c.sql} AS ${q(c.name)}`).join(", ")} FROM (${trimmed}) s WHERE ${where} OFFSET 0`;
  // One pass for the checks across columns and the references (each reference a hash join on a unique key).
  const refs = entity.references ?? [];
  const crossReasons = [
    ...(entity.rowChecks ?? []).map((check) => `WHEN ${check.sql} THEN '${check.reason}'`),
    ...refs.map((ref, i) => `WHEN c.${q(ref.column)} IS NOT NULL AND r${i}.${q(ref.targetColumn)} IS NULL THEN '${ref.column}: no such ${ref.table}'`),
  ];
  const joins = refs.map((ref, i) => `LEFT JOIN ${q(ref.table)} r${i} ON r${i}.${q(ref.targetColumn)} = c.${q(ref.column)}`).join(" ");
  const second: string[] = [];
  if (crossReasons.length > 0) {
    second.push(`SELECT $1::text, x.line, x.reason FROM (SELECT c.line, CASE ${crossReasons.join(" ")} END AS reason FROM (${cast(notRejected)}) c ${joins}) x WHERE x.reason IS NOT NULL`);
  }
  const key = entity.key.map((k) => `c.${q(k)}`).join(", ");
  second.push(`SELECT $1::text, d.line, 'duplicate of line ' || d.first FROM (SELECT c.line, min(c.line) OVER (PARTITION BY ${key}) AS first FROM (${cast(notRejected)}) c) d WHERE d.line <> d.first`);
  await client.query(`INSERT INTO import_rejected (file, line, reason) ${second.join(" UNION ALL ")}`, [file]);

  log(`${file}: checked in ${Math.round(performance.now() - started)} ms`);

  // 3. Upsert in batches of lines, in this transaction.
  const names = castColumns.map((c) => q(c.name));
  const updatable = castColumns.filter((c) => !entity.key.includes(c.name)).map((c) => q(c.name));
  const table = q(entity.table);
  let inserted = 0;
  let updated = 0;
  if (maxLine >= 2) await client.query(`CREATE INDEX ON ${stage} (line)`);
  for (let from = 2; from <= maxLine; from += batchSize) {
    const to = from + batchSize;
    // Rows whose key exists and whose values differ are updated; the others are inserted with a plain INSERT
    // (no speculative insertion: the import holds the advisory lock, so no other import adds the same keys).
    const batch = cast(`s.line >= ${from} AND s.line < ${to} AND ${notRejected}`);
    const keyMatch = entity.key.map((k) => `t.${q(k)} = c.${q(k)}`).join(" AND ");
    const { rowCount: updatedRows } = await client.query(
      `UPDATE ${table} t SET ${updatable.map((n) => `${n} = c.${n}`).join(", ")}, "updatedAt" = now() FROM (${batch}) c
       WHERE ${keyMatch} AND (${updatable.map((n) => `t.${n}`).join(", ")}) IS DISTINCT FROM (${updatable.map((n) => `c.${n}`).join(", ")})`,
      [file],
    );
    const { rowCount: insertedRows } = await client.query(
      `INSERT INTO ${table} (${names.join(", ")}, "updatedAt")
       SELECT ${names.map((n) => `c.${n}`).join(", ")}, now() FROM (${batch}) c WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE ${keyMatch})`,
      [file],
    );
    const rows = [{ inserted: String(insertedRows ?? 0), updated: String(updatedRows ?? 0) }];
    inserted += Number(rows[0]!.inserted);
    updated += Number(rows[0]!.updated);
    if (maxLine > batchSize) log(`${file}: lines ${from}–${Math.min(to - 1, maxLine)} upserted`);
  }
  const { rows: rejectedRows } = await client.query<{ line: string; reason: string }>(
    `SELECT line, string_agg(reason, '; ' ORDER BY reason) AS reason FROM import_rejected WHERE file = $1 GROUP BY line ORDER BY line LIMIT ${maxListed}`,
    [file],
  );
  const { rows: countRows } = await client.query<{ n: string }>(`SELECT count(DISTINCT line) AS n FROM import_rejected WHERE file = $1`, [file]);
  const rejectedCount = Number(countRows[0]!.n);
  log(`${file}: ${read} read, ${inserted} inserted, ${updated} updated, ${rejectedCount} rejected in ${Math.round(performance.now() - started)} ms`);
  return {
    file,
    read,
    inserted,
    updated,
    unchanged: read - rejectedCount - inserted - updated,
    rejectedCount,
    rejected: rejectedRows.map((r) => ({ line: Number(r.line), reason: r.reason })),
  };
}
