// A page request sent with the old session cookie while the password is being changed must not sign the
// person out afterwards. The race, made certain: on the phone, a second tab's navigation to /tai-khoan is held
// until the change has set the new cookie, then answered with what the server answers a request carrying the
// OLD cookie (the way a slow request sent just before the change reaches the server after it). Before the
// proxy checked the session in the database it re-issued the old, revoked session's cookie on that answer,
// the browser went back to it, and the next page asked to sign in. Uses synthetic master record 31 of the
// demo seed (prisma/seed.ts, createRng(1945)); other specs use other records.
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/staff-session";
import { waitForOutboxMessage, sendDeclaration } from "./support/declarations";
import { approveHere, openFromQueue } from "./support/desk";
import { seededPerson } from "./support/seeded-people";

const person = seededPerson(31);
const NATIONAL_PHONE = `0${person.phone.slice(3)}`;
const NEW_PASSWORD = "đồng lúa chín vàng ven sông Đáy";
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;
const setsSessionCookie = (headers: { name: string; value: string }[]) =>
  headers.some((h) => h.name.toLowerCase() === "set-cookie" && SESSION_COOKIE.test(h.value.split("=", 1)[0]!.trim()));

test("a navigation answered for the old session after a password change leaves the person signed in", async ({ page, baseURL, request, signedInAs }) => {
  test.setTimeout(180_000);

  // The account: declared, approved at the counter, signed in with the temporary password (a forced change).
  const { reference } = await sendDeclaration(request, { person, phone: NATIONAL_PHONE, street: "Số 31 phố Hàng Bông", idempotencyKey: `e2e-session-race-${person.bhxhCode}` });
  const officer = await signedInAs("canbo.hn", `/can-bo`);
  await openFromQueue(officer, reference);
  await approveHere(officer, reference);
  await officer.context().close();
  const approval = await waitForOutboxMessage(request, NATIONAL_PHONE, "approval");
  const temporaryPassword = /mat khau tam: ([A-Z0-9]{4}(?: [A-Z0-9]{4})*)/.exec(approval.body)![1]!;
  await page.goto("/dang-nhap");
  await page.getByLabel("Mã số BHXH").fill(person.bhxhCode);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(temporaryPassword);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL("**/doi-mat-khau");

  // The cookies the second tab's request leaves with: the session that the change is about to end.
  const context = page.context();
  const oldCookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  expect(oldCookies).toMatch(/authjs\.session-token/);

  let changed!: () => void;
  const changeDone = new Promise<void>((resolve) => (changed = resolve));
  let staleAnswerSetSession: boolean | null = null;
  const fromServer = await playwrightRequest.newContext({ baseURL });
  const tab = await context.newPage();
  await tab.route(
    (url) => url.pathname === "/tai-khoan",
    async (route) => {
      await changeDone;
      // What the server answers the request that left with the old cookie, delivered to the browser now.
      const answer = await fromServer.get("/tai-khoan", { headers: { cookie: oldCookies }, maxRedirects: 0 });
      staleAnswerSetSession = setsSessionCookie(answer.headersArray());
      await route.fulfill({ response: answer });
    },
    { times: 1 },
  );
  const held = tab.goto("/tai-khoan").catch(() => null);

  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL("**/tai-khoan?thong-bao=da-doi-mat-khau");

  changed();
  await held;
  expect.soft(staleAnswerSetSession, "the answer for the revoked session re-issued its cookie").toBe(false);
  // The browser still holds the new session: the next page is the account, not the sign-in page, and
  // the live session's cookie is slid as before.
  const next = await page.goto("/tai-khoan");
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tài khoản của tôi");
  expect(setsSessionCookie(await next!.headersArray())).toBe(true);
  await fromServer.dispose();
});
