// Finds a Chromium for Playwright: PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's, or Playwright's own.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

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
