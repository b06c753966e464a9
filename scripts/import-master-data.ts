// `npm run import:master-data <folder> [--dry-run] [--batch-size N]`: loads the master-data CSV files of
// the folder (docs/master-data-import.md) into DATABASE_URL, or the project's embedded PostgreSQL.
import path from "node:path";
import pg from "pg";
import { DEFAULT_BATCH_SIZE, ImportRefused, importMasterData } from "../lib/server/master-data/import-master-data";
import { migrateAndReport, resolveDatabase } from "./lib/database";

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--batch-size");
const dryRun = args.includes("--dry-run");
const batchIndex = args.indexOf("--batch-size");
const batchSize = batchIndex >= 0 ? Number(args[batchIndex + 1]) : DEFAULT_BATCH_SIZE;
if (!folder || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error("Usage: npm run import:master-data -- <folder> [--dry-run] [--batch-size N]");
  process.exit(2);
}

const log = (msg: string) => console.log(`[import] ${msg}`);
const database = await resolveDatabase(log);
let exitCode = 0;
try {
  await migrateAndReport(database.url, log);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const started = performance.now();
    const report = await importMasterData(client, path.resolve(folder), { dryRun, batchSize, log });
    const seconds = (performance.now() - started) / 1000;
    for (const f of report.files) {
      console.log(`${f.file}: ${f.read} read, ${f.inserted} inserted, ${f.updated} updated, ${f.unchanged} unchanged, ${f.rejectedCount} rejected`);
      for (const r of f.rejected.slice(0, 100)) console.log(`  line ${r.line}: ${r.reason}`);
      if (f.rejectedCount > 100) console.log(`  … and ${f.rejectedCount - 100} more rejected rows`);
    }
    const rows = report.files.reduce((sum, f) => sum + f.read, 0);
    console.log(`${report.committed ? "Committed" : "Dry run, nothing changed"}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s).`);
  } finally {
    await client.end();
  }
} catch (error) {
  exitCode = 1;
  if (error instanceof ImportRefused) console.error(`Import refused, nothing changed: ${error.message}`);
  else console.error(error);
} finally {
  await database.stop();
}
process.exit(exitCode);
