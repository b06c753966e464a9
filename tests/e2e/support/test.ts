// The `test` every spec imports: Playwright's, plus an automatic guard that fails the test when any page
// it opened (in the default context or in a context the spec made itself) reports a Content-Security-Policy
// violation — an inline script without the nonce, a blocked eval or wasm compile, a framed page…
import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect };
export * from "@playwright/test";

/** Annotation for a test that provokes a CSP violation on purpose. */
export const EXPECTED_CSP_VIOLATION = "expected-csp-violation";

const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

// Chromium writes every violation to the console; the event listener also catches those a page swallows.
const REPORT_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (e) => {
  console.error("Content Security Policy violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
});`;

async function watch(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript({ content: REPORT_VIOLATIONS });
  context.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" && CSP_MESSAGE.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context, browser }, run, testInfo) => {
      const violations: string[] = [];
      await watch(context, violations);
      // Contexts a spec opens itself (a second officer, a second phone) are watched too.
      const newContext = browser.newContext.bind(browser) as Browser["newContext"];
      browser.newContext = (async (...args: Parameters<Browser["newContext"]>) => {
        const created = await newContext(...args);
        await watch(created, violations);
        return created;
      }) as Browser["newContext"];
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      // A spec that provokes a violation on purpose says so; the guard then insists that it saw one.
      if (testInfo.annotations.some((a) => a.type === EXPECTED_CSP_VIOLATION)) expect(violations.length, "the expected CSP violation was reported").toBeGreaterThan(0);
      else expect([...new Set(violations)], "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
