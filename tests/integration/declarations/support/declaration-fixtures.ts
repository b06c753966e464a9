// Shared by the declaration service and API tests: a valid declaration JSON for a synthetic person,
// photo fixtures made once, a fresh IP per test (so the per-IP limit never interferes) and a look
// into the storage folder.
import { randomInt } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildPerson, type PersonFixture } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";
import { idCardJpeg, portraitJpeg } from "@/tests/fixtures/photo-files";

export { declarationJson } from "@/tests/fixtures/declaration-json";

// env() is read lazily: give the token derivation a fixed secret before anything calls it.
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

let seed = Date.now() % 100_000;
let ipCounter = 0;
const IP_BASE = randomInt(1, 2 ** 24 - 100_000);

export function newPerson(overrides: Partial<PersonFixture> = {}): PersonFixture {
  return buildPerson(createRng(++seed * 7919), overrides);
}

/**
 * A client address no other test file uses: a random start per file, then counting up, in 10.0.0.0/8. The
 * rate limits are counted in the shared test database for an hour, so two files walking the same addresses
 * (as `198.51.(pid + n).n` did whenever two test processes' pids matched modulo 250) add up to a refusal.
 */
export function newIp(): string {
  const n = IP_BASE + ++ipCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export type PhotoSet = { portrait: Buffer; idFront: Buffer; idBack: Buffer };

let photos: Promise<PhotoSet> | undefined;

export function basicPhotos(): Promise<PhotoSet> {
  photos ??= Promise.all([portraitJpeg(), idCardJpeg("front"), idCardJpeg("back")]).then(([portrait, idFront, idBack]) => ({ portrait, idFront, idBack }));
  return photos;
}

export function uploads(set: Partial<PhotoSet>) {
  return Object.fromEntries(Object.entries(set).map(([kind, bytes]) => [kind, { bytes: new Uint8Array(bytes), name: `${kind}.jpg`, declaredType: "image/jpeg" }]));
}

export const storageDir = () => path.resolve(process.env.STORAGE_DIR ?? ".data/files");

/** Every file under the storage folder, relative paths. */
export function storedFiles(): string[] {
  const root = storageDir();
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The code of the email confirmation link (…/xac-nhan-email/<reference>/<code>) in an email's text. */
export function linkCode(text: string, reference: string): string {
  const match = new RegExp(`/xac-nhan-email/${reference}/([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error("no confirmation link in the email");
  return match[1]!;
}
