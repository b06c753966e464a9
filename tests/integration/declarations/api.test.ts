// The public API's route handlers, called directly with real Requests (multipart FormData, real photos):
// every answer code, the cookie contract, idempotency, the look-up's privacy, the reference data and the
// OpenAPI document.
import { existsSync, readdirSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import path from "node:path";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAdministrativeUnits } from "@/app/api/v1/administrative-units/route";
import { GET as getStatus } from "@/app/api/v1/declarations/[reference]/route";
import { POST as resubmit } from "@/app/api/v1/declarations/[reference]/resubmit/route";
import { POST as submit } from "@/app/api/v1/declarations/route";
import { GET as getOffices } from "@/app/api/v1/offices/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { prisma } from "@/lib/server/db/client";
import { RATE_LIMITS } from "@/lib/server/rate-limit";
import { ZDeclarationCreatedSchema, type DeclarationCreatedBody } from "@/lib/schemas/api";
import { ZDeclarationInputSchema } from "@/lib/schemas/declaration";
import { oversizeJpeg, portraitJpeg, textFileNamedJpg } from "@/tests/fixtures/photo-files";
import { basicPhotos, declarationJson, newIp, newPerson, storageDir, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

const BASE = "http://localhost:3000";

function form(json: unknown, files: Partial<Record<keyof PhotoSet, Uint8Array>> = photos) {
  const body = new FormData();
  if (json !== undefined) body.append("declaration", typeof json === "string" ? json : JSON.stringify(json));
  for (const [kind, bytes] of Object.entries(files)) body.append(kind, new File([new Uint8Array(bytes)], `${kind}.jpg`, { type: "image/jpeg" }));
  return body;
}

function post(json: unknown, options: { files?: Partial<Record<keyof PhotoSet, Uint8Array>>; headers?: Record<string, string>; ip?: string } = {}) {
  return submit(
    new Request(`${BASE}/api/v1/declarations`, {
      method: "POST",
      body: form(json, options.files),
      headers: { "x-forwarded-for": options.ip ?? newIp(), "user-agent": "api-test", ...options.headers },
    }),
  );
}

const params = (reference: string) => ({ params: Promise.resolve({ reference }) });

function get(reference: string, options: { query?: string; headers?: Record<string, string>; ip?: string } = {}) {
  return getStatus(new Request(`${BASE}/api/v1/declarations/${reference}${options.query ?? ""}`, { headers: { "x-forwarded-for": options.ip ?? newIp(), ...options.headers } }), params(reference));
}

async function created(response: Response): Promise<DeclarationCreatedBody> {
  expect(response.status, await response.clone().text()).toBe(201);
  // Every 201 in this file is exactly what the OpenAPI document (generated from this schema) promises.
  return ZDeclarationCreatedSchema.strict().parse(await response.json());
}

describe("POST /api/v1/declarations", () => {
  it("201: the body, the status URL, no caching, and the web cookie (httpOnly, Lax, Path=/, 24 hours)", async () => {
    const response = await post(declarationJson(newPerson()));
    const body = await created(response);
    expect(Object.keys(body).sort()).toEqual(["accessToken", "expiresAt", "office", "reference", "status", "submittedAt", "version"]);
    expect(body.status).toBe("submitted");
    expect(response.headers.get("location")).toBe(`/api/v1/declarations/${body.reference}`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toBe(`bhxh_decl_${body.reference}=${body.accessToken}; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax`);
    expect(cookie).not.toContain("Secure"); // PUBLIC_BASE_URL is http:// here
  });

  it("201 again for a repeated Idempotency-Key: the same body, token included, marked as a replay", async () => {
    const json = declarationJson(newPerson());
    const key = crypto.randomUUID();
    const first = await created(await post(json, { headers: { "Idempotency-Key": key } }));
    const replay = await post(json, { headers: { "Idempotency-Key": key } });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await created(replay)).toEqual(first);
  });

  it("422: every invalid field named, in Vietnamese by default and in English on request", async () => {
    const response = await post({ ...declarationJson(newPerson()), fullName: "", bhxhCode: "12", address: { provinceCode: "01" } }, { files: { portrait: photos.portrait } });
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: { path: string; message: string; code: string }[] };
    expect(errors.map((e) => e.path).sort()).toEqual(["address.communeCode", "address.street", "bhxhCode", "fullName", "idBack", "idFront"]);
    expect(errors.find((e) => e.path === "fullName")?.message).toBe("Nhập họ và tên");
    const english = await post({ ...declarationJson(newPerson()), fullName: "" }, { headers: { "Accept-Language": "en-GB,en;q=0.9,vi;q=0.5" } });
    expect(english.headers.get("content-language")).toBe("en");
    expect(((await english.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe("Enter your full name");
  });

  it("422 without the consent to personal-data processing (or with anything but true), nothing stored", async () => {
    for (const consent of [undefined, false, "true"]) {
      const person = newPerson();
      const response = await post({ ...declarationJson(person), dataProcessingConsent: consent });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        errors: [{ path: "dataProcessingConsent", code: "dataProcessingConsentRequired", message: "Đánh dấu vào ô đồng ý xử lý dữ liệu cá nhân để gửi tờ khai" }],
      });
      expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(0);
    }
  });

  it("422: a declaration part that is not a JSON object", async () => {
    for (const bad of ["{not json", "[1,2]", undefined]) {
      const response = await post(bad);
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({ errors: [expect.objectContaining({ path: "declaration", code: "declarationPartInvalid" })] });
    }
  });

  it("409: a pending declaration for the ID number, an account for the BHXH code (details only to the holder of its phone), a phone of another account", async () => {
    const person = newPerson();
    const first = await created(await post(declarationJson(person)));
    const pending = await post(declarationJson(person));
    expect(pending.status).toBe(409);
    expect(await pending.json()).toMatchObject({ code: "pendingDeclarationExists", existingReference: first.reference });
    const stranger = await post(declarationJson(person, { phone: "0907 123 456" }));
    expect(stranger.status).toBe(409);
    expect(await stranger.json()).toEqual({ code: "recordExists", message: expect.stringContaining("Chúng tôi đã gửi hướng dẫn tới số điện thoại đã đăng ký") });

    const withAccount = newPerson();
    await prisma.account.create({ data: { bhxhCode: withAccount.bhxhCode, passwordHash: "x", passwordChangedAt: new Date(), phone: "+84905111999", activatedAt: new Date() } });
    const generic = await post(declarationJson(withAccount));
    expect(generic.status).toBe(409);
    expect(await generic.json()).toMatchObject({ code: "recordExists" });
    const account = await post(declarationJson(withAccount, { phone: "0905111999" }));
    expect(account.status).toBe(409);
    expect(await account.json()).toMatchObject({ code: "accountExists", maskedPhone: "*******999", links: { signIn: "/dang-nhap", forgotPassword: "/quen-mat-khau" } });

    const phoneTaken = newPerson({ phone: "+84905111999" });
    const phone = await post(declarationJson(phoneTaken));
    expect(phone.status).toBe(409);
    expect(await phone.json()).toMatchObject({ code: "phoneBelongsToAnotherAccount" });
  });

  it("413: a photo over 10 MB (named); in a 36 MB body the first photo over 10 MB stops the read", async () => {
    const photo = await post(declarationJson(newPerson()), { files: { ...photos, idFront: await oversizeJpeg() } });
    expect(photo.status).toBe(413);
    expect(await photo.json()).toMatchObject({ code: "photoTooLarge", path: "idFront" });
    const big = await oversizeJpeg(12 * 1024 * 1024);
    const body = await post(declarationJson(newPerson()), { files: { portrait: big, idFront: big, idBack: big } });
    expect(body.status).toBe(413);
    expect(await body.json()).toMatchObject({ code: "photoTooLarge", path: "portrait" });
  });

  it("415: not multipart, and a text file named .jpg", async () => {
    const json = await submit(
      new Request(`${BASE}/api/v1/declarations`, { method: "POST", body: JSON.stringify(declarationJson(newPerson())), headers: { "content-type": "application/json" } }),
    );
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ code: "multipartRequired" });
    const text = await post(declarationJson(newPerson()), { files: { ...photos, portrait: textFileNamedJpg() } });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ code: "photoUnsupportedType", path: "portrait", message: "Ảnh chân dung không phải là ảnh JPG, PNG, WebP hoặc HEIC. Chọn đúng tệp ảnh" });
  });

  it("429 with Retry-After once the per-IP limit is reached", async () => {
    const ip = newIp();
    for (let i = 0; i < RATE_LIMITS.declarationSubmitPerIp.limit; i++) expect((await post({}, { ip, files: {} })).status).toBe(422);
    const refused = await post(declarationJson(newPerson()), { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "submitRateLimited" });
  });
});

