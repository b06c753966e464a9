// The production build, as `npm start` and `npm run cluster` make it when it is missing or older than
// its sources: one place, so both commands work from a fresh clone and build the same thing.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { newestSourceMtime } from "./build-sources";

export function buildIsCurrent(root: string): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime(root);
}

/** Runs the build in a child (its output on ours); `onSpawn` hands the child over so a signal can stop it. */
export function runProductionBuild(root: string, env: NodeJS.ProcessEnv, onSpawn?: (child: ChildProcess) => void): Promise<number | null> {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  onSpawn?.(child);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}
