// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema as of the
// last migration (prisma/migrations/schema.snapshot.prisma) to prisma/schema.prisma, computed offline.
// Usage: npm run db:migration -- <name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withScratchDatabase } from "./lib/scratch-database";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(2);
}
const snapshot = path.join("prisma", "migrations", "schema.snapshot.prisma");

await withScratchDatabase(async (url) => {
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (!sql.trim() || /This is an empty migration/.test(sql)) {
    console.log("The schema has not changed since the last migration.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(path.join("prisma", "schema.prisma"), snapshot);
  console.log(`Wrote ${dir}/migration.sql and updated ${snapshot}.`);
});
