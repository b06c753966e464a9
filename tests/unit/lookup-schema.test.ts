import { describe, expect, it } from "vitest";
import { ZLookupSchema } from "@/lib/schemas/lookup";

describe("ZLookupSchema (/tra-cuu)", () => {
  it("accepts a reference as people type it and an ID number with spaces, in canonical form", () => {
    expect(ZLookupSchema.parse({ reference: "tk 7kq4 m9xd", idNumber: " 001 190 012 345 " })).toEqual({ reference: "TK-7KQ4-M9XD", idNumber: "001190012345" });
    expect(ZLookupSchema.parse({ reference: "7KQ4-M9XD", idNumber: "c1234567" })).toEqual({ reference: "TK-7KQ4-M9XD", idNumber: "C1234567" });
  });

  it("names each missing or malformed field with its message key", () => {
    const result = ZLookupSchema.safeParse({ reference: "", idNumber: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reference", "validation.referenceCodeRequired"],
      ["idNumber", "validation.idNumberRequired"],
    ]);
    // O and 0 are not in the alphabet: rejected, never guessed.
    expect(ZLookupSchema.safeParse({ reference: "TK-7KQ4-M9X0", idNumber: "001190012345" }).error?.issues[0]?.message).toBe("validation.referenceCodeInvalid");
  });
});
