// The wizard's validation (zod and the schemas, components/declaration/wizard-validation.ts) is not loaded
// with the form (issue 18 §6, decision 0027): nothing more is fetched while the page sits untouched, and a
// "Tiếp tục" tapped while the validation is still on its way waits for it and checks the step all the same.
import { expect, test, type Request } from "./support/test";
import { fillAboutStep } from "./support/forms";

test("the validation loads on first use; a Continue tapped before it has arrived waits for it and still checks the step", async ({ page }) => {
  const chunks: string[] = [];
  page.on("request", (r: Request) => {
    if (/\/_next\/static\/chunks\/.+\.js/.test(r.url())) chunks.push(r.url());
  });
  await page.goto("/dang-ky/ke-khai");
  const fullName = page.getByLabel("Họ và tên");
  await expect(fullName).toBeEnabled();
  const ready = chunks.length;
  await page.waitForTimeout(3000);
  const atRest = chunks.length;
  expect(atRest, "no script fetched while the form is untouched").toBe(ready);
  // Every chunk asked for from now on arrives 4 s late: the validation cannot be there at the click.
  await page.route(/\/_next\/static\/chunks\/.+\.js/, async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  const wait = Date.now();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("button", { name: "Đang kiểm tra…" }), "the button says the check is on its way").toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toBeFocused({ timeout: 15_000 });
  expect(Date.now() - wait, "the summary came once the held validation had arrived").toBeGreaterThan(3500);
  expect(chunks.length, "the validation was fetched by the tap").toBeGreaterThan(atRest);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bước 1/5");
  await fillAboutStep(page);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bước 2/5");
});

test("when the validation cannot be fetched, the page says so, keeps what was typed, and the next tap tries again", async ({ page }) => {
  await page.goto("/dang-ky/ke-khai");
  const fullName = page.getByLabel("Họ và tên");
  await expect(fullName).toBeEnabled();
  await page.route(/\/_next\/static\/chunks\/.+\.js/, (route) => route.abort("internetdisconnected"));
  await fullName.fill("Nguyễn Thị Ngọc Hường");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa kiểm tra được" })).toBeVisible({ timeout: 15_000 });
  await expect(fullName).toHaveValue("Nguyễn Thị Ngọc Hường");
  await page.unroute(/\/_next\/static\/chunks\/.+\.js/);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toBeFocused({ timeout: 15_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Chưa kiểm tra được" })).toHaveCount(0);
});
