// Memory taken by declaration uploads: six concurrent 34 MB multipart bodies (the JSON and three photo
// parts of about 11.3 MB, i.e. over the 10 MB limit, then a declared-length lie) through the real
// POST /api/v1/declarations handler, each body made chunk by chunk as it is read and held open until
// all six are in flight. Reports the peak rise of RSS over the baseline; target ≤ 60 MB.
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { declarationJson } from "../fixtures/declaration-json";
import type { BenchResult } from "./run";
import { runWhenMain, withBenchApp } from "./support/app";

const CONCURRENT = 6;
const BODY_BYTES = 34 * 1024 * 1024;
const TARGET_MB = 60;
const BOUNDARY = "----bhxh-bench";
const CHUNK = 64 * 1024;

function body(json: string, holdOpen: Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const head = (name: string, file?: string) =>
    encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ""}\r\nContent-Type: ${file ? "image/jpeg" : "application/json"}\r\n\r\n`);
  const photoBytes = Math.floor((BODY_BYTES - 4096 - json.length) / 3);
  const plan: (Uint8Array | number)[] = [head("declaration"), encoder.encode(json + "\r\n")];
  for (const kind of ["portrait", "idFront", "idBack"]) plan.push(head(kind, `${kind}.jpg`), photoBytes, encoder.encode("\r\n"));
  plan.push(encoder.encode(`--${BOUNDARY}--\r\n`));
  let index = 0;
  let left = 0;
  let waited = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!waited) {
          waited = true;
          await holdOpen;
        }
        if (left === 0) {
          const next = plan[index++];
          if (next === undefined) return controller.close();
          if (typeof next !== "number") return controller.enqueue(next);
          left = next;
        }
        const size = Math.min(CHUNK, left);
        left -= size;
        // A fresh buffer per chunk, as a socket gives: nothing is shared between chunks.
        controller.enqueue(new Uint8Array(size).fill(0x5a));
      },
    },
    { highWaterMark: 0 },
  );
}

export async function run(): Promise<BenchResult[]> {
  return withBenchApp("bhxh-bench-upload-", async () => {
    const { POST } = await import("@/app/api/v1/declarations/route");
    const { prisma } = await import("@/lib/server/db/client");
    const rng = createRng(77);
    const send = (i: number, holdOpen: Promise<void>) =>
      POST(
        new Request("http://localhost:3000/api/v1/declarations", {
          method: "POST",
          body: body(JSON.stringify(declarationJson(buildPerson(rng))), holdOpen),
          // @ts-expect-error Node's fetch needs this for a streamed body
          duplex: "half",
          headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, "content-length": String(BODY_BYTES), "x-forwarded-for": `10.9.0.${i + 1}` },
        }),
      );

    // Warm up the handler, the database pool and the modules, then settle the heap.
    await (await send(99, Promise.resolve())).text();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

    let release!: () => void;
    const holdOpen = new Promise<void>((resolve) => (release = resolve));
    const pending = Array.from({ length: CONCURRENT }, (_, i) => send(i, holdOpen));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const responses = await Promise.all(pending);
    const statuses = await Promise.all(responses.map(async (r) => `${r.status} ${((await r.json()) as { code?: string }).code ?? ""}`.trim()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(sampler);
    await prisma.$disconnect();

    const riseMb = Math.round(((peak - baseline) / (1024 * 1024)) * 10) / 10;
    return [{ name: "upload_memory_rss_rise", value: riseMb, unit: "MB", target: `<= ${TARGET_MB}`, concurrent: CONCURRENT, bodyMb: BODY_BYTES / (1024 * 1024), statuses, gcExposed: gc !== undefined }];
  });
}

await runWhenMain(import.meta.url, run);
