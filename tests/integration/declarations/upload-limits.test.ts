// The upload path refuses before it buffers: Content-Length and the per-IP limit before a byte of the body
// is read, per-part limits while streaming (a photo stops at 10 MB, the JSON part at 64 KB, a fourth file is
// refused), a body longer than it claimed, and a cap on the uploads read at once (503 + Retry-After).
import { afterAll, describe, expect, it } from "vitest";
import { POST as submit } from "@/app/api/v1/declarations/route";
import { PHOTO_MAX_INPUT_BYTES } from "@/lib/domain/photo-rules";
import { currentUploadLoad, MAX_DECLARATION_BODY_BYTES, MAX_UPLOADS_IN_FLIGHT, UPLOAD_BUFFER_BUDGET_BYTES, UPLOADS_BUSY_RETRY_AFTER_SECONDS } from "@/lib/server/api/declaration-request";
import { prisma } from "@/lib/server/db/client";
import { RATE_LIMITS } from "@/lib/server/rate-limit";
import { declarationJson, newIp, newPerson } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

const BOUNDARY = "----bhxh-upload-test";
const encoder = new TextEncoder();

function partHeader(name: string, filename?: string): Uint8Array {
  const disposition = filename ? `form-data; name="${name}"; filename="${filename}"` : `form-data; name="${name}"`;
  return encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${filename ? "image/jpeg" : "application/json"}\r\n\r\n`);
}

type Part = { name: string; filename?: string; size?: number; text?: string };

/**
 * A multipart body made chunk by chunk as it is read (so a test can see how much of it the server pulled),
 * optionally never ending (held open until `release`).
 */
function streamingBody(parts: Part[], options: { holdOpen?: Promise<void> } = {}) {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    chunks.push(partHeader(part.name, part.filename));
    if (part.text !== undefined) chunks.push(encoder.encode(part.text));
    else for (let left = part.size ?? 0; left > 0; left -= 64 * 1024) chunks.push(new Uint8Array(Math.min(64 * 1024, left)).fill(0xab));
    chunks.push(encoder.encode("\r\n"));
  }
  const state = { pulledBytes: 0 };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index < chunks.length) {
        const chunk = chunks[index++]!;
        state.pulledBytes += chunk.byteLength;
        controller.enqueue(chunk);
        return;
      }
      if (options.holdOpen) await options.holdOpen;
      controller.enqueue(encoder.encode(`--${BOUNDARY}--\r\n`));
      controller.close();
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}

function request(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request("http://localhost:3000/api/v1/declarations", {
    method: "POST",
    body,
    // @ts-expect-error Node's fetch needs this for a streamed body
    duplex: "half",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, "x-forwarded-for": newIp(), "user-agent": "upload-test", ...headers },
  });
}

const json = () => JSON.stringify(declarationJson(newPerson()));

describe("declaration uploads", () => {
  it("413 on a declared Content-Length over the limit, without reading the body", async () => {
    const { stream, state } = streamingBody([{ name: "declaration", text: json() }]);
    const response = await submit(request(stream, { "content-length": String(MAX_DECLARATION_BODY_BYTES + 1) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "bodyTooLarge" });
    expect(state.pulledBytes).toBe(0);
  });

  it("429 from the per-IP limit before the body is read (the check does not count a hit)", async () => {
    const ip = newIp();
    await prisma.rateLimitBucket.create({ data: { key: `${RATE_LIMITS.declarationSubmitPerIp.name}:${ip}`, count: RATE_LIMITS.declarationSubmitPerIp.limit, windowStart: new Date() } });
    const { stream, state } = streamingBody([{ name: "declaration", text: json() }, { name: "portrait", filename: "p.jpg", size: 5 * 1024 * 1024 }]);
    const response = await submit(request(stream, { "x-forwarded-for": ip }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(state.pulledBytes).toBeLessThan(64 * 1024);
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: `${RATE_LIMITS.declarationSubmitPerIp.name}:${ip}` } });
    expect(bucket.count).toBe(RATE_LIMITS.declarationSubmitPerIp.limit);
  });

  it("413 naming the photo as soon as it passes 10 MB; the rest of the body is never read", async () => {
    const { stream, state } = streamingBody([
      { name: "declaration", text: json() },
      { name: "idFront", filename: "front.jpg", size: PHOTO_MAX_INPUT_BYTES + 1024 * 1024 },
      { name: "idBack", filename: "back.jpg", size: 9 * 1024 * 1024 },
    ]);
    const response = await submit(request(stream, { "x-lang": "en" }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { code: string; path: string; message: string };
    expect(body).toMatchObject({ code: "photoTooLarge", path: "idFront" });
    expect(body.message).toContain("10 MB");
    expect(state.pulledBytes).toBeLessThan(PHOTO_MAX_INPUT_BYTES + 1024 * 1024);
  });

  it("413 for a body longer than MAX_DECLARATION_BODY_BYTES whatever Content-Length said", async () => {
    const { stream } = streamingBody([
      { name: "declaration", text: json() },
      ...["portrait", "idFront", "idBack"].map((name) => ({ name, filename: `${name}.jpg`, size: PHOTO_MAX_INPUT_BYTES - 1024 })),
      { name: "attachment", filename: "extra.bin", size: 8 * 1024 * 1024 },
    ]);
    const response = await submit(request(stream, { "content-length": "1000" }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "bodyTooLarge" });
  });

  it("422 for a JSON part over 64 KB or nested deeper than the limit; 415 for a fourth file", async () => {
    const big = JSON.stringify({ ...declarationJson(newPerson()), street: "x".repeat(70 * 1024) });
    const tooBig = await submit(request(streamingBody([{ name: "declaration", text: big }]).stream));
    expect(tooBig.status).toBe(422);
    expect(await tooBig.json()).toMatchObject({ errors: [{ path: "declaration", code: "declarationPartTooLarge" }] });

    const deep = await submit(request(streamingBody([{ name: "declaration", text: "[".repeat(5000) + "]".repeat(5000) }]).stream));
    expect(deep.status).toBe(422);
    expect(await deep.json()).toMatchObject({ errors: [{ path: "declaration", code: "declarationPartInvalid" }] });

    const files = ["portrait", "idFront", "idBack", "portrait2", "more"].map((name) => ({ name, filename: `${name}.jpg`, size: 1024 }));
    const tooMany = await submit(request(streamingBody([{ name: "declaration", text: json() }, ...files]).stream));
    expect(tooMany.status).toBe(415);
  });

  it(`503 with Retry-After once ${MAX_UPLOADS_IN_FLIGHT} uploads are being read; accepted again when one ends`, async () => {
    let release!: () => void;
    const holdOpen = new Promise<void>((resolve) => (release = resolve));
    const slow = Array.from({ length: MAX_UPLOADS_IN_FLIGHT }, () =>
      submit(request(streamingBody([{ name: "declaration", text: "{}" }], { holdOpen }).stream)),
    );
    for (let i = 0; i < 200 && currentUploadLoad().inFlight < MAX_UPLOADS_IN_FLIGHT; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(currentUploadLoad().inFlight).toBe(MAX_UPLOADS_IN_FLIGHT);
    const { stream, state } = streamingBody([{ name: "declaration", text: json() }]);
    const busy = await submit(request(stream));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe(String(UPLOADS_BUSY_RETRY_AFTER_SECONDS));
    expect(await busy.json()).toMatchObject({ code: "uploadsBusy" });
    expect(state.pulledBytes).toBe(0);

    release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual(Array(MAX_UPLOADS_IN_FLIGHT).fill(422));
    const after = await submit(request(streamingBody([{ name: "declaration", text: "{}" }]).stream));
    expect(after.status).toBe(422);
  });

  it("six concurrent bodies of three 9.9 MB photos: the photo bytes held never pass the budget; the excess gets 503", async () => {
    const photosOf = () => ["portrait", "idFront", "idBack"].map((name) => ({ name, filename: `${name}.jpg`, size: PHOTO_MAX_INPUT_BYTES - 100 * 1024 }));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, currentUploadLoad().bufferedBytes)), 1);
    // Every body stays open after its photos until the others have been read as far as they can: all six at once.
    let release!: () => void;
    const holdOpen = new Promise<void>((resolve) => (release = resolve));
    const pending = Array.from({ length: 6 }, () => submit(request(streamingBody([{ name: "declaration", text: json() }, ...photosOf()], { holdOpen }).stream)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    release();
    const responses = await Promise.all(pending);
    clearInterval(sampler);
    const statuses = responses.map((r) => r.status);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 503 || s === 415)).toBe(true);
    expect(peak).toBeLessThanOrEqual(UPLOAD_BUFFER_BUDGET_BYTES);
    expect(currentUploadLoad()).toEqual({ inFlight: 0, bufferedBytes: 0 });
  });
});
