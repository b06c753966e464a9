// The test mailbox against the production build: a declaration sent through the public API gets its
// "received" SMS and email delivered by the worker of the e2e server into the outbox, and both show
// in /hop-thu-thu-nghiem and in GET /api/dev/outbox.
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration } from "./support/declarations";

type OutboxMessage = { id: string; channel: string; recipient: string; subject: string | null; body: string; status: string; createdAt: string; sentAt: string | null };

test("a declaration's messages are delivered to the outbox and shown in the test mailbox", async ({ page, request }) => {
  // A person of our own (lib/domain and the factories import JSON, which Playwright's loader refuses).
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
  const phone = `0912${digits(6)}`;
  const person = {
    fullName: "Nguyễn Văn Thử",
    dateOfBirth: "1990-05-12",
    sex: "male",
    bhxhCode: `01${digits(8)}`,
    idNumber: `001090${digits(6)}`, // Hà Nội, a man born in the 1900s, in 1990
    idIssueDate: "2021-06-01",
    phone: `+84${phone.slice(1)}`,
  };
  const email = `mailbox.${person.bhxhCode}@example.test`;
  const { reference } = await sendDeclaration(request, { person, phone, street: "Số 12 ngõ 34 phố Đội Cấn", email, idempotencyKey: `e2e-mailbox-${person.bhxhCode}` });

  // The worker delivers within seconds; the phone may be asked for in either form.
  await expect
    .poll(async () => ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(person.phone)}`)).json()) as OutboxMessage[]).map((m) => m.status), { timeout: 15_000 })
    .toEqual(["sent", "sent"]);
  // Newest first: the "received" SMS, after the phone confirmation code.
  const sms = ((await (await request.get(`/api/dev/outbox?to=${phone}`)).json()) as OutboxMessage[])[0]!;
  expect(sms).toMatchObject({ channel: "sms", recipient: person.phone });
  expect(sms.body).toContain(reference);
  expect(sms.body.length).toBeLessThanOrEqual(160);
  await expect
    .poll(async () => ((await (await request.get(`/api/dev/outbox?to=${email}`)).json()) as OutboxMessage[]).map((m) => m.status), { timeout: 15_000 })
    .toEqual(["sent", "sent"]);

  await page.goto("/hop-thu-thu-nghiem");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hộp thư thử nghiệm");
  // The phone confirmation code and the "received" SMS.
  await expect(page.getByRole("heading", { level: 2, name: `SMS tới ${phone}` })).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.getByLabel("Người nhận").fill(email);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/\?to=/);
  const list = page.getByRole("list", { name: "Danh sách tin đã gửi" });
  // The confirmation link first, then (after the click) the copy: both name the reference.
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("heading", { level: 2 })).toContainText([reference, reference]);
  await expect(list.getByText("Đã gửi", { exact: true })).toHaveCount(2);
  await expectNoAxeViolations(page);
  // The email's HTML opens in a sandboxed frame (no script runs there, so axe is not asked to enter it).
  await list.getByText("Xem bản HTML của thư").first().click();
  await expect(list.frameLocator("iframe").first().getByRole("heading", { level: 1 })).toContainText("ghi nhận");

  await page.getByLabel("Người nhận").fill("không phải số");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Không nhận ra số điện thoại hoặc địa chỉ email này.");
  await expect(page.getByLabel("Người nhận")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("the outbox API refuses a recipient that is neither a phone nor an email", async ({ request }) => {
  const response = await request.get("/api/dev/outbox?to=hello");
  expect(response.status()).toBe(400);
});
