// Finds a Chromium for Playwright: PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's, or Playwright's own; and the browser the suites run.
import { existsSync } from "node:fs";
import { chromium, devices } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

/** The executable to launch, or undefined when Playwright's own browser is installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser is not installed either.
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one of:\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  with internet: npx playwright install chromium\n" +
      "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary.",
  );
}

/**
 * What both Playwright configs (playwright.config.ts, playwright.cluster.config.ts) run: this Chromium as a
 * Pixel 7 in Vietnam against the portal on `port`, keeping a trace of what fails.
 */
export function phoneInVietnam(port: number) {
  const launchOptions = { executablePath: findChromium(), args: CHROMIUM_ARGS };
  return {
    use: { baseURL: `http://127.0.0.1:${port}`, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", trace: "retain-on-failure" as const, launchOptions },
    projects: [{ name: "mobile", use: { ...devices["Pixel 7"], launchOptions } }],
  };
}
