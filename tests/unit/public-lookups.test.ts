import { describe, expect, it } from "vitest";
import { bhxhCodeLookupSubject, hasDiacritics, maskFullName, resolveBhxhCodeLookup, type BhxhCodeCandidate } from "@/lib/domain/public-lookups";
import { ZBhxhCodeLookupRequestSchema, ZOfficesLookupQuerySchema } from "@/lib/schemas/lookups";

describe("maskFullName", () => {
  it("keeps the first letter of each word and one star per other letter", () => {
    expect(maskFullName("Nguyễn Thị Ngọc Hường")).toBe("N***** T** N*** H****");
    expect(maskFullName("Đỗ Ánh")).toBe("Đ* Á**");
  });
  it("works on uncomposed input, extra spaces and hyphens, never showing a later letter", () => {
    expect(maskFullName("  Le\u0302  Minh ")).toBe("L* M***");
    expect(maskFullName("H\u01b0\u0300ng")).toBe("H***");
    expect(maskFullName("Jean-Pierre Lê")).toBe("J***-P***** L*");
    expect(maskFullName("Lê Minh Khoa")).not.toMatch(/[a-zàêô]/);
  });
});

const rec = (bhxhCode: string, fullName: string, idNumber: string | null = null): BhxhCodeCandidate => ({ bhxhCode, fullName, idNumber });

describe("resolveBhxhCodeLookup", () => {
  it("gives the one code that fits, never a list", () => {
    expect(resolveBhxhCodeLookup({ fullName: "le minh khoa" }, [rec("4812345678", "Lê Minh Khoa")])).toEqual({ kind: "found", bhxhCode: "4812345678", maskedName: "L* M*** K***" });
    expect(resolveBhxhCodeLookup({ fullName: "le minh khoa" }, [])).toEqual({ kind: "notFound" });
  });
  it("asks for the ID number when several fit, and uses it to pick one", () => {
    const two = [rec("1", "Lê Minh Khoa", "A1"), rec("2", "Lê Minh Khoa", "B2")];
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa" }, two)).toEqual({ kind: "needIdNumber" });
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa", idNumber: "B2" }, two)).toMatchObject({ kind: "found", bhxhCode: "2" });
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa", idNumber: "C3" }, two)).toEqual({ kind: "notFound" });
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa", idNumber: "A1" }, [rec("1", "Lê Minh Khoa", "A1"), rec("3", "Lê Minh Khoa", "A1")])).toEqual({ kind: "contactOffice" });
  });
  it("requires the given ID number even when the name alone fits one person", () => {
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa", idNumber: "B2" }, [rec("1", "Lê Minh Khoa", "A1")])).toEqual({ kind: "notFound" });
    expect(resolveBhxhCodeLookup({ fullName: "Lê Minh Khoa", idNumber: "B2" }, [rec("1", "Lê Minh Khoa", null)])).toEqual({ kind: "notFound" });
  });
  it("prefers the exact accents when typed with diacritics, else falls back to the unaccented match", () => {
    const pair = [rec("1", "Phạm Thu Hương"), rec("2", "Phạm Thu Hường")];
    expect(resolveBhxhCodeLookup({ fullName: "Phạm Thu Hường" }, pair)).toMatchObject({ kind: "found", bhxhCode: "2" });
    expect(resolveBhxhCodeLookup({ fullName: "pham thu huong" }, pair)).toEqual({ kind: "needIdNumber" });
    expect(resolveBhxhCodeLookup({ fullName: "Phạm Thu Hưởng" }, [rec("1", "Phạm Thu Hương")])).toMatchObject({ kind: "found", bhxhCode: "1" });
    // A candidate whose unaccented name is not the typed one does not count (the database matched loosely).
    expect(resolveBhxhCodeLookup({ fullName: "Phạm Thu" }, pair)).toEqual({ kind: "notFound" });
  });
  it("knows diacritics when it sees them", () => {
    expect(hasDiacritics("Đỗ An")).toBe(true);
    expect(hasDiacritics("DO AN")).toBe(false);
  });
});

