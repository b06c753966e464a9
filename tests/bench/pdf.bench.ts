// Tờ khai 01: the render alone (the baseline), and downloads over HTTP through the route's handler with the
// cache of docs/decisions/0017 (first download of a version, repeat downloads from memory, a node that only
// has the file store, a revalidation answered 304), each as a ratio to the render alone.
// The HTTP side is node:http in front of serveDeclarationPdf (what the route handler calls) on a scratch
// PostgreSQL with the reference data, declarations with a stored portrait, the declarer's token: Next's own
// routing is not in these figures.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { FIXTURE_GENERATED_AT, fixtureDeclaration } from "../fixtures/declaration-pdf";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";

const WARM_UP_RENDERS = 5;
const REFERENCE_SYMBOLS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const FAMILY_NAMES = ["Nguyễn Thị", "Trần Văn", "Lê Hoàng", "Phạm Ngọc", "Hoàng Đức", "Vũ Thu", "Đặng Quốc", "Bùi Thị"];
const GIVEN_NAMES = ["Hường", "Hùng", "Khoa", "Trang", "Thắng", "Ngọc Ánh", "Quỳnh", "Dũng", "Yến", "Phượng", "Lộc"];
const MEASURED_RENDERS = 100;
/** Declarations downloaded over HTTP; each is downloaded once cold, then REPEATS times in turn. */
const HTTP_DECLARATIONS = 20;
const REPEATS = 5;

/** The render alone: a different person every render, as in production (the renderer remembers shaped text). */
async function measureRender(): Promise<{ durations: number[]; cpuTimes: number[]; pdf: Buffer }> {
  const { renderDeclarationPdf } = await import("../../lib/server/pdf/declaration-pdf");
  const options = { generatedAt: FIXTURE_GENERATED_AT };
  const declaration = (i: number) => {
    const n = String(i).padStart(3, "0");
    return fixtureDeclaration({
      reference: `TK-${REFERENCE_SYMBOLS[i % REFERENCE_SYMBOLS.length]}${n}-M9XD`,
      fullName: `${FAMILY_NAMES[i % FAMILY_NAMES.length]} ${GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length]} ${n}`,
      idNumber: `022191${String(100000 + i)}`,
      bhxhCode: `22${String(10000000 + i)}`,
      phone: `+84912${String(100000 + i)}`,
      address: { street: `Số ${i + 1} ngõ ${(i * 13) % 97} phố Trần Hưng Đạo`, communeName: "Phường Quảng Yên", provinceName: "Tỉnh Quảng Ninh" },
    });
  };
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < WARM_UP_RENDERS; i += 1) pdf = await renderDeclarationPdf(declaration(MEASURED_RENDERS + i), options);
  const durations: number[] = [];
  // CPU time of the process alongside wall time: on a busy machine the two part ways.
  const cpuTimes: number[] = [];
  for (let i = 0; i < MEASURED_RENDERS; i += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    pdf = await renderDeclarationPdf(declaration(i), options);
    durations.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { durations, cpuTimes, pdf };
}

type HttpFigures = { cold: number[]; memory: number[]; store: number[]; notModified: number[]; bytes: number };

