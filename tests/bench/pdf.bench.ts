// Tờ khai 01: the render alone (the baseline), and downloads over HTTP with the cache of docs/decisions/0017
// (first download of a version, repeat downloads from memory, a node that only has the file store, a
// revalidation answered 304), each as a ratio to the render alone, beside GET /api/health of the same server.
// Two servers on one scratch PostgreSQL (reference data, declarations with a stored portrait, the declarer's
// token): node:http in front of serveDeclarationPdf (the route's body, without Next), and `next start` of the
// benches' own build (support/portal.ts; built when missing or stale).
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { FIXTURE_GENERATED_AT, fixtureDeclaration } from "../fixtures/declaration-pdf";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";
import { createBenchRoot, ensureBenchBuild, startNextServer } from "./support/portal";

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

type Declared = { id: string; reference: string; accessToken: string };
type HttpFigures = { cold: number[]; memory: number[]; store: number[]; notModified: number[]; health: number[]; bytes: number };

/** Downloads each declaration once (rendered), then REPEATS times (cached, from the store alone if `storeOnly`, and 304). */
async function measureDownloads(base: string, declarations: Declared[], storeOnly: boolean): Promise<HttpFigures> {
  const timedGet = async (path: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    const body = Buffer.from(await response.arrayBuffer());
    return { ms: performance.now() - started, status: response.status, etag: response.headers.get("etag"), bytes: body.length };
  };
  const download = (declaration: Declared, extra: Record<string, string> = {}, query = "") =>
    timedGet(`/api/v1/declarations/${declaration.reference}/pdf${query}`, { authorization: `Bearer ${declaration.accessToken}`, ...extra });

  const [warmUp, ...measured] = declarations;
  await download(warmUp!); // the route's modules, the pool, the first sharp call
  await download(warmUp!);
  const figures: HttpFigures = { cold: [], memory: [], store: [], notModified: [], health: [], bytes: 0 };
  const etags = new Map<string, string>();
  for (const declaration of measured) {
    const first = await download(declaration);
    if (first.status !== 200) throw new Error(`download answered ${first.status}`);
    figures.cold.push(first.ms);
    figures.bytes = first.bytes;
    etags.set(declaration.id, first.etag!);
  }
  for (let round = 0; round < REPEATS; round++) {
    for (const declaration of measured) {
      figures.memory.push((await download(declaration)).ms);
      if (storeOnly) figures.store.push((await download(declaration, {}, "?node=store")).ms);
      const revalidated = await download(declaration, { "if-none-match": etags.get(declaration.id)! });
      if (revalidated.status !== 304) throw new Error(`revalidation answered ${revalidated.status}`);
      figures.notModified.push(revalidated.ms);
      figures.health.push((await timedGet("/api/health")).ms);
    }
  }
  return figures;
}

