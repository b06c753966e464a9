// `npm test`: typecheck, lint, unit and integration tests (Vitest, real PostgreSQL), production build,
// then the end-to-end suite (Playwright, Chromium). Ends with one "N passed, N failed" line.
// `--only <step>` runs one step: typecheck | lint | vitest | build | e2e | cluster.
// "cluster" is the multi-node suite (playwright.cluster.config.ts: 2 nodes + 2 workers behind nginx).
import { spawnSync } from "node:child_process";
import { findNginx } from "./lib/nginx-config";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const reports = path.join(root, ".data", "test-reports");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Step = { name: string; run: () => number };
const counts = { passed: 0, failed: 0, skipped: 0 };

function exec(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const steps: Step[] = [
  { name: "typecheck", run: () => exec(bin("tsc"), ["--noEmit"]) },
  { name: "lint", run: () => exec(bin("eslint"), ["--max-warnings", "0", "."]) },
  {
    name: "vitest",
    run: () => {
      const out = path.join(reports, "vitest.json");
      rmSync(out, { force: true });
      const status = exec(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
      const report = readJson(out) as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number } | undefined;
      counts.passed += report?.numPassedTests ?? 0;
      counts.failed += report?.numFailedTests ?? (status === 0 ? 0 : 1);
      counts.skipped += (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
      // A failed test fails the step even if the runner's exit code says otherwise.
      return report?.numFailedTests ? status || 1 : status;
    },
  },
  { name: "build", run: () => exec(bin("next"), ["build"], { NODE_ENV: "production" }) },
  {
    name: "e2e",
    run: () => {
      const out = path.join(reports, "playwright.json");
      rmSync(out, { force: true });
      const status = exec(bin("playwright"), ["test"]);
      const stats = (readJson(out) as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | undefined)?.stats;
      counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
      counts.failed += stats?.unexpected ?? (status === 0 ? 0 : 1);
      counts.skipped += stats?.skipped ?? 0;
      return stats?.unexpected ? status || 1 : status;
    },
  },
  {
    name: "cluster",
    run: () => {
      if (!findNginx()) {
        console.log("nginx is not installed (apt-get install nginx; .ci/run does it): the multi-node suite is skipped.");
        counts.skipped++;
        return 0;
      }
      const out = path.join(reports, "playwright-cluster.json");
      rmSync(out, { force: true });
      const status = exec(bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], { PLAYWRIGHT_JSON_OUTPUT: out });
      const stats = (readJson(out) as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | undefined)?.stats;
      counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
      counts.failed += stats?.unexpected ?? (status === 0 ? 0 : 1);
      counts.skipped += stats?.skipped ?? 0;
      return stats?.unexpected ? status || 1 : status;
    },
  },
];

mkdirSync(reports, { recursive: true });
const selected = only ? steps.filter((s) => s.name === only) : steps;
if (selected.length === 0) {
  console.error(`Unknown step "${only}". Steps: ${steps.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
if (selected.some((s) => s.name === "e2e" || s.name === "cluster") && !selected.some((s) => s.name === "build") && !existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  selected.unshift(steps.find((s) => s.name === "build")!);
}

let failedStep: string | undefined;
for (const step of selected) {
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const status = step.run();
  console.log(`=== ${step.name}: ${status === 0 ? "ok" : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (status !== 0) {
    failedStep = step.name;
    break;
  }
}

console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
if (failedStep) {
  console.error(`npm test failed at step "${failedStep}".`);
  process.exit(1);
}