describe("bhxhCodeLookupSubject", () => {
  it("is the same however the name is typed, and differs per person, date or province", () => {
    const base = { dateOfBirth: "1990-05-12", provinceCode: "01" };
    expect(bhxhCodeLookupSubject({ ...base, fullName: "Nguyễn Thị Ngọc Hường" })).toBe(bhxhCodeLookupSubject({ ...base, fullName: " NGUYEN thi  ngoc huong" }));
    expect(bhxhCodeLookupSubject({ ...base, fullName: "Nguyễn Thị Ngọc Hường" })).not.toBe(bhxhCodeLookupSubject({ ...base, provinceCode: "79", fullName: "Nguyễn Thị Ngọc Hường" }));
    expect(bhxhCodeLookupSubject({ ...base, fullName: "A B" })).not.toBe(bhxhCodeLookupSubject({ ...base, dateOfBirth: "1990-05-13", fullName: "A B" }));
  });
});

describe("ZBhxhCodeLookupRequestSchema", () => {
  it("normalises the name and the optional ID number; an empty ID number means none", () => {
    expect(ZBhxhCodeLookupRequestSchema.parse({ fullName: "  Lê   Minh Khoa ", dateOfBirth: "2001-02-20", provinceCode: "48", idNumber: "048 201.000-777" })).toEqual({
      fullName: "Lê Minh Khoa",
      dateOfBirth: "2001-02-20",
      provinceCode: "48",
      idNumber: "048201000777",
    });
    expect(ZBhxhCodeLookupRequestSchema.parse({ fullName: "Lê Minh Khoa", dateOfBirth: "2001-02-20", provinceCode: "48", idNumber: "" }).idNumber).toBeUndefined();
    expect(ZBhxhCodeLookupRequestSchema.parse({ fullName: "Lê Minh Khoa", dateOfBirth: "2001-02-20", provinceCode: "48" }).idNumber).toBeUndefined();
  });
  it("names each bad field with a message key", () => {
    const issues = (input: unknown) => ZBhxhCodeLookupRequestSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ fullName: "", dateOfBirth: "", provinceCode: "", idNumber: "12" })).toEqual([
      ["fullName", "validation.fullNameRequired"],
      ["dateOfBirth", "validation.dateOfBirthRequired"],
      ["provinceCode", "validation.provinceRequired"],
      ["idNumber", "lookups.idNumberInvalid"],
    ]);
    expect(issues({ fullName: "Lê 2", dateOfBirth: "1899-12-31", provinceCode: "1" })).toEqual([
      ["fullName", "validation.fullNameInvalid"],
      ["dateOfBirth", "validation.dateOfBirthTooOld"],
      ["provinceCode", "validation.provinceInvalid"],
    ]);
    expect(issues({ fullName: "Lê An", dateOfBirth: "2999-01-01", provinceCode: "01" })).toEqual([["dateOfBirth", "validation.dateOfBirthInFuture"]]);
  });
});

describe("ZOfficesLookupQuerySchema", () => {
  it("takes empty optional parameters as absent and refuses malformed ones", () => {
    expect(ZOfficesLookupQuerySchema.parse({ provinceCode: "01", communeCode: "", after: null })).toEqual({ provinceCode: "01" });
    expect(ZOfficesLookupQuerySchema.parse({ provinceCode: "01", communeCode: "00004", after: "0102" })).toEqual({ provinceCode: "01", communeCode: "00004", after: "0102" });
    expect(ZOfficesLookupQuerySchema.safeParse({ provinceCode: "01", after: "a b" }).error?.issues[0]?.path).toEqual(["after"]);
    expect(ZOfficesLookupQuerySchema.safeParse({ provinceCode: "01", communeCode: "4" }).error?.issues[0]?.message).toBe("validation.communeInvalid");
  });
});
