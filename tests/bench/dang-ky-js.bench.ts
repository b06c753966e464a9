// First-load JavaScript of /dang-ky (the start page) and /dang-ky/ke-khai (the form), gzipped, read from a production build's manifests (no server needed):
// the scripts every App Router page loads (build-manifest.json `rootMainFiles`) plus the route's own
// entry chunks (its `page_client-reference-manifest.js` `entryJSFiles`, for every segment: layouts, page,
// not-found, error). Polyfills (`nomodule`, skipped by modern browsers) and lazily imported chunks are not
// first-load. Uses NEXT_DIST_DIR's build when set (else `.next`); builds nothing itself.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { brotliOptions } from "@/scripts/lib/static-brotli";
import type { BenchResult } from "./run";
import { round } from "./stats";

/** The start page (what Lighthouse is pointed at) and the form; issue 18's budget is 120 KB gz. */
const ROUTES = ["/dang-ky", "/dang-ky/ke-khai"];
const BUDGET_KB = 120;

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The app path ("/(citizen)/dang-ky/page") that serves a URL path, from app-path-routes-manifest.json. */
function appPathFor(dist: string, route: string): string {
  const routes = readJson<Record<string, string>>(path.join(dist, "app-path-routes-manifest.json"));
  const entry = Object.entries(routes).find(([appPath, url]) => url === route && appPath.endsWith("/page"));
  if (!entry) throw new Error(`${route} is not a page of the build in ${dist}`);
  return entry[0];
}

/** The route's entry chunks: the manifest is a script assigning globalThis.__RSC_MANIFEST[appPath]. */
function entryChunks(dist: string, appPath: string): string[] {
  const file = path.join(dist, "server", "app", `${appPath}_client-reference-manifest.js`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[appPath];
  if (!manifest?.entryJSFiles) throw new Error(`No entryJSFiles for ${appPath} in ${file}`);
  return Object.values(manifest.entryJSFiles).flat();
}

export function firstLoadJs(dist: string, route: string) {
  if (!existsSync(path.join(dist, "BUILD_ID"))) throw new Error(`No production build in ${dist}: run \`NEXT_DIST_DIR=${path.basename(dist)} npx next build\` first`);
  const buildManifest = readJson<{ rootMainFiles?: string[] }>(path.join(dist, "build-manifest.json"));
  const shared = buildManifest.rootMainFiles ?? [];
  const own = entryChunks(dist, appPathFor(dist, route));
  const files = [...new Set([...shared, ...own])].filter((f) => f.endsWith(".js"));
  const sizes = files.map((file) => {
    const bytes = readFileSync(path.join(dist, file.replace(/^\/?_next\//, "").replace(/^\//, "")));
    // Brotli as the front server sends it to a browser that accepts it (scripts/lib/static-brotli.ts).
    const brotli = brotliCompressSync(bytes, brotliOptions(bytes.length)).length;
    return { file, shared: shared.includes(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length, brotli };
  });
  const sum = (list: { raw: number; gzip: number; brotli?: number }[], key: "raw" | "gzip" | "brotli") => list.reduce((n, s) => n + (s[key] ?? 0), 0);
  // Chunks the route's own entry chunks import lazily (the wizard's body, preloaded by next/dynamic and run
  // after the form's shell has hydrated): not first-load, reported beside it so the whole cost stays visible.
  const chunkRefs = (file: string) => readFileSync(path.join(dist, file)).toString("latin1").match(/static\/chunks\/[\w-]+\.js/g) ?? [];
  const measure = (file: string) => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
  };
  const lazy = [...new Set(sizes.filter((s) => !s.shared).flatMap((s) => chunkRefs(s.file)))].filter((f) => !files.includes(f)).map(measure);
  // Chunks those import in turn, only when the person uses the form (the wizard's validation: zod and the
  // schemas; the QR decoder): never in the page's load, listed so where zod went stays visible.
  const seen = new Set([...files, ...lazy.map((l) => l.file)]);
  const onUse = [...new Set(lazy.flatMap((l) => chunkRefs(l.file)))].filter((f) => !seen.has(f)).map(measure);
  return {
    files: sizes,
    lazyFiles: lazy,
    lazyGzipBytes: sum(lazy, "gzip"),
    onUseFiles: onUse,
    onUseGzipBytes: sum(onUse, "gzip"),
    gzipBytes: sum(sizes, "gzip"),
    rawBytes: sum(sizes, "raw"),
    brotliBytes: sum(sizes, "brotli"),
    sharedGzipBytes: sum(sizes.filter((s) => s.shared), "gzip"),
    routeGzipBytes: sum(sizes.filter((s) => !s.shared), "gzip"),
  };
}

export async function run(): Promise<BenchResult[]> {
  const dist = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const kb = (bytes: number) => round(bytes / 1024, 1);
  return ROUTES.map((route) => {
    const result = firstLoadJs(dist, route);
    return {
      name: `${route} first-load JS (gzip)`,
      value: kb(result.gzipBytes),
      unit: "KB",
      budgetKB: BUDGET_KB,
      withinBudget: result.gzipBytes / 1024 <= BUDGET_KB,
      sharedKB: kb(result.sharedGzipBytes),
      routeKB: kb(result.routeGzipBytes),
      rawKB: kb(result.rawBytes),
      // What a browser accepting Brotli downloads (every current one): the figure a slow phone waits for.
      brotliKB: kb(result.brotliBytes),
      lazyKB: kb(result.lazyGzipBytes),
      onUseKB: kb(result.onUseGzipBytes),
      onUseChunks: result.onUseFiles.map((f) => ({ file: path.basename(f.file), gzipKB: kb(f.gzip) })),
      files: result.files.length,
      // Per chunk, so a change shows where it landed: the shared ones are React and Next's runtime
      // (docs/decisions/0027 has what each holds), the others the route's own (layouts and page).
      chunks: result.files.map((f) => ({ file: path.basename(f.file), shared: f.shared, gzipKB: kb(f.gzip) })),
      dist: path.basename(dist),
    };
  });
}
