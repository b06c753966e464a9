import "server-only";
// The photos of a declaration, from upload to storage: which are required, processing all three (CPU
// work, done before any database lock), storing them under server-made keys, and removing them again
// when the declaration they belong to is not committed. Each key is first recorded as a StagedUpload
// (committed before the file is written), so a process killed between the write and the declaration's
// commit leaves a row the sweep job finds (lib/server/jobs/sweep-staged-uploads.ts), never a lost file.
import { randomBytes } from "node:crypto";
import type { IdType } from "@/lib/domain/identifiers";
import { observePhotoProcessing } from "../metrics/registry";
import { PHOTO_KINDS, processPhoto, type PhotoKind, type ProcessedPhoto } from "../images/process-photo";
import { prisma } from "../db/client";
import { getStorage } from "../storage";
import { problem, validationFailure, type DeclarationUploads, type FieldIssue, type ProblemFailure, type ValidationFailure } from "./results";

export type StoredPhoto = Omit<ProcessedPhoto, "bytes"> & { storageKey: string };

/** The back of the document is optional for a passport (its data page is the "front"). */
export function isPhotoRequired(kind: PhotoKind, idType: IdType | undefined): boolean {
  return kind !== "idBack" || idType !== "passport";
}

/** A field issue for every required photo that was not sent (an empty part counts as not sent). */
export function missingPhotoErrors(uploads: DeclarationUploads, idType: IdType | undefined, present: ReadonlySet<PhotoKind> = new Set()): FieldIssue[] {
  return PHOTO_KINDS.filter((kind) => isPhotoRequired(kind, idType) && !present.has(kind) && !(uploads[kind]?.bytes.byteLength ?? 0)).map((kind) => ({
    path: kind,
    key: "declaration.server_photoMissing",
    photo: kind,
  }));
}

/**
 * Processes every photo sent, in parallel (sharp runs them on its own threads). The first refusal by
 * severity decides the answer: too large (413), then not a usable image (415), then too small (a field
 * issue for each photo concerned).
 */
export async function processUploads(uploads: DeclarationUploads): Promise<{ ok: true; photos: ProcessedPhoto[] } | ValidationFailure | ProblemFailure> {
  const kinds = PHOTO_KINDS.filter((kind) => (uploads[kind]?.bytes.byteLength ?? 0) > 0);
  const results = await Promise.all(kinds.map((kind) => observePhotoProcessing(() => processPhoto(kind, uploads[kind]!.bytes))));
  const problems = results.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (problems.length === 0) return { ok: true, photos: results.flatMap((r) => (r.ok ? [r.photo] : [])) };
  for (const status of [413, 415] as const) {
    const first = problems.find((p) => p.status === status);
    if (first) return { ...problem(first.code, first.params), photo: first.kind };
  }
  return validationFailure(problems.map((p) => ({ path: p.kind, key: p.messageKey, params: p.params, photo: p.kind })));
}

/** "declarations/<declaration id>/<kind>-<random>.jpg": never guessable, never from the client. */
export function photoStorageKey(declarationId: string, kind: PhotoKind): string {
  return `declarations/${declarationId}/${kind}-${randomBytes(9).toString("base64url")}.jpg`;
}

/** Stores the photos; if one write fails, the others are removed before the error goes up. */
export async function storePhotos(declarationId: string, photos: ProcessedPhoto[]): Promise<StoredPhoto[]> {
  const storage = getStorage();
  const stored = photos.map(({ bytes: _bytes, ...meta }) => ({ ...meta, storageKey: photoStorageKey(declarationId, meta.kind) }));
  await stageUploads(stored.map((s) => s.storageKey));
  const writes = await Promise.allSettled(photos.map((photo, i) => storage.put(stored[i]!.storageKey, photo.bytes, photo.mediaType)));
  const failed = writes.find((w): w is PromiseRejectedResult => w.status === "rejected");
  if (failed) {
    await deleteStoredFiles(stored.map((s) => s.storageKey));
    throw failed.reason;
  }
  return stored;
}

/**
 * Best effort: a file that cannot be removed now is logged, and the error goes no further (see
 * docs/decisions/0007); its StagedUpload row stays, so the sweep tries again later.
 */
export async function deleteStoredFiles(keys: readonly string[]): Promise<void> {
  const storage = getStorage();
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  const deleted: string[] = [];
  for (const [i, result] of results.entries()) {
    if (result.status === "rejected") console.error(`[declarations] could not delete stored file ${keys[i]}:`, result.reason);
    else deleted.push(keys[i]!);
  }
  await unstageUploads(deleted).catch((error: unknown) => console.error("[declarations] could not clear staged uploads:", error));
}

/** Records the keys about to be written, in its own committed statement (not the caller's transaction). */
export async function stageUploads(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await prisma.stagedUpload.createMany({ data: keys.map((storageKey) => ({ storageKey })), skipDuplicates: true });
}

/** Forgets staged keys whose fate is settled (committed, or their file deleted). */
export async function unstageUploads(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await prisma.stagedUpload.deleteMany({ where: { storageKey: { in: [...keys] } } });
}
