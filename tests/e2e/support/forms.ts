// Steps on the portal's forms that several specs take the same way.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "./test";

/** A date field group (Ngày / Tháng / Năm under its legend) filled from YYYY-MM-DD, as a person types it. */
export async function fillDate(page: Page, legend: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Ngày", { exact: true }).fill(String(Number(day)));
  await group.getByLabel("Tháng", { exact: true }).fill(String(Number(month)));
  await group.getByLabel("Năm", { exact: true }).fill(year!);
}

/** Files to hand to setInputFiles: `write(name, bytes)` puts them in a fresh temporary folder and returns the path. */
export function temporaryFileWriter(prefix: string): (name: string, bytes: Buffer) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return (name, bytes) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
}

/** /dang-ky's "Bắt đầu": the declaration form opens on its first step, the name field ready. */
export async function startDeclaration(page: Page): Promise<void> {
  await page.goto("/dang-ky");
  await page.getByRole("link", { name: "Bắt đầu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bước 1/5");
  await expect(page.getByLabel("Họ và tên")).toBeEnabled();
}

/** The wizard's first step ("Về bạn") filled for one example person, ready for "Tiếp tục". */
export async function fillAboutStep(page: Page): Promise<void> {
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Ngọc Hường");
  await fillDate(page, "Ngày sinh", "1990-05-12");
  await page.getByLabel("Nữ", { exact: true }).check();
  await page.getByLabel("Mã số BHXH").fill("0123456789");
}