describe("GET /api/v1/declarations/{reference}", () => {
  let body: DeclarationCreatedBody;
  let idNumber: string;
  beforeAll(async () => {
    const person = newPerson();
    idNumber = person.idNumber;
    body = await created(await post(declarationJson(person)));
  });

  const STATUS_KEYS = ["decidedAt", "expiresAt", "office", "reference", "rejectionReason", "rejectionReasonCode", "status", "submittedAt", "version"];

  it("200 for the bearer token, the cookie, or the ID number: the status and nothing more personal", async () => {
    for (const response of [
      await get(body.reference, { headers: { Authorization: `Bearer ${body.accessToken}` } }),
      await get(body.reference, { headers: { Cookie: `lang=vi; bhxh_decl_${body.reference}=${body.accessToken}` } }),
      await get(body.reference.toLowerCase().replace(/-/g, ""), { headers: { "X-Id-Number": `${idNumber.slice(0, 3)} ${idNumber.slice(3)}` } }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const status = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(status).sort()).toEqual(STATUS_KEYS);
      expect(status).toMatchObject({ reference: body.reference, status: "submitted", submittedAt: body.submittedAt, expiresAt: body.expiresAt, office: body.office, decidedAt: null });
      expect(JSON.stringify(status)).not.toContain(idNumber);
    }
  });

  it("404, the same for a wrong pair, a wrong token and an unknown reference", async () => {
    const answers = [
      await get(body.reference, { headers: { "X-Id-Number": "001190099999" } }),
      await get(body.reference, { headers: { Authorization: "Bearer wrong-token" } }),
      await get("TK-2222-2222", { headers: { "X-Id-Number": `${idNumber}` } }),
      await get(body.reference),
      await get("not-a-code", { headers: { "X-Id-Number": `${idNumber}` } }),
    ];
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toMatchObject({ code: "notFound" });
  });

  it(`429 after ${RATE_LIMITS.declarationLookupPerIp.limit} ID-number look-ups from one IP`, async () => {
    const ip = newIp();
    for (let i = 0; i < RATE_LIMITS.declarationLookupPerIp.limit; i++) expect((await get(body.reference, { headers: { "X-Id-Number": "000000000000" }, ip })).status).toBe(404);
    const refused = await get(body.reference, { headers: { "X-Id-Number": `${idNumber}` }, ip });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // The declarer's own token is not limited.
    expect((await get(body.reference, { ip, headers: { Authorization: `Bearer ${body.accessToken}` } })).status).toBe(200);
  });
});

describe("POST /api/v1/declarations/{reference}/resubmit", () => {
  it("corrects a rejected declaration: same reference and token, version 2, new window, the photo sent replaced, the others kept", async () => {
    const person = newPerson();
    const first = await created(await post(declarationJson(person)));
    const before = await prisma.declaration.findUniqueOrThrow({ where: { reference: first.reference }, include: { files: true } });
    await prisma.declaration.update({
      where: { id: before.id },
      data: { status: "rejected", decidedAt: new Date(), rejectionReasonCode: "unclearPhoto", rejectionReason: "Ảnh chân dung bị mờ" },
    });
    const rejected = (await (await get(first.reference, { headers: { Authorization: `Bearer ${first.accessToken}` } })).json()) as Record<string, unknown>;
    expect(rejected).toMatchObject({ status: "rejected", rejectionReasonCode: "unclearPhoto", rejectionReason: "Ảnh chân dung hoặc ảnh giấy tờ không rõ: Ảnh chân dung bị mờ" });

    const send = (token: string, key = crypto.randomUUID(), files: Partial<Record<keyof PhotoSet, Uint8Array>> = { portrait: newPortrait }) =>
      resubmit(
        new Request(`${BASE}/api/v1/declarations/${first.reference}/resubmit`, {
          method: "POST",
          body: form(declarationJson(person, { address: { provinceCode: "01", communeCode: "00004", street: "Số 99 phố Kim Mã" } }), files),
          headers: { Cookie: `bhxh_decl_${first.reference}=${token}`, "Idempotency-Key": key, "x-forwarded-for": newIp() },
        }),
        params(first.reference),
      );
    const newPortrait = await portraitJpeg().then((p) => new Uint8Array(p.subarray(0)));
    expect((await send("wrong-token")).status).toBe(404);

    const key = crypto.randomUUID();
    const response = await send(first.accessToken, key);
    expect(response.status, await response.clone().text()).toBe(200);
    const body = ZDeclarationCreatedSchema.strict().parse(await response.json());
    expect(body).toMatchObject({ reference: first.reference, status: "submitted", version: 2, accessToken: first.accessToken });
    expect(new Date(body.submittedAt).getTime()).toBeGreaterThan(new Date(first.submittedAt).getTime());

    const after = await prisma.declaration.findUniqueOrThrow({ where: { id: before.id }, include: { files: true } });
    expect(after).toMatchObject({ version: 2, status: "submitted", street: "Số 99 phố Kim Mã", decidedAt: null, rejectionReasonCode: null, rejectionReason: null });
    const oldPortrait = before.files.find((f) => f.kind === "portrait")!;
    const newPortraitRow = after.files.find((f) => f.kind === "portrait")!;
    expect(newPortraitRow.storageKey).not.toBe(oldPortrait.storageKey);
    expect(existsSync(path.join(storageDir(), oldPortrait.storageKey))).toBe(false);
    expect(existsSync(path.join(storageDir(), newPortraitRow.storageKey))).toBe(true);
    for (const kind of ["idFront", "idBack"]) expect(after.files.find((f) => f.kind === kind)?.storageKey).toBe(before.files.find((f) => f.kind === kind)?.storageKey);

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: before.id, type: "declaration.resubmitted" } });
    expect(event.data).toMatchObject({ version: 2, previous: { version: 1, status: "rejected", address: { street: "Số 12 ngõ 34 phố Đội Cấn" }, rejectionReasonCode: "unclearPhoto" } });
    // The SMS again, and (the address never confirmed) a new confirmation link rather than the copy.
    expect(await prisma.notification.count({ where: { declarationId: before.id, idempotencyKey: { startsWith: `declarationReceived:${before.id}:v2` } } })).toBe(1);
    expect(await prisma.notification.count({ where: { declarationId: before.id, idempotencyKey: `emailConfirmation:${before.id}:v2` } })).toBe(1);

    // A repeated key: the same answer; a new send: no longer rejected.
    const replay = await send(first.accessToken, key);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(body);
    const again = await send(first.accessToken);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "notRejected" });
  });
});

