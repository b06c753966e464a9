// The officer's steps at the counter that specs about something else (the citizen's account, the
// counter services) take to get a declaration approved.
import { expect, type Page } from "./test";

/** From the queue: the reference typed into the search box (or scanned) opens the declaration. */
export async function openFromQueue(page: Page, reference: string): Promise<void> {
  await page.getByLabel("Tìm hồ sơ").fill(reference);
  await page.getByLabel("Tìm hồ sơ").press("Enter");
  await page.waitForURL(`**/can-bo/ho-so/${reference}`);
}

/** On the declaration's page: both counter checks ticked, approved, and the confirmation shown. */
export async function approveHere(page: Page, reference: string): Promise<void> {
  await page.getByLabel("Đã đối chiếu bản chính giấy tờ tùy thân").check();
  await page.getByLabel("Người kê khai đã ký tờ khai").check();
  await page.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  await expect(page.getByText(`Đã duyệt hồ sơ ${reference}.`)).toBeVisible();
}
