// The rules of the registry look-ups (lib/domain/registry-search.ts) and their query schemas
// (lib/schemas/registry-lookups.ts): name words, tax codes, the opaque cursor, the checks' messages.
import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/lib/i18n/catalog";
import { decodeRegistryCursor, encodeRegistryCursor, looksLikeTaxCode, normalizeTaxCode, registryNameWords, registrySearchKey } from "@/lib/domain/registry-search";
import { REGISTRY_MESSAGE_KEYS, ZEmployersLookupQuerySchema, ZFacilitiesLookupQuerySchema } from "@/lib/schemas/registry-lookups";

describe("registrySearchKey", () => {
  it("lower-cases, drops diacritics and đ, and turns punctuation into single spaces", () => {
    expect(registrySearchKey("Bệnh viện Đa khoa (Hà Nội), cơ sở 2")).toBe("benh vien da khoa ha noi co so 2");
    expect(registrySearchKey("Bạch Mai".normalize("NFD"))).toBe("bach mai");
    expect(registrySearchKey("  Việt–Hàn   ")).toBe("viet han");
  });
});

describe("registryNameWords", () => {
  it("gives the distinct words to find, typed either way", () => {
    expect(registryNameWords("Bạch  Mai bach")).toEqual(["bach", "mai"]);
    expect(registryNameWords("y tế")).toEqual(["y", "te"]);
  });
  it("refuses fewer than three letters or digits, whatever the punctuation", () => {
    expect(registryNameWords("ab")).toBeNull();
    expect(registryNameWords(" -- a. b ")).toBeNull();
    expect(registryNameWords("a b c")).toEqual(["a", "b", "c"]);
  });
});

describe("tax codes", () => {
  it("reads 10 digits or 10-3, ignoring spaces and dots, and nothing shorter", () => {
    expect(normalizeTaxCode("0101 234.567")).toBe("0101234567");
    expect(normalizeTaxCode("0101234567 – 001")).toBe("0101234567-001");
    expect(normalizeTaxCode("01012345")).toBeNull();
    expect(normalizeTaxCode("0101234567-01")).toBeNull();
  });
  it("tells a tax code from a name by the absence of letters", () => {
    expect(looksLikeTaxCode("0101234567")).toBe(true);
    expect(looksLikeTaxCode("May 10")).toBe(false);
    expect(looksLikeTaxCode(" - ")).toBe(false);
  });
});

describe("the registry cursor", () => {
  it("round-trips, stays URL-safe, and refuses anything this portal did not make", () => {
    const cursor = encodeRegistryCursor({ nameSearch: "benh vien bach mai", code: "01001" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeRegistryCursor(cursor)).toEqual({ nameSearch: "benh vien bach mai", code: "01001" });
    for (const bad of ["", "abc", cursor.slice(1), btoa(JSON.stringify(["2", "x", "01001"])), btoa(JSON.stringify(["1", "X'; DROP", "01001"])), "A".repeat(400)]) {
      expect(decodeRegistryCursor(bad), bad).toBeNull();
    }
  });
});

describe("the query schemas", () => {
  it("speak in message keys that exist", () => {
    for (const key of Object.values(REGISTRY_MESSAGE_KEYS)) expect(isMessageKey(key), key).toBe(true);
  });
  it("read the facility form: empty fields are absent, flags are booleans", () => {
    expect(ZFacilitiesLookupQuerySchema.parse({ provinceCode: "01", name: "", level: "", bhytContracted: "1", issuesSickLeave: "0", cursor: "" })).toEqual({
      provinceCode: "01",
      bhytContracted: true,
      issuesSickLeave: false,
    });
    expect(ZFacilitiesLookupQuerySchema.parse({ provinceCode: "79", name: "Chợ Rẫy" })).toMatchObject({ name: ["cho", "ray"] });
  });
  it("read an employer query as a tax code or as name words, never both", () => {
    expect(ZEmployersLookupQuerySchema.parse({ q: "0101234567" })).toEqual({ taxCode: "0101234567", provinceCode: undefined, cursor: undefined });
    expect(ZEmployersLookupQuerySchema.parse({ q: "May mặc", provinceCode: "79" })).toEqual({ nameWords: ["may", "mac"], provinceCode: "79", cursor: undefined });
    const issue = (q: string | undefined) => ZEmployersLookupQuerySchema.safeParse({ q }).error?.issues[0]?.message;
    expect(issue("01012")).toBe(REGISTRY_MESSAGE_KEYS.taxCodeInvalid);
    expect(issue("ab")).toBe(REGISTRY_MESSAGE_KEYS.nameTooShort);
    expect(issue(undefined)).toBe(REGISTRY_MESSAGE_KEYS.employerQueryRequired);
    expect(issue("   ")).toBe(REGISTRY_MESSAGE_KEYS.employerQueryRequired);
  });
});
