// What a production build is made from, for "is the build older than the sources?" (npm start, benches).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The newest modification time of the folders and files a build is made from, under `root`. */
export function newestSourceMtime(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "data"]) walk(path.join(root, dir));
  for (const file of ["next.config.js", "package-lock.json", "prisma/schema.prisma"]) {
    const full = path.join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The compiled worker (scripts/lib/worker-build.ts) and esbuild's list of the files it was made from. */
export const WORKER_BUNDLE = path.join("dist", "worker.mjs");
export const WORKER_METAFILE = path.join("dist", "worker.meta.json");

/** True when the compiled worker exists and none of its sources (scripts/worker.ts and the lib/ it reaches) changed since. */
export function workerBuildIsCurrent(root: string): boolean {
  const bundle = path.join(root, WORKER_BUNDLE);
  const meta = path.join(root, WORKER_METAFILE);
  if (!existsSync(bundle) || !existsSync(meta)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(meta, "utf8")) as { inputs: string[] };
  return inputs.every((input) => {
    const file = path.join(root, input);
    return existsSync(file) && statSync(file).mtimeMs <= builtAt;
  });
}
