// The registry look-ups in a phone-sized Chromium: medical facilities (/tra-cuu/co-so-kcb) and employers
// (/tra-cuu/don-vi) on the demo registry — errors summarised, unaccented and accented names, filters, the
// tax code, focus on the results, axe in each state, in Vietnamese and Korean, no page wider than 360 px,
// and the same forms without JavaScript.
import { catalogs } from "@/lib/i18n/catalog";
import { ZEmployersLookupResponseSchema } from "@/lib/schemas/registry-lookups";
import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

const vi = catalogs.registries.vi;
const ko = catalogs.registries.ko;

/** A demo employer of a province, read through the API from an address of its own. */
async function demoEmployer(request: APIRequestContext, provinceCode: string) {
  const res = await request.get(`/api/v1/lookups/employers?q=du+lieu+mo+phong&provinceCode=${provinceCode}`, { headers: { "X-Forwarded-For": "198.51.100.77" } });
  expect(res.status()).toBe(200);
  const [first] = ZEmployersLookupResponseSchema.parse(await res.json()).employers;
  expect(first?.taxCode).toBeTruthy();
  return first!;
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: Math.min(document.documentElement.clientWidth, window.innerWidth) }));
  expect(scrollWidth, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(width);
}

test("the registry look-ups are linked from the home page and from /tra-cuu", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: vi.facilitiesLinkTitle, exact: true })).toHaveAttribute("href", "/tra-cuu/co-so-kcb");
  await expect(page.getByRole("link", { name: vi.employersLinkTitle, exact: true })).toHaveAttribute("href", "/tra-cuu/don-vi");
  await page.goto("/tra-cuu");
  await page.getByRole("link", { name: vi.employersLinkTitle, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.employersTitle);
});

test("facilities: the province asked for, then unaccented and accented names and the filters, focus on the results", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/tra-cuu/co-so-kcb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.facilitiesTitle);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: vi.submit }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Chọn tỉnh/thành phố"]);
  await expectNoAxeViolations(page);

  await page.getByLabel(vi.facilityProvinceLabel).selectOption({ label: "Thành phố Hà Nội" });
  await page.getByLabel(vi.facilityNameLabel).fill("benh vien da khoa");
  await page.getByRole("button", { name: vi.submit }).click();
  const results = page.getByRole("region", { name: vi.facilitiesResultHeading });
  await expect(results).toBeFocused();
  await expect(results.getByRole("heading", { level: 3 }).first()).toHaveText(/^Bệnh viện Đa khoa/);
  await expect(results.getByRole("heading", { level: 3 })).not.toHaveCount(0);
  await expect(results).toContainText(`${vi.facilityCode}01001`);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.getByLabel(vi.facilityNameLabel).fill("Trạm Y tế");
  await page.getByLabel(vi.levelLabel).selectOption({ label: vi.level_primary });
  await page.getByLabel(vi.issuesSickLeaveOnly).check();
  await page.getByRole("button", { name: vi.submit }).click();
  await expect(page).toHaveURL(/issuesSickLeave=1/);
  const filtered = page.getByRole("region", { name: vi.facilitiesResultHeading });
  await expect(filtered.getByRole("listitem").first()).toBeVisible();
  for (const item of await filtered.getByRole("listitem").all()) {
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(/^Trạm Y tế/);
    await expect(item).toContainText(`${vi.facilityIssuesSickLeave}${vi.yes}`);
  }
  await expectNoAxeViolations(page);

  await page.getByLabel(vi.facilityNameLabel).fill("ab");
  await page.getByRole("button", { name: vi.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toContainText("Nhập ít nhất 3 chữ cái hoặc chữ số của tên");
});

test("employers: a tax code typed with spaces finds one employer, a name lists them, a bad tax code is explained", async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const employer = await demoEmployer(request, "79");
  await page.goto("/tra-cuu/don-vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.employersTitle);
  await expectNoAxeViolations(page);

  await page.getByLabel(vi.employerQueryLabel).fill(`${employer.taxCode!.slice(0, 4)} ${employer.taxCode!.slice(4)}`);
  await page.getByRole("button", { name: vi.submit }).click();
  const results = page.getByRole("region", { name: vi.employersResultHeading });
  await expect(results).toBeFocused();
  await expect(results.getByRole("heading", { level: 3 })).toHaveText([employer.name]);
  await expect(results).toContainText(`${vi.employerTaxCode}${employer.taxCode}`);
  await expect(results).toContainText(vi.employerStatus);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.getByLabel(vi.employerQueryLabel).fill("cong ty du lieu mo phong");
  await page.getByLabel(vi.employerProvinceLabel).selectOption({ label: "Thành phố Hồ Chí Minh" });
  await page.getByRole("button", { name: vi.submit }).click();
  const list = page.getByRole("region", { name: vi.employersResultHeading });
  await expect(list.getByRole("heading", { level: 3 }).first()).toHaveText(/Hồ Chí Minh \(dữ liệu mô phỏng\)$/);
  await expectNoHorizontalOverflow(page);

  await page.getByLabel(vi.employerQueryLabel).fill("0101 234");
  await page.getByRole("button", { name: vi.submit }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(vi.taxCodeInvalid);
  await expectNoAxeViolations(page);
});

test("both pages in Korean: headings, results and errors in Korean, axe-clean, no wider than 360 px", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "lang", value: "ko", url: baseURL! }]);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/tra-cuu/co-so-kcb?provinceCode=79&bhytContracted=1");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.facilitiesTitle);
  const results = page.getByRole("region", { name: ko.facilitiesResultHeading });
  await expect(results).toContainText(`${ko.facilityBhytContracted}${ko.yes}`);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.goto("/tra-cuu/don-vi?q=may+mac&provinceCode=01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.employersTitle);
  await expect(page.getByRole("region", { name: ko.employersResultHeading }).getByRole("listitem").first()).toContainText(ko.employerStatus);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.goto("/tra-cuu/don-vi?q=x");
  await expect(page.getByRole("alert").filter({ hasText: "이름의 글자나 숫자를 3자 이상 입력하세요" })).toBeFocused();
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both forms work as plain GET forms", async ({ page }) => {
    await page.goto("/tra-cuu/co-so-kcb");
    await page.getByLabel(vi.facilityProvinceLabel).selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByLabel(vi.bhytContractedOnly).check();
    await page.getByRole("button", { name: vi.submit }).click();
    await expect(page).toHaveURL(/provinceCode=\d{2}.*bhytContracted=1/);
    await expect(page.getByRole("region", { name: vi.facilitiesResultHeading }).getByRole("heading", { level: 3 }).first()).toBeVisible();

    await page.goto("/tra-cuu/don-vi");
    await page.getByLabel(vi.employerQueryLabel).fill("Công ty");
    await page.getByRole("button", { name: vi.submit }).click();
    await expect(page.getByRole("region", { name: vi.employersResultHeading }).getByRole("link", { name: vi.nextPage })).toBeVisible();
  });
});