async function measureHttp(): Promise<HttpFigures> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const cluster = await startScratchCluster();
  const storageDir = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-pdf-"));
  try {
    await ensureDatabase(cluster.adminUrl, "bench_pdf");
    const url = cluster.urlFor("bench_pdf");
    await migrate(url);
    // The app's modules read the environment on first use (this process is this bench's own: run.ts).
    Object.assign(process.env, { DATABASE_URL: url, STORAGE_DRIVER: "local", STORAGE_DIR: storageDir, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", APP_MODE: "demo" });
    const { prisma } = await import("@/lib/server/db/client");
    const { seedReferenceData } = await import("@/prisma/seed");
    await seedReferenceData(prisma, () => {});
    const { createTestDeclaration } = await import("../integration/pdf/declarations");
    const { serveDeclarationPdf } = await import("@/lib/server/pdf/serve-declaration-pdf");
    const { DeclarationPdfCache } = await import("@/lib/server/pdf/declaration-pdf-cache");
    const { getStorage } = await import("@/lib/server/storage");

    const declarations: Awaited<ReturnType<typeof createTestDeclaration>>[] = [];
    for (let i = 0; i < HTTP_DECLARATIONS + 1; i++) declarations.push(await createTestDeclaration(prisma, { seed: 9000 + i }));
    // "?node=store": another node, which has the file store but nothing in memory.
    const storeOnly = new DeclarationPdfCache(getStorage(), 0);

    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const requestUrl = new URL(req.url ?? "/", "http://127.0.0.1");
      const reference = requestUrl.pathname.split("/")[4] ?? "";
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const cache = requestUrl.searchParams.get("node") === "store" ? storeOnly : undefined;
      void serveDeclarationPdf(new Request(requestUrl, { headers }), reference, { getPrincipal: async () => null, cache }).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const timedGet = async (declaration: (typeof declarations)[number], extra: Record<string, string> = {}, query = "") => {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/declarations/${declaration.reference}/pdf${query}`, {
        headers: { authorization: `Bearer ${declaration.accessToken}`, ...extra },
      });
      const body = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      return { ms, status: response.status, etag: response.headers.get("etag"), bytes: body.length };
    };

    try {
      const [warmUp, ...measured] = declarations;
      await timedGet(warmUp!); // the route's modules, the pool, the first sharp call
      await timedGet(warmUp!);
      const figures: HttpFigures = { cold: [], memory: [], store: [], notModified: [], bytes: 0 };
      const etags = new Map<string, string>();
      for (const declaration of measured) {
        const first = await timedGet(declaration);
        if (first.status !== 200) throw new Error(`download answered ${first.status}`);
        figures.cold.push(first.ms);
        figures.bytes = first.bytes;
        etags.set(declaration.id, first.etag!);
      }
      for (let round = 0; round < REPEATS; round++) {
        for (const declaration of measured) {
          figures.memory.push((await timedGet(declaration)).ms);
          figures.store.push((await timedGet(declaration, {}, "?node=store")).ms);
          const revalidated = await timedGet(declaration, { "if-none-match": etags.get(declaration.id)! });
          if (revalidated.status !== 304) throw new Error(`revalidation answered ${revalidated.status}`);
          figures.notModified.push(revalidated.ms);
        }
      }
      return figures;
    } finally {
      server.close();
      await prisma.$disconnect();
    }
  } finally {
    await cluster.stop();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const render = await measureRender();
  const http = await measureHttp();
  const renderMedian = round(median(render.durations));
  const context = { renders: MEASURED_RENDERS, warmUp: WARM_UP_RENDERS, portrait: true, distinctDeclarations: true, nodeEnv: process.env.NODE_ENV ?? null };
  const httpContext = { declarations: HTTP_DECLARATIONS, server: "node:http → serveDeclarationPdf (declarer token, local file store)" };
  const ratio = (values: number[]) => round(median(values) / median(render.durations), 2);
  return [
    { name: "pdf.render.median", value: renderMedian, unit: "ms", target: "< 60", cpuMs: round(median(render.cpuTimes)), ...context },
    { name: "pdf.render.p95", value: round(percentile(render.durations, 95)), unit: "ms", ...context },
    { name: "pdf.size", value: round(render.pdf.length / 1024), unit: "KB", target: "< 200", pages: 1 },
    { name: "pdf.http.first_download.median", value: round(median(http.cold)), unit: "ms", p95: round(percentile(http.cold, 95)), samples: http.cold.length, ...httpContext },
    { name: "pdf.http.cached.median", value: round(median(http.memory)), unit: "ms", p95: round(percentile(http.memory, 95)), samples: http.memory.length, ...httpContext },
    { name: "pdf.http.store_only_node.median", value: round(median(http.store)), unit: "ms", p95: round(percentile(http.store, 95)), samples: http.store.length, ...httpContext },
    { name: "pdf.http.not_modified.median", value: round(median(http.notModified)), unit: "ms", samples: http.notModified.length, ...httpContext },
    { name: "pdf.http.cached_vs_render", value: ratio(http.memory), unit: "ratio", baseline: "pdf.render.median", target: "<= 1.5" },
    { name: "pdf.http.store_only_node_vs_render", value: ratio(http.store), unit: "ratio", baseline: "pdf.render.median", target: "<= 1.5" },
    { name: "pdf.http.first_download_vs_render", value: ratio(http.cold), unit: "ratio", baseline: "pdf.render.median" },
    { name: "pdf.http.bytes", value: round(http.bytes / 1024), unit: "KB" },
  ];
}
