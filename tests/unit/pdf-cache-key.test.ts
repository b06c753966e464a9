// The PDF cache's key and ETag (lib/server/pdf/declaration-pdf-cache.ts): one per declaration, version, purge
// state and renderer version; valid storage keys; If-None-Match compared as RFC 9110 asks.
import { describe, expect, it } from "vitest";
import { cachedPdfKey, ifNoneMatchHits, pdfEtag } from "@/lib/server/pdf/declaration-pdf-cache";
import { assertStorageKey } from "@/lib/server/storage/types";

const id = "0b6f3c1e-8a47-4e5f-9d2a-7c1b2e3f4a5b";

describe("cachedPdfKey and pdfEtag", () => {
  it("differ for every input that changes the printed bytes, and are valid storage keys", () => {
    const variants = [
      cachedPdfKey({ declarationId: id, version: 1, filesPurged: false }),
      cachedPdfKey({ declarationId: id, version: 2, filesPurged: false }),
      cachedPdfKey({ declarationId: id, version: 1, filesPurged: true }),
      cachedPdfKey({ declarationId: id, version: 1, filesPurged: false }, 99),
      cachedPdfKey({ declarationId: "1b6f3c1e-8a47-4e5f-9d2a-7c1b2e3f4a5b", version: 1, filesPurged: false }),
    ];
    expect(new Set(variants).size).toBe(variants.length);
    for (const key of variants) expect(() => assertStorageKey(key)).not.toThrow();
    const etags = [1, 2].map((version) => pdfEtag({ declarationId: id, version, filesPurged: false }));
    expect(etags[0]).not.toBe(etags[1]);
    expect(etags[0]).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etags[0]).not.toContain(id);
  });
});

describe("ifNoneMatchHits", () => {
  const etag = pdfEtag({ declarationId: id, version: 1, filesPurged: false });
  it("matches the tag alone, in a list, weak or as *", () => {
    expect(ifNoneMatchHits(etag, etag)).toBe(true);
    expect(ifNoneMatchHits(`"a", ${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(`W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(" * ", etag)).toBe(true);
  });
  it("does not match nothing, another tag, or the tag without its quotes", () => {
    expect(ifNoneMatchHits(null, etag)).toBe(false);
    expect(ifNoneMatchHits(`"other"`, etag)).toBe(false);
    expect(ifNoneMatchHits(etag.slice(1, -1), etag)).toBe(false);
  });
});
