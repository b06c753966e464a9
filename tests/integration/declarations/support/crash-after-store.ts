// Run by staged-uploads.test.ts in a child process: sends one valid declaration and kills itself with
// SIGKILL right after the photos are stored, before the transaction: the crash the sweep must clean up.
// argv: <declaration JSON file> <photo folder>
import { readFileSync } from "node:fs";
import path from "node:path";
const [jsonFile, photoDir] = process.argv.slice(2) as [string, string];
const { submitDeclaration } = await import("@/lib/server/declarations/submit-declaration");
const files = Object.fromEntries(
  ["portrait", "idFront", "idBack"].map((kind) => [kind, { bytes: new Uint8Array(readFileSync(path.join(photoDir, `${kind}.jpg`))), declaredType: "image/jpeg" }]),
);
await submitDeclaration(
  { json: JSON.parse(readFileSync(jsonFile, "utf8")), files, ip: "192.0.2.77", userAgent: "crash-test" },
  { afterPhotosStored: async () => void process.kill(process.pid, "SIGKILL") },
);
console.log("not killed");