describe("reference data", () => {
  it("GET /api/v1/offices: the province's offices, those covering the commune first; 400 without a province", async () => {
    const response = await getOffices(new Request(`${BASE}/api/v1/offices?provinceCode=01&communeCode=00004`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const { offices } = (await response.json()) as { offices: { code: string; coversCommune: boolean; name: string; address: string; phone: string | null }[] };
    expect(offices[0]).toMatchObject({ code: "0101", coversCommune: true });
    expect(offices.filter((o) => o.coversCommune)).toHaveLength(1);
    expect(offices.every((o) => o.code.startsWith("01") && o.name && o.address)).toBe(true);
    expect(offices.map((o) => o.code)).toContain("0100");
    expect((await getOffices(new Request(`${BASE}/api/v1/offices`))).status).toBe(400);
    expect((await getOffices(new Request(`${BASE}/api/v1/offices?provinceCode=1`))).status).toBe(400);
    expect(await (await getOffices(new Request(`${BASE}/api/v1/offices?provinceCode=99`))).json()).toEqual({ offices: [] });
  });

  it("GET /api/v1/administrative-units: 34 provinces, or a province's communes", async () => {
    const provinces = (await (await getAdministrativeUnits(new Request(`${BASE}/api/v1/administrative-units`))).json()) as { provinces: { code: string; name: string }[] };
    expect(provinces.provinces).toHaveLength(34);
    expect(provinces.provinces[0]).toMatchObject({ code: "01", name: "Hà Nội", fullName: "Thành phố Hà Nội" });
    const communes = (await (await getAdministrativeUnits(new Request(`${BASE}/api/v1/administrative-units?provinceCode=01`))).json()) as { communes: { code: string; provinceCode: string }[] };
    expect(communes.communes.find((c) => c.code === "00004")).toMatchObject({ provinceCode: "01" });
    expect(communes.communes.every((c) => c.provinceCode === "01")).toBe(true);
    expect((await getAdministrativeUnits(new Request(`${BASE}/api/v1/administrative-units?provinceCode=abc`))).status).toBe(400);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("passes a real OpenAPI 3.1 validator (swagger-parser), every $ref resolving", async () => {
    const doc = (await GET_OPENAPI().json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(doc.openapi).toBe("3.1.0");
    // validate() checks the document against the OpenAPI 3.1 schema and dereferences every $ref; it throws on any defect.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    // …and it is not a no-op: a dangling $ref or a parameter in no known place is refused.
    await expect(SwaggerParser.validate({ ...structuredClone(doc), paths: { "/x": { get: { responses: { "200": { $ref: "#/components/responses/Nope" } } } } } } as never)).rejects.toThrow();
    await expect(SwaggerParser.validate({ ...structuredClone(doc), paths: { "/x": { get: { parameters: [{ name: "x", in: "nowhere", schema: { type: "string" } }], responses: {} } } } } as never)).rejects.toThrow();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/administrative-units",
        "/api/v1/declarations",
        "/api/v1/declarations/record-check",
        "/api/v1/declarations/{reference}",
        "/api/v1/declarations/{reference}/pdf",
        "/api/v1/declarations/{reference}/resubmit",
        "/api/v1/declarations/{reference}/withdraw",
        "/api/v1/lookups/bhxh-code",
        "/api/v1/lookups/employers",
        "/api/v1/lookups/medical-facilities",
        "/api/v1/lookups/offices",
        "/api/v1/offices",
        "/api/v1/openapi.json",
        "/api/v1/phone-verifications",
        "/api/v1/phone-verifications/confirm",
      ].sort(),
    );
    expect(Object.keys(doc.paths["/api/v1/declarations"].post.responses).sort()).toEqual(["201", "409", "413", "415", "422", "429", "500", "503"]);
    expect(Object.keys(doc.paths["/api/v1/declarations/{reference}"].get.responses).sort()).toEqual(["200", "403", "404", "410", "429", "500", "503"]);
    expect(Object.keys(doc.paths["/api/v1/declarations/{reference}"].post.responses).sort()).toEqual(["200", "403", "404", "422", "429", "500", "503"]);
    const withdraw = doc.paths["/api/v1/declarations/{reference}/withdraw"].post;
    expect(Object.keys(withdraw.responses).sort()).toEqual(["200", "403", "404", "409", "422", "429", "500", "503"]);
    expect(doc.components.schemas.WithdrawRequest.required).toEqual(["phoneVerificationToken"]);
    expect(Object.keys(doc.paths["/api/v1/declarations/{reference}/resubmit"].post.responses).sort()).toEqual(["200", "404", "409", "413", "415", "422", "429", "500", "503"]);
    const multipart = doc.paths["/api/v1/declarations"].post.requestBody.content["multipart/form-data"];
    expect(Object.keys(multipart.schema.properties)).toEqual(["declaration", "portrait", "idFront", "idBack"]);
    expect(multipart.encoding.declaration.contentType).toBe("application/json");

    // The declaration's schema is the server's own rules: same fields, same required ones, same enums.
    const zodSchema = z.toJSONSchema(ZDeclarationInputSchema, { io: "input", unrepresentable: "any" }) as { properties: Record<string, { enum?: unknown[] }>; required: string[] };
    const documented = doc.components.schemas.DeclarationInput;
    // …plus the phone verification token, which the service checks apart from the schema.
    expect(Object.keys(documented.properties).sort()).toEqual([...Object.keys(zodSchema.properties), "phoneVerificationToken"].sort());
    expect(documented.required.sort()).toEqual([...zodSchema.required, "phoneVerificationToken"].sort());
    expect(Object.keys(doc.paths["/api/v1/phone-verifications"].post.responses).sort()).toEqual(["202", "422", "429", "500", "503"]);
    expect(doc.paths["/api/v1/phone-verifications/confirm"].post.requestBody.content["application/json"].schema.required.sort()).toEqual(["code", "phone"]);
    expect(documented.properties.sex.enum).toEqual(["male", "female"]);

    // Every $ref points somewhere.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const pointer of refs) expect(pointer.split("/").reduce((node: any, key) => node?.[key], doc), pointer).toBeDefined(); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it("describes every route handler under app/api/v1, and only those", async () => {
    const doc = (await GET_OPENAPI().json()) as { paths: Record<string, unknown> };
    const root = path.join(process.cwd(), "app");
    const routes = readdirSync(path.join(root, "api", "v1"), { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts")
      .map((file) => `/api/v1/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, ""));
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });

  it("documents the declaration input from the server's own schema, plus the token the service checks apart", async () => {
    const doc = (await GET_OPENAPI().json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const zodSchema = z.toJSONSchema(ZDeclarationInputSchema, { io: "input", unrepresentable: "any" }) as { properties: Record<string, unknown>; required: string[] };
    const documented = doc.components.schemas.DeclarationInput;
    expect(Object.keys(documented.properties).sort()).toEqual([...Object.keys(zodSchema.properties), "phoneVerificationToken"].sort());
    expect(documented.required.sort()).toEqual([...zodSchema.required, "phoneVerificationToken"].sort());
  });
});

const GET_OPENAPI = getOpenApi;
