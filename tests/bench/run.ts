// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and prints one JSON
// object per line on stdout: {"bench", "name", "value", "unit", …context, "loadAverage", "cpus"}. Never part
// of `npm test`.
// Each bench runs in its own child process (this file with --child): the app's modules cache their
// configuration (env(), the Prisma client, the file store) on first use, so a bench that ran before could
// otherwise hand its stopped database to the next one, and the order of benches would change the results.
// The child sends its results over IPC; its own output goes to stderr, so stdout stays JSON lines.
// Added here for every bench: the load average when each result arrived (absolute figures on a shared
// machine mean little without it), and for a ratio (unit "ratio") the baseline it is a ratio to: a bench
// names another of its results (`baseline: "<name>"`) or gives `{name, value, unit}`; a ratio without one
// is an error.
import { fork } from "node:child_process";
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type Baseline = { name: string; value: number; unit: string };
export type BenchResult = { name: string; value: number; unit: string; baseline?: string | Baseline; [context: string]: unknown };

type ChildMessage = { results: BenchResult[] } | { error: string };

const dir = path.join(process.cwd(), "tests", "bench");
/** A bench still running after this long is stopped and reported as an error. */
const BENCH_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30 * 60_000);

function loadAverage(): { "1m": number; "5m": number; "15m": number } {
  const [one, five, fifteen] = os.loadavg().map((value) => Number(value.toFixed(2)));
  return { "1m": one!, "5m": five!, "15m": fifteen! };
}

/** The result as printed: its baseline resolved, the load average and core count added. Throws on a ratio without a baseline. */
export function decorate(bench: string, result: BenchResult, all: BenchResult[]): Record<string, unknown> {
  let baseline: Baseline | undefined;
  if (typeof result.baseline === "string") {
    const named = all.find((other) => other.name === result.baseline);
    if (!named) throw new Error(`${result.name}: its baseline "${result.baseline}" is not a result of ${bench}`);
    baseline = { name: named.name, value: named.value, unit: named.unit };
  } else if (result.baseline) {
    baseline = result.baseline;
  }
  if (result.unit === "ratio" && !baseline) throw new Error(`${result.name} is a ratio without the baseline it is a ratio to`);
  return { bench, ...result, ...(baseline ? { baseline } : {}), loadAverage: loadAverage(), cpus: os.cpus().length };
}

function runInChild(file: string): Promise<ChildMessage> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", file], {
      execArgv: process.execArgv, // tsx's loader and the server-only preload
      stdio: ["ignore", 2, 2, "ipc"],
    });
    let message: ChildMessage | undefined;
    const timer = setTimeout(() => {
      message ??= { error: `timed out after ${BENCH_TIMEOUT_MS} ms` };
      child.kill("SIGTERM");
    }, BENCH_TIMEOUT_MS);
    child.on("message", (received) => {
      message ??= received as ChildMessage;
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(message ?? { error: `the bench process ended (${signal ?? `exit code ${code}`}) without results` });
    });
  });
}

async function child(file: string): Promise<never> {
  let message: ChildMessage;
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<BenchResult[]> };
    message = { results: await mod.run() };
  } catch (error) {
    message = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  await new Promise<void>((resolve) => process.send!(message, () => resolve()));
  // Whatever a bench left open (pools, timers) must not keep the next one waiting.
  process.exit(0);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  let failed = false;
  for (const file of files) {
    const outcome = await runInChild(file);
    const errorLine = (error: string) => ({ bench: file, name: "error", value: 0, unit: "", error, loadAverage: loadAverage(), cpus: os.cpus().length });
    if ("error" in outcome) {
      failed = true;
      console.log(JSON.stringify(errorLine(outcome.error)));
      continue;
    }
    for (const result of outcome.results) {
      try {
        console.log(JSON.stringify(decorate(file, result, outcome.results)));
      } catch (error) {
        failed = true;
        console.log(JSON.stringify(errorLine(error instanceof Error ? error.message : String(error))));
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[2] === "--child") await child(process.argv[3]!);
else if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
