import { defineConfig } from "@playwright/test";
import { phoneInVietnam } from "./tests/e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `.data/e2e-results-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Screenshot comparisons (tests/e2e/screenshots-*.spec.ts; decision 0029): a little room for font
    // anti-aliasing, none for a moved or broken layout.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2, animations: "disabled", caret: "hide", scale: "css" },
  },
  // One baseline per page and size, made with Debian's Chromium on this machine (CI runs the same).
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFileName}/{arg}{ext}",
  // CI compares and never writes: a missing or different baseline fails (`--update-snapshots` regenerates locally).
  updateSnapshots: process.env.CI ? "none" : "missing",
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? ".data/test-reports/playwright.json" }]],
  ...phoneInVietnam(port),
  webServer: {
    command: `npx tsx --import ./scripts/preload/allow-server-only.mjs scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/api/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: "pipe",
    stderr: "pipe",
  },
});