async function measureHttp(): Promise<{ plain: HttpFigures; next: HttpFigures; benchBuildMs: number }> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const { freePort } = await import("@/lib/server/db/embedded");
  const benchBuildMs = ensureBenchBuild();
  const cluster = await startScratchCluster();
  const storageDir = mkdtempSync(path.join(os.tmpdir(), "bhxh-bench-pdf-"));
  const { root, remove } = createBenchRoot();
  try {
    await ensureDatabase(cluster.adminUrl, "bench_pdf");
    const url = cluster.urlFor("bench_pdf");
    await migrate(url);
    // The app's modules read the environment on first use (this process is this bench's own: run.ts).
    const appEnv = { DATABASE_URL: url, STORAGE_DRIVER: "local", STORAGE_DIR: storageDir, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", APP_MODE: "demo" };
    Object.assign(process.env, appEnv);
    const { prisma } = await import("@/lib/server/db/client");
    const { seedReferenceData } = await import("@/prisma/seed");
    await seedReferenceData(prisma, () => {});
    const { createTestDeclaration } = await import("../integration/pdf/declarations");
    const { serveDeclarationPdf } = await import("@/lib/server/pdf/serve-declaration-pdf");
    const { DeclarationPdfCache } = await import("@/lib/server/pdf/declaration-pdf-cache");
    const { getStorage } = await import("@/lib/server/storage");
    const { liveness } = await import("@/lib/server/health");

    const declare = async (seedBase: number) => {
      const list: Declared[] = [];
      for (let i = 0; i < HTTP_DECLARATIONS + 1; i++) list.push(await createTestDeclaration(prisma, { seed: seedBase + i }));
      return list;
    };
    const forPlain = await declare(9000);
    const forNext = await declare(9500); // not yet in the store: Next's first downloads render

    // "?node=store": another node, which has the file store but nothing in memory.
    const storeOnly = new DeclarationPdfCache(getStorage(), 0);
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const requestUrl = new URL(req.url ?? "/", "http://127.0.0.1");
      if (requestUrl.pathname === "/api/health") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(liveness()));
        return;
      }
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
    let plain: HttpFigures;
    try {
      plain = await measureDownloads(`http://127.0.0.1:${(server.address() as { port: number }).port}`, forPlain, true);
    } finally {
      server.close();
    }

    const port = await freePort();
    const next = await startNextServer(root, port, { ...appEnv, PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    try {
      return { plain, next: await measureDownloads(next.url, forNext, false), benchBuildMs };
    } finally {
      await next.stop();
      await prisma.$disconnect();
    }
  } finally {
    remove();
    await cluster.stop();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const render = await measureRender();
  const { plain, next, benchBuildMs } = await measureHttp();
  const context = { renders: MEASURED_RENDERS, warmUp: WARM_UP_RENDERS, portrait: true, distinctDeclarations: true, nodeEnv: process.env.NODE_ENV ?? null };
  const ratio = (values: number[]) => round(median(values) / median(render.durations), 2);
  const figures = (prefix: string, http: HttpFigures, server: string): BenchResult[] => {
    const common = { declarations: HTTP_DECLARATIONS, server };
    const line = (name: string, values: number[]): BenchResult => ({ name: `${prefix}.${name}.median`, value: round(median(values)), unit: "ms", p95: round(percentile(values, 95)), samples: values.length, ...common });
    return [
      line("first_download", http.cold),
      line("cached", http.memory),
      ...(http.store.length ? [line("store_only_node", http.store)] : []),
      line("not_modified", http.notModified),
      line("health", http.health),
      { name: `${prefix}.cached_vs_render`, value: ratio(http.memory), unit: "ratio", baseline: "pdf.render.median", target: "<= 1.5", ...common },
      ...(http.store.length ? [{ name: `${prefix}.store_only_node_vs_render`, value: ratio(http.store), unit: "ratio", baseline: "pdf.render.median", target: "<= 1.5", ...common }] : []),
      { name: `${prefix}.first_download_vs_render`, value: ratio(http.cold), unit: "ratio", baseline: "pdf.render.median", ...common },
      { name: `${prefix}.cached_vs_health`, value: round(median(http.memory) / median(http.health), 2), unit: "ratio", baseline: `${prefix}.health.median`, ...common },
    ];
  };
  return [
    { name: "pdf.render.median", value: round(median(render.durations)), unit: "ms", target: "< 60", cpuMs: round(median(render.cpuTimes)), ...context },
    { name: "pdf.render.p95", value: round(percentile(render.durations, 95)), unit: "ms", ...context },
    { name: "pdf.size", value: round(render.pdf.length / 1024), unit: "KB", target: "< 200", pages: 1 },
    ...figures("pdf.http", plain, "node:http → serveDeclarationPdf (the route's body), declarer token, local file store"),
    ...figures("pdf.next", next, "next start (the bench build) → GET /api/v1/declarations/{reference}/pdf, declarer token, local file store"),
    { name: "pdf.http.bytes", value: round(plain.bytes / 1024), unit: "KB", benchBuildMs: round(benchBuildMs) },
  ];
}
