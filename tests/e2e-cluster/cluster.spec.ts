// The portal on two app nodes and two workers behind nginx (scripts/e2e-cluster.ts): one citizen's whole
// journey with each step on another node — declare on A (the retry with the same Idempotency-Key on B is
// the same declaration), look up on B, approve on A, first sign-in on B, the second device on A — then
// node B is killed and the journey goes on through the proxy with nothing to see but a retry. A per-IP
// limit counts across nodes; each SMS was delivered once although two workers ran; the logs of every
// process hold none of the citizen's identifiers.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PARTICIPANTS, DEMO_STAFF_PASSWORD } from "../factories/demo";
import { confirmPhone, sendDeclaration, waitForOutboxMessage } from "../e2e/support/declarations";

type ClusterState = { proxyUrl: string; nodeUrls: [string, string]; databaseUrl: string; dir: string; logFiles: string[] };
const port = Number(process.env.E2E_CLUSTER_PORT ?? 3117);
// Written by scripts/e2e-cluster.ts once the cluster is up (after this file is loaded).
let state: ClusterState;
let nodeA: string;
let nodeB: string;

const person = DEMO_PARTICIPANTS[4]!;
const NATIONAL_PHONE = `0${person.phone.slice(3)}`;
const NEW_PASSWORD = "hải phòng mùa hoa phượng đỏ";
const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function approveInBackOffice(page: Page, reference: string): Promise<void> {
  await page.goto("/can-bo/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("canbo.hn");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hàng chờ tiếp nhận");
  await page.goto(`/can-bo/ho-so/${reference}`);
  await page.getByLabel("Đã đối chiếu bản chính giấy tờ tùy thân").check();
  await page.getByLabel("Người kê khai đã ký tờ khai").check();
  await page.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  await expect(page.getByText(`Đã duyệt hồ sơ ${reference}.`)).toBeVisible();
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel("Mã số BHXH").fill(person.bhxhCode);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

let onA: APIRequestContext;
let onB: APIRequestContext;
test.beforeAll(async () => {
  state = JSON.parse(readFileSync(process.env.E2E_CLUSTER_STATE ?? path.join(process.cwd(), ".data", `e2e-cluster-${port}.json`), "utf8")) as ClusterState;
  [nodeA, nodeB] = state.nodeUrls;
  onA = await playwrightRequest.newContext({ baseURL: nodeA });
  onB = await playwrightRequest.newContext({ baseURL: nodeB });
});
test.afterAll(async () => {
  await onA.dispose();
  await onB.dispose();
});

test("one journey across two nodes, one of them killed half-way, with one SMS per message and nothing personal in the logs", async ({ browser }) => {
  // 1. Declare on node A; the app's retry lands on node B with the same key: the same declaration.
  const idempotencyKey = `e2e-cluster-${person.bhxhCode}`;
  const sent = await sendDeclaration(onA, { person, phone: NATIONAL_PHONE, street: "Số 9 phố Kim Mã", idempotencyKey });
  const token = await confirmPhone(onA, NATIONAL_PHONE);
  expect(token).toBeTruthy();
  const declarations = await query<{ count: string }>(`SELECT count(*) FROM "Declaration" WHERE "bhxhCode" = $1`, [person.bhxhCode]);
  expect(Number(declarations[0]!.count)).toBe(1);

  // 2. Look up on node B with the declarer's token.
  const lookup = await onB.get(`/api/v1/declarations/${sent.reference}`, { headers: { Authorization: `Bearer ${sent.accessToken}` } });
  expect(lookup.status()).toBe(200);
  expect(((await lookup.json()) as { status: string }).status).toBe("submitted");

  // 3. An officer approves on node A.
  const officer = await browser.newContext({ baseURL: nodeA });
  await approveInBackOffice(await officer.newPage(), sent.reference);
  await officer.close();

  // 4. The approval SMS (delivered by one of the two workers) read on node B.
  const approval = await waitForOutboxMessage(onB, NATIONAL_PHONE, "approval");
  const temporaryPassword = /mat khau tam: ([A-Z0-9]{4}(?: [A-Z0-9]{4})*)/.exec(approval.body)?.[1];
  expect(temporaryPassword, approval.body).toBeDefined();

  // 5. First sign-in on node B, the password changed there.
  const phoneContext = await browser.newContext({ baseURL: nodeB, locale: "vi-VN" });
  const phone = await phoneContext.newPage();
  await phone.goto("/dang-nhap");
  await signIn(phone, temporaryPassword!);
  await phone.waitForURL("**/doi-mat-khau");
  // Typed seconds ago in this session: the forced change does not ask for it again.
  await expect(phone.getByLabel("Mật khẩu tạm thời (trong tin nhắn SMS)")).toHaveCount(0);
  await phone.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await phone.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await phone.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await phone.waitForURL("**/tai-khoan?thong-bao=da-doi-mat-khau");
  await expect(phone.getByText(`Xin chào, ${person.fullName}.`)).toBeVisible();

  // 6. The second device signs in on node A with the SMS code; the session rule is the database's, not a node's.
  const computerContext = await browser.newContext({ baseURL: nodeA, locale: "vi-VN", userAgent: DESKTOP_UA, viewport: { width: 1280, height: 900 } });
  const computer = await computerContext.newPage();
  await computer.goto("/dang-nhap");
  const before = new Set(((await (await onA.get(`/api/dev/outbox?to=${NATIONAL_PHONE}`)).json()) as { id: string }[]).map((m) => m.id));
  await signIn(computer, NEW_PASSWORD);
  await expect(computer.getByRole("heading", { level: 1 })).toHaveText("Xác nhận đăng nhập trên thiết bị này");
  const otp = await waitForOutboxMessage(onA, NATIONAL_PHONE, "otp", before);
  await computer.getByLabel("Mã xác thực").fill(/\b(\d{6})\b/.exec(otp.body)![1]!);
  await computer.getByRole("button", { name: "Xác nhận và đăng nhập" }).click();
  await computer.waitForURL("**/tai-khoan");

  // 7. Node B dies. Through the proxy, every page still answers: nginx retries idempotent requests on node A.
  const pidB = Number(readFileSync(path.join(state.dir, "node-2.pid"), "utf8"));
  process.kill(pidB, "SIGKILL");
  for (let i = 0; i < 4; i++) {
    const response = await computer.goto(`${state.proxyUrl}/tai-khoan`);
    expect(response?.status()).toBe(200);
    await expect(computer.getByText(`Xin chào, ${person.fullName}.`)).toBeVisible();
  }
  // The phone, signed out by the second device on another node, learns why — through the proxy too.
  await phone.goto(`${state.proxyUrl}/tai-khoan`);
  await phone.waitForURL("**/dang-nhap?ly-do=thiet-bi-khac*");
  const viaProxy = await onA.get(`${state.proxyUrl}/api/v1/declarations/${sent.reference}`, { headers: { Authorization: `Bearer ${sent.accessToken}` } });
  expect(viaProxy.status()).toBe(200);
  expect(viaProxy.headers()["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
  await computerContext.close();
  await phoneContext.close();

  // 8. Each message went out once, although two workers were delivering.
  const sms = await query<{ template: string; attempts: number; status: string }>(
    `SELECT "template", "attempts", "status" FROM "Notification" WHERE "recipient" = $1 AND "channel" = 'sms'`,
    [person.phone],
  );
  expect(sms.map((m) => m.template).sort()).toEqual(["approval", "declarationReceived", "otp", "phoneVerificationCode"]);
  for (const message of sms) expect(message, JSON.stringify(message)).toMatchObject({ status: "sent", attempts: 1 });

  // 9. The request id from the proxy reached the audit trail written inside Next's handler.
  const audited = await query<{ requestId: string | null }>(`SELECT "data"->>'requestId' AS "requestId" FROM "AuditEvent" WHERE "declarationId" IS NOT NULL ORDER BY "id" DESC LIMIT 1`);
  expect(audited[0]?.requestId).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
});

test("a per-address limit counts requests on both nodes together, and refuses with Retry-After", async () => {
  // Node B was killed by the journey above: its supervisor has restarted it; wait until it answers.
  await expect.poll(async () => (await onB.get("/api/health").catch(() => undefined))?.status(), { timeout: 90_000 }).toBe(200);
  const client = { "X-Forwarded-For": "203.0.113.77" }; // as nginx would send it (TRUST_PROXY_HOPS=1)
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<APIRequestContext["get"]>> | undefined;
  for (let i = 0; i < 31; i++) {
    // The ID number in a header, never in the URL (?idNumber= answers 410).
    const response = await (i % 2 ? onB : onA).get(`/api/v1/declarations/HN0000000000`, { headers: { ...client, "X-Id-Number": "001090000000" } });
    statuses.push(response.status());
    if (response.status() === 429) refused = response;
  }
  expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
  expect(statuses[30]).toBe(429);
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThan(0);
});

test("the logs of every node and worker are JSON lines without the citizen's identifiers", async () => {
  const identifiers = [person.fullName, person.idNumber, person.bhxhCode, person.phone, NATIONAL_PHONE, person.phone.slice(3)];
  let jsonLines = 0;
  for (const file of state.logFiles) {
    const text = readFileSync(file, "utf8");
    for (const identifier of identifiers) expect(text.includes(identifier), `${identifier} in ${path.basename(file)}`).toBe(false);
    jsonLines += text.split("\n").filter((line) => line.startsWith("{")).length;
  }
  expect(jsonLines).toBeGreaterThan(20);
});
