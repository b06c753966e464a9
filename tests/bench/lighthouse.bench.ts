// Lighthouse itself (12.x, its default mobile configuration: simulated throttling, the moto g power
// profile, CPU ×4) on the home page, the declaration's start page (/dang-ky, what issue 18 §6 is measured
// on) and the form (/dang-ky/ke-khai), against the benches' own production build on a scratch PostgreSQL
// (support/seeded-portal.ts). Three runs per page, interleaved so a burst of load on the machine falls on
// every page alike; each line is the median of each figure, with the page's total blocking time as a ratio
// to the home page's. Simulated throttling scales the tasks the browser really ran, so a busy host shows as
// longer tasks: the load average beside each line says how busy it was.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import type { BenchResult } from "./run";
import { median, round } from "./stats";
import { PAGES, startSeededPortal } from "./support/seeded-portal";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/chromium";

const RUNS = 3;
/** Issue 18 §6: performance ≥ 95 and total blocking time ≤ 150 ms on /dang-ky. */
const SCORE_TARGET = 95;
const TBT_BUDGET_MS = 150;

type Sample = {
  score: number;
  tbt: number;
  lcp: number;
  fcp: number;
  cls: number;
  speedIndex: number;
  /** Main-thread time by kind (script evaluation, style and layout…) and by script, from this run. */
  mainThread: Record<string, number>;
  scripts: { url: string; scripting: number }[];
};

/** LIGHTHOUSE_REPORT_DIR=<folder>: each run's whole report is written there too (<page>-<run>.json), to see where the time went. */
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;

/** One Lighthouse run (a fresh tab, storage and cache cleared by Lighthouse) of `url` through Chromium's debugging `port`. */
async function audit(url: string, port: number, label: string): Promise<Sample> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (REPORT_DIR) {
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(path.join(REPORT_DIR, `${label}.json`), result.report as string);
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") throw new Error(`Lighthouse on ${url}: no value for ${id} (${lhr.audits[id]?.errorMessage ?? "missing"})`);
    return value;
  };
  type Items = { details?: { items?: Record<string, unknown>[] } } | undefined;
  const items = (id: string) => ((lhr.audits[id] as Items)?.details?.items ?? []);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: numeric("total-blocking-time"),
    lcp: numeric("largest-contentful-paint"),
    fcp: numeric("first-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    speedIndex: numeric("speed-index"),
    mainThread: Object.fromEntries(items("mainthread-work-breakdown").map((i) => [String(i.group), round(Number(i.duration))])),
    // "Unattributable" (no script to name) stays as it is.
    scripts: items("bootup-time").map((i) => ({ url: URL.canParse(String(i.url)) ? new URL(String(i.url)).pathname : String(i.url), scripting: round(Number(i.scripting)) })),
  };
}

export async function run(): Promise<BenchResult[]> {
  const { freePort } = await import("@/lib/server/db/embedded");
  const server = await startSeededPortal("bench_lighthouse");
  const benchBuildMs = server.benchBuildMs;
  try {
    // Playwright starts the browser (it works offline with Debian's Chromium); Lighthouse drives it through
    // the debugging port, in tabs of its own.
    const debuggingPort = await freePort();
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debuggingPort}`] });
    try {
      // Warm the server (each route's first render loads its modules) so the first run is not the slow one.
      for (const p of PAGES) for (let i = 0; i < 2; i++) await (await fetch(`${server.url}${p.path}`)).arrayBuffer();
      const samples: Record<string, Sample[]> = {};
      for (let i = 0; i < RUNS; i++) {
        for (const p of PAGES) (samples[p.name] ??= []).push(await audit(`${server.url}${p.path}`, debuggingPort, `${p.name}-${i + 1}`));
      }
      const results: BenchResult[] = [];
      for (const p of PAGES) {
        const s = samples[p.name]!;
        const mid = (pick: (x: Sample) => number, digits = 0) => round(median(s.map(pick)), digits);
        // The run with the median score, for where its main-thread time went.
        const typical = [...s].sort((a, b) => a.score - b.score)[Math.floor(s.length / 2)]!;
        const tbt = mid((x) => x.tbt);
        const score = mid((x) => x.score);
        results.push({
          name: `lighthouse.${p.name}.performance`,
          value: score,
          unit: "score",
          path: p.path,
          runs: RUNS,
          scores: s.map((x) => x.score),
          tbtMs: tbt,
          tbtRunsMs: s.map((x) => round(x.tbt)),
          lcpMs: mid((x) => x.lcp),
          fcpMs: mid((x) => x.fcp),
          cls: mid((x) => x.cls, 3),
          speedIndexMs: mid((x) => x.speedIndex),
          ...(p.name === "home" ? {} : { scoreTarget: SCORE_TARGET, tbtBudgetMs: TBT_BUDGET_MS, withinTarget: score >= SCORE_TARGET && tbt <= TBT_BUDGET_MS }),
          mainThreadMs: typical.mainThread,
          scriptingMs: typical.scripts.filter((x) => x.scripting >= 10),
          throttling: "simulate (Lighthouse default mobile: moto g power, CPU ×4, slow 4G)",
          benchBuildMs: round(benchBuildMs),
        });
      }
      const home = results[0]!;
      const homeTbt = home.tbtMs as number;
      // A ratio to a home page with no blocking time at all would mean nothing: then only the absolute figures.
      if (homeTbt > 0) {
        for (const r of results.slice(1)) {
          results.push({
            name: r.name.replace(".performance", ".tbtVsHome"),
            value: round((r.tbtMs as number) / homeTbt, 2),
            unit: "ratio",
            baseline: { name: `${home.name}:tbtMs`, value: homeTbt, unit: "ms" },
          });
        }
      }
      return results;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
