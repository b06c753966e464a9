// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and prints
// one JSON object per line: {"name", "value", "unit", …context}. Never part of `npm test`.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type BenchResult = { name: string; value: number; unit: string; [context: string]: unknown };

const dir = path.join(process.cwd(), "tests", "bench");
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = false;
for (const file of files) {
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<BenchResult[]> };
    for (const result of await mod.run()) console.log(JSON.stringify({ bench: file, ...result }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ bench: file, name: "error", value: 0, unit: "", error: String(error) }));
  }
}
process.exit(failed ? 1 : 0);
