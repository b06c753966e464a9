import { describe, expect, it } from "vitest";
import { parseQueueSearch } from "@/lib/domain/queue-search";

describe("parseQueueSearch", () => {
  it("reads a reference code however it was typed or scanned", () => {
    expect(parseQueueSearch("TK-7KQ4-M9XD").reference).toBe("TK-7KQ4-M9XD");
    expect(parseQueueSearch(" tk7kq4m9xd ").reference).toBe("TK-7KQ4-M9XD");
    expect(parseQueueSearch("7KQ4 M9XD").reference).toBe("TK-7KQ4-M9XD");
  });

  it("reads a 12-digit CCCD as an ID number only", () => {
    expect(parseQueueSearch("001 190 012 345")).toEqual({ idNumber: "001190012345" });
  });

  it("reads a 9-digit CMND and a passport number", () => {
    expect(parseQueueSearch("123456789")).toEqual({ idNumber: "123456789" });
    expect(parseQueueSearch("b1234567")).toEqual({ idNumber: "B1234567" });
  });

  it("reads 10 digits as a BHXH code and, when it is a mobile, as a phone", () => {
    expect(parseQueueSearch("0123456789")).toEqual({ bhxhCode: "0123456789" });
    expect(parseQueueSearch("0912 345 678")).toEqual({ bhxhCode: "0912345678", phone: "+84912345678" });
    expect(parseQueueSearch("+84 912 345 678")).toEqual({ phone: "+84912345678" });
    expect(parseQueueSearch("84912345678")).toEqual({ phone: "+84912345678" });
    expect(parseQueueSearch("(091) 234-5678").phone).toBe("+84912345678");
  });

  it("reads a name with or without diacritics as unaccented words", () => {
    expect(parseQueueSearch("Nguyễn Thị  Hường")).toEqual({ nameWords: ["nguyen", "thi", "huong"] });
    expect(parseQueueSearch("nguyen thi huong")).toEqual({ nameWords: ["nguyen", "thi", "huong"] });
    expect(parseQueueSearch("Đặng")).toEqual({ nameWords: ["dang"] });
  });

  it("keeps both readings of a word that is also a reference code", () => {
    expect(parseQueueSearch("nghethan")).toEqual({ reference: "TK-NGHE-THAN", nameWords: ["nghethan"] });
  });

  it("finds nothing to search in blanks and punctuation", () => {
    expect(parseQueueSearch("   ")).toEqual({});
    expect(parseQueueSearch("%%")).toEqual({});
  });
});
