// Submission throughput with three realistic phone photos (4000×3000 JPEGs of 3–4 MB, EXIF orientation
// and GPS), against sharp alone re-encoding the same three photos with the same pipeline, in the same run.
// The service does everything a real send does: rate limit, schema, reference data, duplicate checks,
// photo checks and re-encoding, storage (local folder), one transaction with the lock, audit and outbox.
import os from "node:os";
import { seedReferenceData } from "@/prisma/seed";
import { buildPerson } from "../factories/people";
import { createRng } from "../factories/random";
import { declarationJson } from "../fixtures/declaration-json";
import { phonePhotoJpeg } from "../fixtures/photo-files";
import type { BenchResult } from "./run";
import { runWhenMain, withBenchApp } from "./support/app";
import { median, round } from "./stats";

const ROUNDS = 3;
const PER_ROUND = 6;
const WARM_UP = 2;

export async function run(): Promise<BenchResult[]> {
  return withBenchApp("bhxh-bench-files-", async (databaseUrl) => {
    const { createPrismaClient, prisma } = await import("@/lib/server/db/client");
    const seeder = createPrismaClient(databaseUrl);
    await seedReferenceData(seeder, () => {});
    await seeder.$disconnect();
    const { submitDeclaration } = await import("@/lib/server/declarations/submit-declaration");
    const { photoPipeline } = await import("@/lib/server/images/process-photo");

    const [portrait, idFront, idBack] = await Promise.all([
      phonePhotoJpeg({ seed: 101, orientation: 6, gps: true }),
      phonePhotoJpeg({ seed: 202, orientation: 1, gps: true }),
      phonePhotoJpeg({ seed: 303, orientation: 8, gps: true }),
    ]);
    const inputs = { portrait: portrait!, idFront: idFront!, idBack: idBack! };

    // Sharp alone: the three photos through exactly the service's pipeline, in parallel as the service does.
    const sharpOnce = async () => {
      await Promise.all((Object.entries(inputs) as [keyof typeof inputs, Buffer][]).map(([kind, bytes]) => photoPipeline(bytes, kind, false).toBuffer()));
    };

    const rng = createRng(4242);
    let n = 0;
    const serviceOnce = async () => {
      const person = buildPerson(rng);
      n++;
      const result = await submitDeclaration({
        // A confirmed phone (token) and an address of its own per person, as the per-recipient caps require.
        json: declarationJson(person),
        files: { portrait: { bytes: inputs.portrait }, idFront: { bytes: inputs.idFront }, idBack: { bytes: inputs.idBack } },
        idempotencyKey: crypto.randomUUID(),
        ip: `10.${(n >> 8) & 255}.${n & 255}.1`,
        userAgent: "bench",
      });
      if (!result.ok) throw new Error(`submission refused: ${result.code} ${JSON.stringify(result)}`);
    };

    const time = async (body: () => Promise<void>) => {
      const started = performance.now();
      await body();
      return performance.now() - started;
    };

    for (let i = 0; i < WARM_UP; i++) {
      await sharpOnce();
      await serviceOnce();
    }
    // Interleaved rounds, so a slower moment of the shared machine affects both sides alike.
    const sharpMs: number[] = [];
    const serviceMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PER_ROUND; i++) sharpMs.push(await time(sharpOnce));
      for (let i = 0; i < PER_ROUND; i++) serviceMs.push(await time(serviceOnce));
    }
    await prisma.$disconnect();

    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const sharpPerSecond = (sharpMs.length * 1000) / total(sharpMs);
    const servicePerSecond = (serviceMs.length * 1000) / total(serviceMs);
    const context = {
      photos: "3 × 4000×3000 JPEG q92 with EXIF orientation and GPS",
      photoBytes: Object.values(inputs).map((b) => b.byteLength),
      samples: serviceMs.length,
      cpus: os.cpus().length,
    };
    return [
      { name: "declaration_submit_throughput", value: round(servicePerSecond, 2), unit: "submissions/s", medianMs: round(median(serviceMs)), ...context },
      { name: "sharp_three_photos_throughput", value: round(sharpPerSecond, 2), unit: "photo sets/s", medianMs: round(median(sharpMs)), ...context },
      { name: "declaration_submit_vs_sharp_ratio", value: round(servicePerSecond / sharpPerSecond, 2), unit: "ratio", baseline: "sharp_three_photos_throughput", target: ">= 0.7" },
    ];
  });
}

await runWhenMain(import.meta.url, run);
