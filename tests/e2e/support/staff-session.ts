// Signed-in back-office pages for specs that are not about signing in (Epic Stack's idea: log in without
// the UI each time). Each staff user signs in once per worker, through the real sign-in page (password
// hashing, session row, cookie — nothing forged); the browser state is kept and every later
// `signedInAs(username)` opens a fresh desktop context with it. Specs about signing in or out keep using
// the form: a spec that signs out a stored session would revoke it for the others.
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from "../../factories/demo";
import { test as cspTest } from "./test";

export * from "./test";

export type StaffUsername = (typeof DEMO_STAFF)[number]["username"];

const DESK = { viewport: { width: 1366, height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" } as const;

async function signInThroughForm(browser: Browser, baseURL: string | undefined, username: StaffUsername, file: string): Promise<void> {
  const context = await browser.newContext({ ...DESK, baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/can-bo/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/dang-nhap"));
    await context.storageState({ path: file });
  } finally {
    await context.close();
  }
}

export const test = cspTest.extend<
  { /** A new desktop page signed in as `username`, opened at `path`. */ signedInAs: (username: StaffUsername, path?: string) => Promise<Page> },
  { staffStateFile: (username: StaffUsername, baseURL: string | undefined) => Promise<string> }
>({
  staffStateFile: [
    async ({ browser }, run, workerInfo) => {
      const files = new Map<StaffUsername, Promise<string>>();
      await run((username, baseURL) => {
        let file = files.get(username);
        if (!file) {
          const target = path.join(workerInfo.project.outputDir, `.staff-state-${workerInfo.workerIndex}-${username}.json`);
          file = signInThroughForm(browser, baseURL, username, target).then(() => target);
          files.set(username, file);
        }
        return file;
      });
    },
    { scope: "worker" },
  ],
  signedInAs: async ({ browser, baseURL, staffStateFile }, run) => {
    const opened: BrowserContext[] = [];
    await run(async (username, at = "/can-bo") => {
      const context = await browser.newContext({ ...DESK, baseURL, storageState: await staffStateFile(username, baseURL) });
      opened.push(context);
      const page = await context.newPage();
      await page.goto(at);
      return page;
    });
    await Promise.all(opened.map((context) => context.close().catch(() => {})));
  },
});
