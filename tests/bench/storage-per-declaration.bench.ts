// What one declaration and one account cost in storage, for the sizing in docs/operations.md: N declarations
// sent through the real submission service with three phone photos each (as declaration-submit.bench.ts),
// then half of them approved at the counter through the real approval service (account, audit events,
// outbox messages). Database bytes are the growth of pg_total_relation_size (rows, indexes, TOAST) over all
// tables, measured after VACUUM ANALYZE before and after each phase; photo bytes are every object the
// service wrote to its storage (a local folder here). The matching master records the approvals need are
// loaded between the two phases and reported apart: they come with the master data, not with accounts.
// N: BENCH_STORAGE_DECLARATIONS (default 200). Page-level growth makes small N coarse (±8 KB per relation).
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { declarationJson } from "../fixtures/declaration-json";
import { phonePhotoJpeg } from "../fixtures/photo-files";
import type { BenchResult } from "./run";
import { round } from "./stats";
import { withBenchDatabase } from "./support/database";

const DECLARATIONS = Number(process.env.BENCH_STORAGE_DECLARATIONS ?? 200);
/** Submissions in flight at once: the photo re-encoding uses both of sharp's threads either way. */
const CONCURRENCY = 2;

type Sizes = Map<string, number>;

/** Bytes of every table of the public schema with its indexes and TOAST, after VACUUM ANALYZE. */
async function tableSizes(pool: pg.Pool): Promise<Sizes> {
  await pool.query("VACUUM ANALYZE");
  const { rows } = await pool.query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  return new Map(rows.map((row) => [row.name, Number(row.bytes)]));
}

/** Growth per table between two snapshots (tables that did not grow left out), largest first, and the total. */
function growth(before: Sizes, after: Sizes): { total: number; byTable: Record<string, number> } {
  const entries = [...after].map(([name, bytes]) => [name, bytes - (before.get(name) ?? 0)] as const).filter(([, delta]) => delta !== 0);
  entries.sort((a, b) => b[1] - a[1]);
  return { total: entries.reduce((sum, [, delta]) => sum + delta, 0), byTable: Object.fromEntries(entries) };
}

function storedObjects(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    count++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}

/** Runs `body` for each item, `concurrency` at a time. */
async function forEachConcurrently<T>(items: T[], concurrency: number, body: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await body(next);
    }),
  );
}

export async function run(): Promise<BenchResult[]> {
  const storageDir = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-storage-"));
  // The app's modules read the environment on first use: set before withBenchDatabase imports them.
  Object.assign(process.env, { STORAGE_DRIVER: "local", STORAGE_DIR: storageDir, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", APP_MODE: "demo" });
  try {
    return await withBenchDatabase("bench_storage", async ({ pool, db }) => {
      const { submitDeclaration } = await import("@/lib/server/declarations/submit-declaration");
      const { approveDeclaration } = await import("@/lib/server/declarations/approve-declaration");
      const { createMatchingParticipant } = await import("../factories/declarations");
      const { createStaffUser, principalOf } = await import("../factories/staff");
      const officer = principalOf(await createStaffUser(db, { role: "officer", officeCode: "0101" }));

      const [portrait, idFront, idBack] = await Promise.all([
        phonePhotoJpeg({ seed: 101, orientation: 6, gps: true }),
        phonePhotoJpeg({ seed: 202, orientation: 1, gps: true }),
        phonePhotoJpeg({ seed: 303, orientation: 8, gps: true }),
      ]);
      const rng = createRng(1616);
      const people = Array.from({ length: DECLARATIONS }, () => buildPerson(rng));

      const beforeSubmissions = await tableSizes(pool);
      const references: string[] = [];
      let n = 0;
      await forEachConcurrently(people, CONCURRENCY, async (person) => {
        n++;
        const result = await submitDeclaration({
          json: declarationJson(person),
          files: { portrait: { bytes: portrait! }, idFront: { bytes: idFront! }, idBack: { bytes: idBack! } },
          idempotencyKey: crypto.randomUUID(),
          ip: `10.${(n >> 8) & 255}.${n & 255}.2`,
          userAgent: "bench",
        });
        if (!result.ok) throw new Error(`submission refused: ${result.code} ${JSON.stringify(result)}`);
        references.push(result.body.reference);
      });
      const afterSubmissions = await tableSizes(pool);
      const photos = storedObjects(storageDir);
      const recordedPhotoBytes = (await db.declarationFile.aggregate({ _sum: { bytes: true } }))._sum.bytes ?? 0;

      // Half approved, as at the counter; each needs its master record (loaded with the master data in production).
      const toApprove = await db.declaration.findMany({ where: { reference: { in: references.slice(0, Math.floor(DECLARATIONS / 2)) } } });
      for (const declaration of toApprove) await createMatchingParticipant(db, declaration);
      const beforeApprovals = await tableSizes(pool);
      await forEachConcurrently(toApprove, CONCURRENCY, async (declaration) => {
        const result = await approveDeclaration(
          officer,
          { reference: declaration.reference, expectedVersion: declaration.version, checklist: { originalIdChecked: true, declarationSigned: true } },
          { ip: "203.0.113.16", userAgent: "bench" },
        );
        if (!result.ok) throw new Error(`approval refused: ${result.code}`);
      });
      const afterApprovals = await tableSizes(pool);
      const accounts = await db.account.count();
      if (accounts !== toApprove.length) throw new Error(`expected ${toApprove.length} accounts, found ${accounts}`);

      const submitted = growth(beforeSubmissions, afterSubmissions);
      const masterRecords = growth(afterSubmissions, beforeApprovals);
      const approved = growth(beforeApprovals, afterApprovals);
      const perRow = (bytes: number, rows: number) => round(bytes / rows, 0);
      const context = { declarations: DECLARATIONS, accounts, photos: "3 × 4000×3000 JPEG q92 with EXIF orientation, GPS and sensor noise", measuredAfter: "VACUUM ANALYZE" };
      return [
        {
          name: "db_bytes_per_declaration",
          value: perRow(submitted.total, DECLARATIONS),
          unit: "bytes",
          ...context,
          note: "declaration, its file rows, audit events, outbox messages and whatever else the submission writes",
          bytesPerDeclarationByTable: Object.fromEntries(Object.entries(submitted.byTable).map(([table, bytes]) => [table, perRow(bytes, DECLARATIONS)])),
        },
        {
          name: "db_bytes_per_account",
          value: perRow(approved.total, accounts),
          unit: "bytes",
          ...context,
          note: "the approval: account, status change, audit events, outbox messages (master record not included)",
          bytesPerAccountByTable: Object.fromEntries(Object.entries(approved.byTable).map(([table, bytes]) => [table, perRow(bytes, accounts)])),
        },
        {
          name: "db_bytes_per_master_record",
          value: perRow(masterRecords.total, toApprove.length),
          unit: "bytes",
          ...context,
          note: "one Participant row as the tests' factory writes it, with its indexes",
        },
        {
          name: "photo_bytes_per_declaration",
          value: perRow(photos.bytes, DECLARATIONS),
          unit: "bytes",
          ...context,
          storedObjects: photos.count,
          recordedInDeclarationFile: perRow(recordedPhotoBytes, DECLARATIONS),
          inputBytesPerDeclaration: portrait!.byteLength + idFront!.byteLength + idBack!.byteLength,
        },
      ];
    });
  } finally {
    rmSync(storageDir, { recursive: true, force: true });
  }
}
