import "server-only";
// Tờ khai 01 rendered once per declaration version (docs/decisions/0017-pdf-cache.md): the bytes are
// deterministic for a version, so the first download renders and stores them in the file store (local
// folder or S3, shared by every node), and a small per-process memory, bounded in bytes, keeps the most
// recent ones. The key names what changes the bytes: the declaration, its version, whether its photos were
// purged (the PDF then prints an empty frame) and the renderer's own version (bump it when the layout changes).
// Callers check access first: nothing here knows who is asking.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/server/db/client";
import type { FileStorage } from "@/lib/server/storage";
import type { StoredDeclarationPdf } from "./render-stored-declaration";

/** Bump when the printed form changes (layout, wording, fonts): every cached PDF is then rendered afresh. */
export const PDF_RENDERER_VERSION = 1;
/** Per-process memory for recent PDFs (≈ 100 KB each with a portrait). */
export const PDF_MEMORY_CACHE_BYTES = 32 * 1024 * 1024;
/** A PDF larger than this is stored but not kept in memory. */
const MAX_MEMORY_ENTRY_BYTES = 2 * 1024 * 1024;

export type PdfIdentity = { declarationId: string; version: number; filesPurged: boolean };

export function cachedPdfKey(identity: PdfIdentity, rendererVersion: number = PDF_RENDERER_VERSION): string {
  const purged = identity.filesPurged ? "-purged" : "";
  return `pdf-cache/declarations/${identity.declarationId}/v${identity.version}-r${rendererVersion}${purged}.pdf`;
}

/** A strong ETag from the cache key: answerable (304) without reading the bytes. */
export function pdfEtag(identity: PdfIdentity): string {
  return `"${createHash("sha256").update(cachedPdfKey(identity)).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for If-None-Match). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

export type CachedPdf = { bytes: Buffer; identity: PdfIdentity; source: "memory" | "storage" | "render" };

export class DeclarationPdfCache {
  private readonly memory = new Map<string, Buffer>();
  private memoryBytes = 0;
  private readonly inFlight = new Map<string, Promise<CachedPdf>>();

  constructor(
    private readonly storage: FileStorage,
    private readonly maxMemoryBytes: number = PDF_MEMORY_CACHE_BYTES,
  ) {}

  /**
   * The PDF of `identity` from memory, else from the store, else rendered by `render` and stored. Concurrent
   * requests for one PDF share one render. The identity returned is what was rendered (a resubmission or a
   * purge between the caller's read and the render shows there).
   */
  async get(identity: PdfIdentity, options: { db: PrismaClient; render: () => Promise<StoredDeclarationPdf> }): Promise<CachedPdf> {
    const key = cachedPdfKey(identity);
    const remembered = this.memory.get(key);
    if (remembered) {
      this.memory.delete(key);
      this.memory.set(key, remembered); // most recently used last
      return { bytes: remembered, identity, source: "memory" };
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.load(identity, key, options).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** Forgets this process's copies of a declaration's PDFs (the stored ones: deleteCachedDeclarationPdfs). */
  forget(declarationId: string): void {
    const prefix = `pdf-cache/declarations/${declarationId}/`;
    for (const [key, bytes] of this.memory) {
      if (key.startsWith(prefix)) {
        this.memory.delete(key);
        this.memoryBytes -= bytes.length;
      }
    }
  }

  get memoryUsage(): { entries: number; bytes: number } {
    return { entries: this.memory.size, bytes: this.memoryBytes };
  }

  private async load(identity: PdfIdentity, key: string, options: { db: PrismaClient; render: () => Promise<StoredDeclarationPdf> }): Promise<CachedPdf> {
    const stored = await this.storage.get(key).catch((error: unknown) => {
      // The store is a cache here: a failing read costs a render, not the download.
      console.error(`[pdf-cache] reading ${key} failed:`, error instanceof Error ? error.message : String(error));
      return null;
    });
    if (stored) {
      const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
      this.remember(key, bytes);
      return { bytes, identity, source: "storage" };
    }
    const rendered = await options.render();
    const renderedIdentity: PdfIdentity = { declarationId: identity.declarationId, version: rendered.version, filesPurged: rendered.filesPurged };
    if (await this.store(renderedIdentity, rendered.bytes, options.db)) this.remember(cachedPdfKey(renderedIdentity), rendered.bytes);
    return { bytes: rendered.bytes, identity: renderedIdentity, source: "render" };
  }

  /**
   * Stores the PDF while holding a share lock on the declaration, and only if it is still the version and
   * purge state that was rendered: the photo purge takes the row FOR UPDATE (SKIP LOCKED) before deleting
   * the stored PDFs, so a download racing the purge can never leave a PDF with the portrait behind it.
   * Returns whether the PDF is current.
   */
  private async store(identity: PdfIdentity, bytes: Buffer, db: PrismaClient): Promise<boolean> {
    const key = cachedPdfKey(identity);
    try {
      return await db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ version: number; purged: boolean }[]>`
          SELECT "version", "filesPurgedAt" IS NOT NULL AS "purged" FROM "Declaration" WHERE "id" = ${identity.declarationId}::uuid FOR SHARE`;
        if (!row || row.version !== identity.version || row.purged !== identity.filesPurged) return false;
        await this.storage.put(key, bytes, "application/pdf");
        return true;
      });
    } catch (error) {
      console.error(`[pdf-cache] storing ${key} failed:`, error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  private remember(key: string, bytes: Buffer): void {
    if (bytes.length > MAX_MEMORY_ENTRY_BYTES || bytes.length > this.maxMemoryBytes) return;
    const previous = this.memory.get(key);
    if (previous) {
      this.memory.delete(key);
      this.memoryBytes -= previous.length;
    }
    this.memory.set(key, bytes);
    this.memoryBytes += bytes.length;
    for (const [oldest, oldBytes] of this.memory) {
      if (this.memoryBytes <= this.maxMemoryBytes) break;
      this.memory.delete(oldest);
      this.memoryBytes -= oldBytes.length;
    }
  }
}

const caches = new WeakMap<FileStorage, DeclarationPdfCache>();

/** The process's cache in front of `storage` (one per store, so a test's store never sees another's PDFs). */
export function pdfCacheFor(storage: FileStorage): DeclarationPdfCache {
  let cache = caches.get(storage);
  if (!cache) {
    cache = new DeclarationPdfCache(storage);
    caches.set(storage, cache);
  }
  return cache;
}

/**
 * Deletes every stored PDF of a declaration (all versions up to `latestVersion`, every renderer version,
 * before and after a purge) and this process's copies. Deleting a key that is not there is not an error.
 */
export async function deleteCachedDeclarationPdfs(storage: FileStorage, declarationId: string, latestVersion: number): Promise<void> {
  const keys: string[] = [];
  for (let version = 1; version <= latestVersion; version++) {
    for (let renderer = 1; renderer <= PDF_RENDERER_VERSION; renderer++) {
      for (const filesPurged of [false, true]) keys.push(cachedPdfKey({ declarationId, version, filesPurged }, renderer));
    }
  }
  await Promise.all(keys.map((key) => storage.delete(key)));
  pdfCacheFor(storage).forget(declarationId);
}
