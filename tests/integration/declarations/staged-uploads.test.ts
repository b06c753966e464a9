// A crash between storing a declaration's photos and committing it leaves no orphan: a real child process
// is SIGKILLed at that moment; its files are on disk and recorded as staged; the sweep removes them once
// they are an hour old, and leaves alone the files of declarations that did commit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { STAGED_UPLOAD_MAX_AGE_MS, sweepStagedUploads } from "@/lib/server/jobs/sweep-staged-uploads";
import { basicPhotos, declarationJson, newIp, newPerson, storedFiles, uploads, type PhotoSet } from "./support/declaration-fixtures";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

const later = () => new Date(Date.now() + STAGED_UPLOAD_MAX_AGE_MS + 60_000);

describe("staged uploads", () => {
  it("a process killed after storing the photos leaves staged files, which the sweep removes after an hour (not before)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-crash-"));
    for (const [kind, bytes] of Object.entries(photos)) writeFileSync(path.join(dir, `${kind}.jpg`), bytes);
    const person = newPerson();
    writeFileSync(path.join(dir, "declaration.json"), JSON.stringify(declarationJson(person)));
    const before = new Set(storedFiles());

    const child = spawnSync(process.execPath, ["--import", "tsx", "--import", "./scripts/preload/allow-server-only.mjs", "tests/integration/declarations/support/crash-after-store.ts", path.join(dir, "declaration.json"), dir], {
      env: { ...process.env },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.signal, child.stderr).toBe("SIGKILL");
    expect(child.stdout).not.toContain("not killed");

    const orphans = storedFiles().filter((f) => !before.has(f));
    expect(orphans).toHaveLength(3);
    expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(0);
    const staged = await prisma.stagedUpload.findMany({ where: { storageKey: { in: orphans.map((f) => f.split(path.sep).join("/")) } } });
    expect(staged).toHaveLength(3);

    // Not yet an hour old: a request might still be on its way to commit.
    await sweepStagedUploads(new Date());
    expect(storedFiles().filter((f) => !before.has(f))).toHaveLength(3);

    const report = await sweepStagedUploads(later());
    expect(report.errors).toBe(0);
    expect(storedFiles().filter((f) => !before.has(f))).toEqual([]);
    expect(await prisma.stagedUpload.count({ where: { storageKey: { in: staged.map((s) => s.storageKey) } } })).toBe(0);
  });

  it("the sweep keeps the files of a committed declaration and only forgets their staging rows", async () => {
    const result = await submitDeclaration({ json: declarationJson(newPerson()), files: uploads(photos), ip: newIp(), userAgent: "test" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const files = await prisma.declarationFile.findMany({ where: { declaration: { reference: result.body.reference } } });
    expect(await prisma.stagedUpload.count({ where: { storageKey: { in: files.map((f) => f.storageKey) } } })).toBe(files.length);

    await sweepStagedUploads(later());
    expect(await prisma.stagedUpload.count({ where: { storageKey: { in: files.map((f) => f.storageKey) } } })).toBe(0);
    const onDisk = new Set(storedFiles().map((f) => f.split(path.sep).join("/")));
    for (const file of files) expect(onDisk.has(file.storageKey)).toBe(true);
  });
});
