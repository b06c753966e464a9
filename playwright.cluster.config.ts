// The multi-node suite (tests/e2e-cluster): 2 app nodes and 2 workers behind nginx on one PostgreSQL
// (scripts/e2e-cluster.ts), driven node by node and through the proxy. Run by `npm test` after the main
// suite, or `npx playwright test -c playwright.cluster.config.ts`.
import { defineConfig } from "@playwright/test";
import { phoneInVietnam } from "./tests/e2e/support/chromium";

const port = Number(process.env.E2E_CLUSTER_PORT ?? 3117);

export default defineConfig({
  testDir: "tests/e2e-cluster",
  outputDir: `.data/e2e-cluster-results-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? ".data/test-reports/playwright-cluster.json" }]],
  ...phoneInVietnam(port),
  webServer: {
    command: `npx tsx --import ./scripts/preload/allow-server-only.mjs scripts/e2e-cluster.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { E2E_CLUSTER_PORT: String(port) },
    stdout: "pipe",
    stderr: "pipe",
  },
});
