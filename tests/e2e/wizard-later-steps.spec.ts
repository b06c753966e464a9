// The wizard's load (issue 18 §6, decision 0030): the steps after the first load on first use, not with the
// page; a draft restored past step 1 waits for them with the form disabled, trying again until they arrive;
// and the form becoming ready moves nothing on the screen (Lighthouse's layout shift).
import { expect, test, type Page, type Route } from "./support/test";

/** Only the chunk of the later steps holds the early check's address (components/declaration/record-check.tsx). */
const LATER_STEPS_MARKER = "/api/v1/declarations/record-check";
const CHUNK = /\/_next\/static\/chunks\/.+\.js(\?.*)?$/;

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const loadingNotice = (page: Page) => page.getByRole("status").filter({ hasText: "Đang tải biểu mẫu" });

test("the form becoming ready shifts nothing on the screen: the loading notice goes from over the page's foot", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  // The scripts wait until the server-rendered form, disabled and saying it is loading, has been painted.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(CHUNK, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/dang-ky/ke-khai", { waitUntil: "commit" });
  await expect(loadingNotice(page)).toBeVisible();
  await expect(page.getByLabel("Họ và tên")).toBeDisabled();
  release();
  await expect(page.getByLabel("Họ và tên")).toBeEnabled();
  await expect(loadingNotice(page)).toHaveCount(0);
  // A frame for the last layout to be reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0), `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
});

test("a draft restored on the photos step while the later steps cannot be fetched: disabled and loading, then the step once they arrive", async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem("bhxh:dang-ky:v1", JSON.stringify({ values: {}, step: 3, idempotencyKey: null, savedAt: Date.now() }));
  });
  let blocked = true;
  let attempts = 0;
  await page.route(CHUNK, async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes(LATER_STEPS_MARKER)) return route.fulfill({ response, body });
    attempts++;
    if (blocked) return route.abort("internetdisconnected");
    return route.fulfill({ response, body });
  });
  await page.goto("/dang-ky/ke-khai");
  await expect(heading(page)).toContainText("Bước 4/5");
  await expect.poll(() => attempts, { message: "the later steps were asked for at once" }).toBeGreaterThan(0);
  await expect(loadingNotice(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Quay lại" })).toBeDisabled();
  await expect(page.getByText("Chọn ảnh có sẵn", { exact: true })).toHaveCount(0);

  blocked = false;
  // Tried again a few seconds later: the photos step appears, the form usable.
  await expect(page.getByText("Chọn ảnh có sẵn", { exact: true })).toHaveCount(3, { timeout: 15_000 });
  expect(attempts, "fetched again after the failure").toBeGreaterThan(1);
  await expect(loadingNotice(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Quay lại" })).toBeEnabled();
});

test("the steps after the first are not loaded with the page, but once the person starts using the form", async ({ page }) => {
  const laterSteps: string[] = [];
  await page.route(CHUNK, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(LATER_STEPS_MARKER)) laterSteps.push(route.request().url());
    return route.fulfill({ response, body });
  });
  await page.goto("/dang-ky/ke-khai");
  await expect(page.getByLabel("Họ và tên")).toBeEnabled();
  await page.waitForLoadState("networkidle");
  expect(laterSteps, "not with the page").toEqual([]);
  await page.getByLabel("Họ và tên").click();
  await expect.poll(() => laterSteps.length, { message: "fetched on first use" }).toBeGreaterThan(0);
});
