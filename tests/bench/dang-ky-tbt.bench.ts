// Total blocking time of the declaration pages on a phone-like Chromium (CPU 4× slower, as Lighthouse's
// mobile profile), with the home page of the same server as the baseline: /dang-ky (the start page, what
// Lighthouse is pointed at) and /dang-ky/ke-khai (the form itself). Lighthouse is not a dependency of the
// project, so TBT is measured as Lighthouse defines it, from the browser's own long tasks: the part over
// 50 ms of every task between first contentful paint and the moment the page has been quiet (no long
// task) for 5 s after load. Runs the benches' own build on a scratch PostgreSQL (support/seeded-portal.ts).
import { chromium, type Browser } from "@playwright/test";
import type { BenchResult } from "./run";
import { median, round } from "./stats";
import { PAGES, startSeededPortal } from "./support/seeded-portal";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/chromium";

const RUNS = 5;
const CPU_SLOWDOWN = 4;
const QUIET_MS = 5_000;
const GIVE_UP_MS = 30_000;
const BUDGET_MS = 150;

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

type Sample = { tbt: number; fcp: number; longTasks: number; longest: number };

/** One cold load (a new context: empty cache) of `url` on a Pixel-sized page with the CPU slowed down. */
export async function loadOnce(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, locale: "vi-VN" });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: OBSERVE_LONG_TASKS });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: "load" });
    const started = Date.now();
    // Wait for QUIET_MS without a long task (Lighthouse's time-to-interactive window), at most GIVE_UP_MS.
    for (;;) {
      const lastEnd = await page.evaluate(() => {
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        return { now: performance.now(), end: tasks.reduce((max, t) => Math.max(max, t.start + t.duration), 0) };
      });
      if (lastEnd.now - lastEnd.end >= QUIET_MS || Date.now() - started > GIVE_UP_MS) break;
      await page.waitForTimeout(250);
    }
    return await page.evaluate(() => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      // A task that straddles FCP counts only for its part after FCP (as Lighthouse does).
      const blocking = tasks.map((t) => {
        const end = t.start + t.duration;
        if (end <= fcp) return 0;
        const counted = end - Math.max(t.start, fcp);
        return Math.max(0, Math.min(counted, t.duration - 50));
      });
      return { tbt: blocking.reduce((a, b) => a + b, 0), fcp, longTasks: tasks.length, longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0) };
    });
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const server = await startSeededPortal("bench_dang_ky");
  const benchBuildMs = server.benchBuildMs;
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const samples: Record<string, Sample[]> = {};
      for (const p of PAGES) await loadOnce(browser, `${server.url}${p.path}`); // warm the server's caches
      // Interleaved, so a burst of load on the machine falls on every page alike.
      for (let i = 0; i < RUNS; i++) {
        for (const p of PAGES) (samples[p.name] ??= []).push(await loadOnce(browser, `${server.url}${p.path}`));
      }
      const results: BenchResult[] = [];
      const ms = (values: number[]) => round(median(values));
      for (const p of PAGES) {
        const s = samples[p.name]!;
        const tbt = ms(s.map((x) => x.tbt));
        results.push({
          name: `tbt.${p.name}.median`,
          value: tbt,
          unit: "ms",
          path: p.path,
          cpuSlowdown: CPU_SLOWDOWN,
          runs: RUNS,
          max: round(Math.max(...s.map((x) => x.tbt))),
          fcpMedian: ms(s.map((x) => x.fcp)),
          longestTaskMedian: ms(s.map((x) => x.longest)),
          ...(p.name === "home" ? {} : { budgetMs: BUDGET_MS, withinBudget: tbt <= BUDGET_MS }),
          benchBuildMs: round(benchBuildMs),
        });
      }
      const home = results[0]!;
      // A ratio to a home page with no blocking time at all would mean nothing.
      if (home.value > 0) {
        for (const r of results.slice(1)) results.push({ name: `${r.name.replace(".median", "")}.vsHome`, value: round(r.value / home.value, 2), unit: "ratio", baseline: home.name });
      }
      return results;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
