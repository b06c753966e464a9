// The worker as one plain JavaScript file (dist/worker.mjs), so it runs on `node` alone: no tsx and no
// esbuild service at run time (issue 18; docs/decisions/0026). Packages stay in node_modules (imported,
// not bundled); our own TypeScript (scripts/worker.ts and the lib/ it reaches) is bundled, with
// "server-only" aliased to the same empty module the tsx preload uses (scripts/preload/allow-server-only.mjs).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync, type BuildOptions } from "esbuild";
import { WORKER_BUNDLE, WORKER_METAFILE, workerBuildIsCurrent } from "./build-sources";

/** Chunks of earlier builds are kept this long: a worker still running an old bundle may load one later. */
const OLD_CHUNK_MAX_AGE_MS = 7 * 24 * 3600_000;

/** esbuild's options for the worker (tests/unit/worker-build.test.ts builds with them to see what it loads at start). */
export function workerBuildOptions(root: string) {
  return {
    absWorkingDir: root,
    entryPoints: ["scripts/worker.ts"],
    outdir: path.dirname(WORKER_BUNDLE),
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    // What is imported on demand (the PDF renderer and sharp, the embedded PostgreSQL) stays in its own
    // chunk, loaded only when used: a worker that never attaches a PDF never pays for it.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "server-only": "./scripts/preload/server-only-empty.js" },
    metafile: true,
    logLevel: "warning",
  } satisfies BuildOptions;
}

export function buildWorker(root: string): void {
  const result = buildSync(workerBuildOptions(root));
  mkdirSync(path.join(root, path.dirname(WORKER_METAFILE)), { recursive: true });
  writeFileSync(path.join(root, WORKER_METAFILE), JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }));
  // Chunk names carry a hash: a running worker loads its on-demand chunks (the PDF renderer) by the names
  // it was built with, so earlier builds' chunks stay until they are a week old.
  const chunks = path.join(root, path.dirname(WORKER_BUNDLE), "chunks");
  const current = new Set(Object.keys(result.metafile.outputs).map((output) => path.resolve(root, output)));
  for (const name of readdirSync(chunks)) {
    const file = path.join(chunks, name);
    if (!current.has(file) && Date.now() - statSync(file).mtimeMs > OLD_CHUNK_MAX_AGE_MS) rmSync(file, { force: true });
  }
}

/**
 * Builds the worker unless the last build is current (under a second either way). Synchronous, so
 * every place that starts a worker (start, the e2e server, the cluster, benches) calls it just before.
 */
export function ensureWorkerBuild(root: string, log: (msg: string) => void): void {
  if (workerBuildIsCurrent(root)) return;
  log("Building the worker (dist/worker.mjs)…");
  buildWorker(root);
}
