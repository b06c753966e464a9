// Tờ khai 01 rendered once per declaration version: stored in the file store and kept in memory, answered
// with an ETag and 304 on If-None-Match, access checked before any of it, and removed with the photo purge.
import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { purgeDeclarationPhotos } from "@/lib/server/jobs/purge-declaration-photos";
import { cachedPdfKey, DeclarationPdfCache, pdfEtag, type PdfIdentity } from "@/lib/server/pdf/declaration-pdf-cache";
import { renderStoredDeclarationPdf } from "@/lib/server/pdf/render-stored-declaration";
import { serveDeclarationPdf } from "@/lib/server/pdf/serve-declaration-pdf";
import { getStorage } from "@/lib/server/storage";
import { createTestDeclaration } from "./declarations";

// next-auth does not load in Vitest; these requests carry the declarer's token and never ask for a session.
vi.mock("@/lib/server/auth/auth", () => ({ auth: async () => null }));

afterAll(() => prisma.$disconnect());

const DAY = 24 * 60 * 60 * 1000;

function download(reference: string, headers: Record<string, string> = {}, cache?: DeclarationPdfCache): Promise<Response> {
  const request = new Request(`http://localhost/api/v1/declarations/${reference}/pdf`, { headers });
  return serveDeclarationPdf(request, reference, { getPrincipal: async () => null, cache });
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const identityOf = (declaration: { id: string; version: number }, filesPurged = false): PdfIdentity => ({ declarationId: declaration.id, version: declaration.version, filesPurged });

describe("the cached PDF", () => {
  it("is rendered once and then served from the store, with an ETag the declarer can revalidate (304)", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 7101 });
    const auth = { authorization: `Bearer ${declaration.accessToken}` };
    const first = await download(declaration.reference, auth);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBe(pdfEtag(identityOf(declaration)));
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const pdf = await bytesOf(first);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const stored = await getStorage().get(cachedPdfKey(identityOf(declaration)));
    expect(stored && Buffer.from(stored).equals(pdf)).toBe(true);

    // Remove the portrait: a fresh render would print an empty frame, so equal bytes prove nothing re-rendered —
    // neither from this process's memory nor, for a new process (a new cache), from the store.
    const portrait = await prisma.declarationFile.findFirstOrThrow({ where: { declarationId: declaration.id, kind: "portrait" } });
    await getStorage().delete(portrait.storageKey);
    expect((await bytesOf(await download(declaration.reference, auth))).equals(pdf)).toBe(true);
    const otherProcess = new DeclarationPdfCache(getStorage());
    expect((await bytesOf(await download(declaration.reference, auth, otherProcess))).equals(pdf)).toBe(true);
    expect(otherProcess.memoryUsage.entries).toBe(1);

    const revalidated = await download(declaration.reference, { ...auth, "if-none-match": `W/"other", ${etag!}` });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect((await revalidated.arrayBuffer()).byteLength).toBe(0);
    expect((await download(declaration.reference, { ...auth, "if-none-match": `"stale"` })).status).toBe(200);
  });

  it("checks access before answering from the cache: a wrong token with the right ETag gets the 404", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 7102 });
    const good = await download(declaration.reference, { authorization: `Bearer ${declaration.accessToken}` });
    const etag = good.headers.get("etag")!;
    const wrongToken = { authorization: `Bearer ${declaration.accessToken.slice(0, -2)}xx` };
    const withEtag = await download(declaration.reference, { ...wrongToken, "if-none-match": etag });
    expect(withEtag.status).toBe(404);
    expect(withEtag.headers.get("etag")).toBeNull();
    const plain = await download(declaration.reference, wrongToken);
    expect(plain.status).toBe(404);
    expect(plain.headers.get("content-type")).not.toContain("pdf");
  });

  it("renders a new version afresh, with a new ETag", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 7103 });
    const auth = { authorization: `Bearer ${declaration.accessToken}` };
    const v1 = await download(declaration.reference, auth);
    await prisma.declaration.update({ where: { id: declaration.id }, data: { version: 2, fullName: "Trần Văn Hùng" } });
    const v2 = await download(declaration.reference, { ...auth, "if-none-match": v1.headers.get("etag")! });
    expect(v2.status).toBe(200);
    expect(v2.headers.get("etag")).toBe(pdfEtag(identityOf({ id: declaration.id, version: 2 })));
    expect((await bytesOf(v2)).equals(await bytesOf(v1))).toBe(false);
    expect(await getStorage().get(cachedPdfKey(identityOf({ id: declaration.id, version: 2 })))).not.toBeNull();
  });

  it("is removed by the photo purge, and the next download prints the empty frame under a new ETag", async () => {
    const now = new Date();
    const declaration = await createTestDeclaration(prisma, { seed: 7104, submittedAt: new Date(now.getTime() - 60 * DAY) });
    await prisma.declaration.update({ where: { id: declaration.id }, data: { status: "expired", expiresAt: new Date(now.getTime() - 40 * DAY) } });
    const auth = { authorization: `Bearer ${declaration.accessToken}` };
    const before = await download(declaration.reference, auth);
    const withPortrait = await bytesOf(before);
    const key = cachedPdfKey(identityOf(declaration));
    expect(await getStorage().get(key)).not.toBeNull();

    await purgeDeclarationPhotos(now, { storage: getStorage(), retentionDays: 30 });
    expect(await getStorage().get(key)).toBeNull();

    const after = await download(declaration.reference, { ...auth, "if-none-match": before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).toBe(pdfEtag(identityOf(declaration, true)));
    const emptyFrame = await bytesOf(after);
    expect(emptyFrame.equals(withPortrait)).toBe(false);
    expect(emptyFrame.equals((await renderStoredDeclarationPdf(declaration.id)).bytes)).toBe(true);
  });
});

