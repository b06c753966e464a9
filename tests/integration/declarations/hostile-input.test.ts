// A fuzzer through the real route handlers: hostile text and structures in every free-text field and in the
// body itself never give a 5xx, and a refusal is a 4xx with a message in the caller's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postStatus } from "@/app/api/v1/declarations/[reference]/route";
import { POST as submit } from "@/app/api/v1/declarations/route";
import { prisma } from "@/lib/server/db/client";
import { createRng } from "@/tests/factories/random";
import { basicPhotos, declarationJson, newIp, newPerson, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

const HOSTILE_STRINGS = [
  "\u0000",
  "Hà\u0000Nội",
  "\uD800",
  "abc\uDFFF",
  "fdp\u202Eexe.",
  "\u2066admin\u2069",
  "a" + "\u0301".repeat(90),
  "Nhà 😀🏠",
  "🇻🇳",
  "x".repeat(100_000),
  "ệ".repeat(5_000),
  "\u200B\u200C\u200D\uFEFF",
  "<script>alert(1)</script>",
  "'; DROP TABLE \"Declaration\"; --",
  "%00%2e%2e/",
  "\r\n\r\n--boundary--",
  "𝕳𝖊𝖑𝖑𝖔",
  "\u0085\u009F",
];
const HOSTILE_VALUES: unknown[] = [...HOSTILE_STRINGS, null, 0, -1, 1e308, true, [], {}, ["a"], { $gt: "" }];
const FIELDS = ["fullName", "idIssuePlace", "idNumber", "bhxhCode", "phone", "email", "officeCode", "nationality", "dateOfBirth", "idIssueDate", "address.street", "address.provinceCode", "address.communeCode"];

function withField(json: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  if (!field.startsWith("address.")) return { ...json, [field]: value };
  return { ...json, address: { ...(json.address as object), [field.slice("address.".length)]: value } };
}

async function send(declaration: string, lang = "vi"): Promise<Response> {
  const body = new FormData();
  body.append("declaration", declaration);
  for (const [kind, bytes] of Object.entries(photos)) body.append(kind, new File([new Uint8Array(bytes)], `${kind}.jpg`, { type: "image/jpeg" }));
  return submit(new Request("http://localhost:3000/api/v1/declarations", { method: "POST", body, headers: { "x-forwarded-for": newIp(), "x-lang": lang, "idempotency-key": crypto.randomUUID() } }));
}

describe("hostile input never gives a 5xx", () => {
  it("every hostile value in every field of the declaration: a 4xx, with a message", async () => {
    const rng = createRng(2026);
    const statuses = new Map<number, number>();
    for (const field of FIELDS) {
      for (const value of HOSTILE_VALUES) {
        const response = await send(JSON.stringify(withField(declarationJson(newPerson()), field, value)), rng.next() < 0.5 ? "vi" : "en");
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${field} = ${JSON.stringify(value).slice(0, 60)}`).toBeLessThan(500);
        if (response.status >= 400) {
          const body = (await response.json()) as { message?: string; errors?: { message: string }[] };
          expect(body.message ?? body.errors?.[0]?.message, field).toBeTruthy();
        } else {
          await response.body?.cancel();
        }
      }
    }
    expect(statuses.get(422)).toBeGreaterThan(FIELDS.length * 5);
  }, 120_000);

  it("hostile bodies: 5,000-deep JSON, a huge or broken JSON part, NUL everywhere", async () => {
    const bodies = [
      "[".repeat(5000) + "]".repeat(5000),
      '{"a":' .repeat(5000) + "1" + "}".repeat(5000),
      JSON.stringify({ ...declarationJson(newPerson()), extra: "x".repeat(200_000) }),
      "\u0000".repeat(1000),
      '{"fullName": "\\ud800"}',
      "{",
      "",
    ];
    for (const declaration of bodies) {
      const response = await send(declaration);
      expect(response.status, declaration.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(response.status, declaration.slice(0, 40)).toBeLessThan(500);
    }
  });

  it("the same key for the same declaration written two ways is one request (the fingerprint is of the parsed value)", async () => {
    const person = newPerson();
    const json = declarationJson(person) as Record<string, unknown>;
    const key = crypto.randomUUID();
    const sendWithKey = (declaration: object) => {
      const body = new FormData();
      body.append("declaration", JSON.stringify(declaration));
      for (const [kind, bytes] of Object.entries(photos)) body.append(kind, new File([new Uint8Array(bytes)], `${kind}.jpg`, { type: "image/jpeg" }));
      return submit(new Request("http://localhost:3000/api/v1/declarations", { method: "POST", body, headers: { "x-forwarded-for": newIp(), "idempotency-key": key } }));
    };
    expect((await sendWithKey(json)).status).toBe(201);
    const decomposed = { ...json, fullName: ` ${String(json.fullName).normalize("NFD")}  ` };
    const replay = await sendWithKey(decomposed);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
  });

  it("the status look-up survives the same hostile values", async () => {
    for (const value of HOSTILE_VALUES) {
      const response = await postStatus(
        new Request("http://localhost:3000/api/v1/declarations/TK-2222-2222", { method: "POST", body: JSON.stringify({ idNumber: value }), headers: { "x-forwarded-for": newIp() } }),
        { params: Promise.resolve({ reference: "TK-2222-2222" }) },
      );
      expect(response.status, JSON.stringify(value).slice(0, 40)).toBeLessThan(500);
    }
  });
});
