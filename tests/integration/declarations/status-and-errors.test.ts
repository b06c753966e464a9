// The status look-up without the ID number in the URL (POST body or X-Id-Number header; the old query form
// answers 410 with the way), foreign origins refused on cookie-authenticated routes, and a database that
// cannot be reached answered with 503 + Retry-After instead of 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getStatus, POST as postStatus } from "@/app/api/v1/declarations/[reference]/route";
import { POST as resubmit } from "@/app/api/v1/declarations/[reference]/resubmit/route";
import { POST as submit } from "@/app/api/v1/declarations/route";
import { createPrismaClient, prisma, type PrismaClient } from "@/lib/server/db/client";
import pg from "pg";
import { isDatabaseUnavailable } from "@/lib/server/api/http";
import { basicPhotos, declarationJson, newIp, newPerson, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

const BASE = "http://localhost:3000";
const params = (reference: string) => ({ params: Promise.resolve({ reference }) });
let photos: PhotoSet;
let created: { reference: string; accessToken: string };
let idNumber: string;

beforeAll(async () => {
  photos = await basicPhotos();
  const person = newPerson();
  idNumber = person.idNumber;
  const body = new FormData();
  body.append("declaration", JSON.stringify(declarationJson(person)));
  for (const [kind, bytes] of Object.entries(photos)) body.append(kind, new File([new Uint8Array(bytes)], `${kind}.jpg`, { type: "image/jpeg" }));
  const response = await submit(new Request(`${BASE}/api/v1/declarations`, { method: "POST", body, headers: { "x-forwarded-for": newIp() } }));
  expect(response.status).toBe(201);
  created = (await response.json()) as typeof created;
});

describe("status look-up by ID number", () => {
  it("POST {idNumber} and GET with X-Id-Number answer 200; a wrong number 404", async () => {
    const post = (n: string) =>
      postStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { method: "POST", body: JSON.stringify({ idNumber: n }), headers: { "content-type": "application/json", "x-forwarded-for": newIp() } }), params(created.reference));
    expect((await post(idNumber)).status).toBe(200);
    expect((await post("001190099999")).status).toBe(404);
    const header = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { "x-id-number": idNumber, "x-forwarded-for": newIp() } }), params(created.reference));
    expect(header.status).toBe(200);
  });

  it("GET ?idNumber= answers 410 with the way to look up now, and does not look up", async () => {
    const response = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}?idNumber=${idNumber}`, { headers: { "x-lang": "en" } }), params(created.reference));
    expect(response.status).toBe(410);
    const body = (await response.json()) as { code: string; message: string; links: { lookup: string } };
    expect(body.code).toBe("lookupQueryGone");
    expect(body.links.lookup).toBe(`/api/v1/declarations/${created.reference}`);
    expect(body.message).toContain("X-Id-Number");
    expect(JSON.stringify(body)).not.toContain("status");
  });

  it("a body that is not a small JSON object changes nothing (404), a non-string idNumber is 422, never 500", async () => {
    const endless = () => new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024)) });
    const neverEnding = await postStatus(
      // @ts-expect-error Node's fetch needs duplex for a streamed body
      new Request(`${BASE}/api/v1/declarations/${created.reference}`, { method: "POST", body: endless(), duplex: "half", headers: { "x-forwarded-for": newIp() } }),
      params(created.reference),
    );
    expect(neverEnding.status).toBe(404);
    for (const body of ["[".repeat(5000), "x".repeat(5000), "null", "\u0000"]) {
      const response = await postStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { method: "POST", body, headers: { "x-forwarded-for": newIp() } }), params(created.reference));
      expect(response.status).toBe(404);
    }
    const wrongType = await postStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { method: "POST", body: JSON.stringify({ idNumber: 12 }), headers: { "x-forwarded-for": newIp() } }), params(created.reference));
    expect(wrongType.status).toBe(422);
  });
});

describe("foreign origins", () => {
  const cookie = () => `bhxh_decl_${created.reference}=${created.accessToken}`;

  it("403 for another site's fetch or form on the cookie-authenticated routes; same origin and token clients pass", async () => {
    const foreign = { cookie: cookie(), origin: "https://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" };
    const status = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: foreign }), params(created.reference));
    expect(status.status).toBe(403);
    expect(await status.json()).toMatchObject({ code: "foreignOrigin" });
    const form = await resubmit(new Request(`${BASE}/api/v1/declarations/${created.reference}/resubmit`, { method: "POST", body: new FormData(), headers: { cookie: cookie(), origin: "https://evil.example" } }), params(created.reference));
    expect(form.status).toBe(403);
    const embedded = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { cookie: cookie(), "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "iframe" } }), params(created.reference));
    expect(embedded.status).toBe(403);
    const subdomain = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { cookie: cookie(), "sec-fetch-site": "same-site", origin: "http://other.localhost:3000" } }), params(created.reference));
    expect(subdomain.status).toBe(403);

    const own = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { cookie: cookie(), origin: BASE, "sec-fetch-site": "same-origin" } }), params(created.reference));
    expect(own.status).toBe(200);
    const app = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { authorization: `Bearer ${created.accessToken}` } }), params(created.reference));
    expect(app.status).toBe(200);
    // A link in an SMS or an email (e.g. to the PDF) is a top-level navigation from elsewhere: allowed.
    const link = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { cookie: cookie(), "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" } }), params(created.reference));
    expect(link.status).toBe(200);
  });
});

describe("database unavailable", () => {
  const slot = globalThis as unknown as { prisma?: PrismaClient };
  let dead: PrismaClient;
  let real: PrismaClient | undefined;
  beforeAll(() => {
    real = slot.prisma;
    // A real client and a real connection error: nothing listens on port 1.
    dead = createPrismaClient("postgresql://bhxh:none@127.0.0.1:1/bhxh?connect_timeout=2");
  });
  afterAll(async () => {
    slot.prisma = real;
    await dead.$disconnect();
  });

  it("counts a pool with no free connection in time as unavailable (node-postgres, used directly by the look-up)", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 50 });
    const held = await pool.connect();
    try {
      const error = await pool.query("SELECT 1").then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      held.release();
      await pool.end();
    }
  });

  it("the API answers 503 with Retry-After in the caller's language, not 500", async () => {
    const error = await dead.office.count().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);

    slot.prisma = dead;
    try {
      const lookup = await getStatus(new Request(`${BASE}/api/v1/declarations/${created.reference}`, { headers: { "x-id-number": idNumber, "x-lang": "en" } }), params(created.reference));
      expect(lookup.status).toBe(503);
      expect(Number(lookup.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await lookup.json()).toMatchObject({ code: "serviceUnavailable" });
      const body = new FormData();
      body.append("declaration", JSON.stringify(declarationJson(newPerson())));
      const send = await submit(new Request(`${BASE}/api/v1/declarations`, { method: "POST", body, headers: { "x-forwarded-for": newIp() } }));
      expect(send.status).toBe(503);
      expect(send.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      slot.prisma = real;
    }
  });
});