describe("DeclarationPdfCache", () => {
  const render = (id: string, counter: { n: number }, fill = 1) => async () => {
    counter.n++;
    const declaration = await prisma.declaration.findUniqueOrThrow({ where: { id } });
    return { bytes: Buffer.alloc(1000, fill), filename: "x.pdf", version: declaration.version, filesPurged: declaration.filesPurgedAt !== null };
  };

  it("shares one render between concurrent requests for the same PDF", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 7105, withPortrait: false });
    const cache = new DeclarationPdfCache(getStorage());
    const counter = { n: 0 };
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.get(identityOf(declaration), { db: prisma, render: render(declaration.id, counter) })));
    expect(counter.n).toBe(1);
    expect(results.every((r) => r.bytes.equals(results[0]!.bytes))).toBe(true);
  });

  it("keeps no more in memory than its byte budget, dropping the least recently used", async () => {
    const cache = new DeclarationPdfCache(getStorage(), 2500);
    const declarations = await Promise.all([7106, 7107, 7108].map((seed) => createTestDeclaration(prisma, { seed, withPortrait: false })));
    const counter = { n: 0 };
    for (const d of declarations) await cache.get(identityOf(d), { db: prisma, render: render(d.id, counter) });
    expect(cache.memoryUsage).toEqual({ entries: 2, bytes: 2000 });
    // The first one was dropped from memory but is still in the store: no new render.
    expect((await cache.get(identityOf(declarations[0]!), { db: prisma, render: render(declarations[0]!.id, counter) })).source).toBe("storage");
    expect(counter.n).toBe(3);
  });

  it("does not store a PDF when the photos were purged while it was rendering", async () => {
    const declaration = await createTestDeclaration(prisma, { seed: 7109, withPortrait: false });
    const cache = new DeclarationPdfCache(getStorage());
    const identity = identityOf(declaration);
    const result = await cache.get(identity, {
      db: prisma,
      render: async () => {
        const bytes = Buffer.alloc(1000, 7);
        // The purge commits between the render's reads and the store.
        await prisma.declaration.update({ where: { id: declaration.id }, data: { filesPurgedAt: new Date() } });
        return { bytes, filename: "x.pdf", version: declaration.version, filesPurged: false };
      },
    });
    expect(result.source).toBe("render");
    expect(await getStorage().get(cachedPdfKey(identity))).toBeNull();
    expect(cache.memoryUsage.entries).toBe(0);
  });
});
