// Screenshot comparisons (issue 11 §8) of the status look-up result, the officer's decision page and the
// supervisor's overview, at phone and desktop size, so a broken layout fails the suite. Deterministic:
// fixed people (synthetic master records 14 and 15 of the demo seed, the fixture photos), the browser's
// clock fixed, and what the server stamps (reference codes, times, deadlines) masked. The overview is
// the admin's view of an office no other spec works at, so every number is zero.
// Baselines: tests/e2e/__screenshots__/ (decision 0029); regenerate with --update-snapshots and look.
import type { Locator, Page } from "@playwright/test";
import { sendDeclaration } from "./support/declarations";
import { seededPerson } from "./support/seeded-people";
import { pageAt, settle, SIZES, type SizeName } from "./support/screenshots";
import { expect, test } from "./support/staff-session";

const lookedUp = seededPerson(14);
const decided = seededPerson(15);
/** An office with no declarations in the e2e data (BHXH tỉnh Quảng Ninh). */
const QUIET_OFFICE = "2200";

const sent = new Map<string, Promise<string>>();
function referenceOf(request: Parameters<typeof sendDeclaration>[0], person: typeof lookedUp, phone: string): Promise<string> {
  let reference = sent.get(person.bhxhCode);
  if (!reference) {
    reference = sendDeclaration(request, { person, phone, street: "Số 1 phố Đội Cấn", idempotencyKey: `e2e-shots-${person.bhxhCode}` }).then((s) => s.reference);
    sent.set(person.bhxhCode, reference);
  }
  return reference;
}

async function shoot(page: Page, name: string, mask: Locator[], fullPage = false) {
  await settle(page);
  await expect(page).toHaveScreenshot(name, { fullPage, mask });
}

for (const size of Object.keys(SIZES) as SizeName[]) {
  test(`status look-up result, ${size}`, async ({ browser, baseURL, request }) => {
    test.setTimeout(120_000);
    const reference = await referenceOf(request, lookedUp, "0962555014");
    const page = await pageAt(browser, baseURL, size);
    await page.goto("/tra-cuu");
    await page.getByLabel("Mã hồ sơ").fill(reference);
    await page.getByLabel("Số giấy tờ tùy thân").fill(lookedUp.idNumber);
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByRole("heading", { name: `Hồ sơ ${reference}` })).toBeVisible();
    // The reference, and every date and time the server wrote (sending, deadline, history).
    const stamped = page.locator("main").getByText(new RegExp(`${reference}|\\d{2}/\\d{2}/\\d{4}`));
    await shoot(page, `lookup-result-${size}.png`, [stamped, page.getByLabel("Mã hồ sơ")], true);
    await page.context().close();
  });

  test(`officer decision page, ${size}`, async ({ browser, baseURL, request, staffStateFile }) => {
    test.setTimeout(120_000);
    const reference = await referenceOf(request, decided, "0962555015");
    const page = await pageAt(browser, baseURL, size, await staffStateFile("canbo.hn", baseURL));
    await page.goto(`/can-bo/ho-so/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
    await expect.poll(() => page.locator(".bo-photo img").evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    await shoot(page, `decision-page-${size}.png`, [page.locator(".bo-detail-head h1"), page.locator(".bo-detail-meta")]);
    await page.context().close();
  });

  test(`overview, ${size}`, async ({ browser, baseURL, staffStateFile }) => {
    test.setTimeout(120_000);
    const page = await pageAt(browser, baseURL, size, await staffStateFile("quantri", baseURL));
    await page.goto(`/can-bo/tong-quan?co-quan=${QUIET_OFFICE}`);
    await expect(page.getByRole("heading", { level: 2, name: "Cần xử lý" })).toBeVisible();
    // The dates: the periods' ranges and the chart's day labels.
    await shoot(page, `overview-${size}.png`, [page.locator("main .field__hint").filter({ hasText: /\d{2}\/\d{2}\/\d{4}/ }), page.locator(".bo-chart__svg text")], true);
    await page.context().close();
  });
}
