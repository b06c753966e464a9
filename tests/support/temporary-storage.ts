// A photo store of its own for a describe block: a LocalFileStorage over a fresh temporary folder,
// removed with everything in it once the block has run.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { LocalFileStorage } from "@/lib/server/storage/local";

/** Call in a describe body: the folder exists from collection on and is removed after the block's tests. */
export function temporaryFileStorage(prefix: string): { root: string; storage: LocalFileStorage } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return { root, storage: new LocalFileStorage(root) };
}
