// The printable Tờ khai 01 against the production build: a declaration sent through the public API (multipart,
// real JPEGs), its PDF fetched with the access token, refused without it, and the confirmation page's print and
// download links. Uses its own person (seed 4040): the DEMO_PARTICIPANTS belong to the other e2e files.
import { expect, request as playwrightRequest, test } from "./support/test";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { pdfToText } from "../fixtures/declaration-pdf";
import { expectNoAxeViolations } from "./support/axe";
import { sendDeclaration, type SentDeclaration } from "./support/declarations";

const person = buildPerson(createRng(4040));
const flatten = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ");

let created: SentDeclaration;

test.beforeAll(async ({ request }) => {
  created = await sendDeclaration(request, {
    person,
    phone: person.phone,
    street: "Số 40 phố Kim Mã",
    email: "to.khai.pdf@example.test",
    emailCopy: true,
    idempotencyKey: `e2e-pdf-${person.idNumber}`,
  });
  expect(created.office.code).toBe("0101");
});

test("the declarer gets the PDF with the access token, and nobody gets it without", async ({ baseURL }) => {
  // Fresh request contexts: the one that sent the declaration keeps its access cookie.
  const withToken = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${created.accessToken}` } });
  const response = await withToken.get(`/api/v1/declarations/${created.reference}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`inline; filename="to-khai-01-${created.reference}.pdf"`);
  // The declarer's copy may be kept on their device if revalidated (ETag → 304; decision 0017); staff copies are no-store.
  expect(response.headers()["cache-control"]).toBe("private, no-cache");
  expect(response.headers().etag).toBeTruthy();
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeLessThan(200 * 1024);
  const text = flatten(await pdfToText(pdf));
  expect(text).toContain(created.reference);
  expect(text).toContain(`1. Họ và tên: ${person.fullName.toLocaleUpperCase("vi-VN")}`);
  expect(text).toContain(`Kính gửi: ${created.office.name}`);
  await withToken.dispose();

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const refused = await anonymous.get(`/api/v1/declarations/${created.reference}/pdf`);
  expect(refused.status()).toBe(404);
  const unknown = await anonymous.get("/api/v1/declarations/TK-2345-6789/pdf");
  expect(unknown.status()).toBe(404);
  expect(await refused.text()).toBe(await unknown.text());
  await anonymous.dispose();
});

test("the confirmation page's print and download links give the PDF", async ({ page, baseURL }) => {
  // The cookie the web form's submission sets (the API sent it too).
  await page.context().addCookies([{ name: `bhxh_decl_${created.reference}`, value: created.accessToken, url: baseURL! }]);
  await page.goto(`/dang-ky/da-gui/${created.reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đã gửi tờ khai");
  await expectNoAxeViolations(page);

  const print = page.getByRole("link", { name: /^(In tờ khai|Tải tờ khai để in)$/ });
  const printHref = await print.getAttribute("href");
  expect(printHref).toBe(`/api/v1/declarations/${created.reference}/pdf`);
  const printed = await page.request.get(printHref!);
  expect(printed.status()).toBe(200);
  expect(printed.headers()["content-type"]).toBe("application/pdf");
  expect(printed.headers()["content-disposition"]).toMatch(/^inline;/);

  const download = page.getByRole("link", { name: "Tải tờ khai (PDF)" });
  const downloaded = await page.request.get((await download.getAttribute("href"))!);
  expect(downloaded.status()).toBe(200);
  expect(downloaded.headers()["content-disposition"]).toBe(`attachment; filename="to-khai-01-${created.reference}.pdf"`);
  expect((await downloaded.body()).equals(await printed.body())).toBe(true);
});

test("the worker delivers the email copy, its PDF built at delivery", async ({ request }) => {
  // The worker runs as plain Node with the server-only preload; the email counts as sent only once its attachment was rendered.
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent("to.khai.pdf@example.test")}`);
        const messages = (await response.json()) as Array<{ channel: string; template: string; status: string }>;
        return messages.find((message) => message.channel === "email" && message.template === "declarationReceived")?.status;
      },
      { timeout: 30_000 },
    )
    .toBe("sent");
});
