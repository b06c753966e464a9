// Compiles the worker to dist/worker.mjs (scripts/lib/worker-build.ts): after `next build` in `npm run
// build`, and with --if-stale before `npm run worker` (which then runs it on plain node).
import { buildWorker, ensureWorkerBuild } from "./lib/worker-build";

const log = (msg: string) => console.log(`[build] ${msg}`);
if (process.argv.includes("--if-stale")) ensureWorkerBuild(process.cwd(), log);
else {
  buildWorker(process.cwd());
  log("The worker: dist/worker.mjs");
}
