// The public look-ups in a phone-sized Chromium: the BHXH-code search (with and without scripts) and the
// offices list, axe-checked in each state the page can be in.
import { expect, test, type Page } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

async function fillBhxhCodeForm(page: Page, values: { fullName: string; day: string; month: string; year: string; province: string; idNumber?: string }) {
  await page.getByLabel("Họ và tên").fill(values.fullName);
  await page.getByLabel("Ngày", { exact: true }).fill(values.day);
  await page.getByLabel("Tháng", { exact: true }).fill(values.month);
  await page.getByLabel("Năm", { exact: true }).fill(values.year);
  await page.getByLabel("Tỉnh, thành phố nơi tham gia BHXH").selectOption({ label: values.province });
  if (values.idNumber !== undefined) await page.getByLabel(/Số CCCD, CMND hoặc hộ chiếu/).fill(values.idNumber);
}

test("the look-ups are linked from the home page and from /tra-cuu", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Tra cứu mã số BHXH", exact: true })).toHaveAttribute("href", "/tra-cuu/ma-so-bhxh");
  await expect(page.getByRole("link", { name: "Tra cứu cơ quan BHXH", exact: true })).toHaveAttribute("href", "/tra-cuu/co-quan-bhxh");
  await page.goto("/tra-cuu");
  await page.getByRole("link", { name: "Tra cứu cơ quan BHXH", exact: true }).click();
  await expect(page).toHaveURL(/\/tra-cuu\/co-quan-bhxh$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu cơ quan BHXH");
});

test("BHXH code: errors summarised, then the code of one person with the name masked, focus on the answer", async ({ page }) => {
  await page.goto("/tra-cuu/ma-so-bhxh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu mã số BHXH");
  await expectNoAxeViolations(page);

  // Nothing filled in: the error summary takes the focus and links to each field.
  await page.getByRole("button", { name: "Tra cứu" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Nhập họ và tên", "Nhập ngày sinh", "Chọn tỉnh/thành phố"].map((s) => new RegExp(s)));
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: /Chọn tỉnh/ }).click();
  await expect(page.getByLabel("Tỉnh, thành phố nơi tham gia BHXH")).toBeFocused();

  // Unaccented name: found, the code shown, the name masked, the answer focused.
  await fillBhxhCodeForm(page, { fullName: "nguyen thi ngoc huong", day: "12", month: "5", year: "1990", province: "Thành phố Hà Nội" });
  await page.getByRole("button", { name: "Tra cứu" }).click();
  const answer = page.getByRole("status").filter({ hasText: "Kết quả tra cứu" });
  await expect(answer).toBeFocused();
  await expect(answer).toContainText("0123456789");
  await expect(answer).toContainText("N***** T** N*** H****");
  await expect(answer).not.toContainText("Hường");
  await expectNoAxeViolations(page);

  // Someone not in the records: one neutral answer, focused.
  await fillBhxhCodeForm(page, { fullName: "Trần Văn Hùng", day: "3", month: "11", year: "1985", province: "Thành phố Hà Nội" });
  await page.getByRole("button", { name: "Tra cứu" }).click();
  const notFound = page.getByRole("alert").filter({ hasText: "Không tìm thấy mã số BHXH" });
  await expect(notFound).toBeFocused();
  await expect(page.getByText("7912345678")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

async function checkOfficesJourney(page: Page, axe: boolean) {
  await page.goto("/tra-cuu/co-quan-bhxh");
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Hà Nội" });
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/provinceCode=01/);
  const results = page.getByRole("region", { name: "Cơ quan BHXH" });
  await expect(results.getByRole("heading", { level: 3 }).first()).toHaveText("BHXH TP. Hà Nội");
  await expect(results).toContainText("Thứ Hai đến Thứ Sáu: 07:30–11:30 và 13:30–17:00");
  await expect(results.getByRole("link", { name: /^02\d/ }).first()).toHaveAttribute("href", /^tel:02\d+$/);
  if (axe) {
    await expect(results).toBeFocused();
    await expectNoAxeViolations(page);
  }

  await results.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByRole("region", { name: "Cơ quan BHXH" }).getByRole("heading", { level: 3 }).first()).not.toHaveText("BHXH TP. Hà Nội");
  if (axe) await expectNoAxeViolations(page);

  await page.goto("/tra-cuu/co-quan-bhxh?provinceCode=01");
  await page.getByLabel(/Xã, phường/).selectOption({ label: "Phường Ba Đình" });
  await page.getByRole("button", { name: "Tìm" }).click();
  const filtered = page.getByRole("region", { name: "Cơ quan BHXH" });
  await expect(filtered.getByRole("heading", { level: 3 })).toHaveText(["BHXH TP. Hà Nội – BHXH cơ sở Ba Đình"]);
  if (axe) {
    await filtered.getByText(/xã, phường$/).click();
    await expect(filtered.getByRole("listitem").filter({ hasText: "Phường Ba Đình" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
}

test("the offices list: province, next page, commune, focus on the results, axe on each", async ({ page }) => {
  await checkOfficesJourney(page, true);
});

// axe needs scripts, so these check the behaviour only; the same states are axe-checked above.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the BHXH-code form posts and answers, accented name and ID number", async ({ page }) => {
    await page.goto("/tra-cuu/ma-so-bhxh");
    await fillBhxhCodeForm(page, { fullName: "Lê Minh Khoa", day: "20", month: "02", year: "2001", province: "Thành phố Đà Nẵng", idNumber: "048 201 000 777" });
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kết quả tra cứu" })).toContainText("4812345678");
    await expect(page.getByText("L* M*** K***")).toBeVisible();
  });

  test("the offices list works as plain GET forms and links", async ({ page }) => {
    await checkOfficesJourney(page, false);
  });
});

test("the offices page names a bad parameter in an error summary", async ({ page }) => {
  await page.goto("/tra-cuu/co-quan-bhxh?provinceCode=99");
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Chọn tỉnh/thành phố trong danh sách");
  await expectNoAxeViolations(page);
});
