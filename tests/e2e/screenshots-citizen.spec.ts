// Screenshot comparisons of the citizen's entry pages (issue 11 §8): the home page and the wizard's first
// step, at phone and desktop size. In a file of their own because both pages are being reshaped (issue 11
// §5): after such a change, regenerate these baselines on purpose with
//   E2E_PORT=<port> npx playwright test tests/e2e/screenshots-citizen.spec.ts --update-snapshots
// and look at the new images before committing them. CI (CI=true) never writes baselines.
import { expect, test } from "./support/test";
import { pageAt, settle, SIZES, type SizeName } from "./support/screenshots";

for (const size of Object.keys(SIZES) as SizeName[]) {
  test(`home page, ${size}`, async ({ browser, baseURL }) => {
    const page = await pageAt(browser, baseURL, size);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`home-${size}.png`, { fullPage: true });
    await page.context().close();
  });

  test(`declaration wizard, first step, ${size}`, async ({ browser, baseURL }) => {
    const page = await pageAt(browser, baseURL, size);
    await page.goto("/dang-ky");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`wizard-first-step-${size}.png`, { fullPage: true });
    await page.context().close();
  });
}
