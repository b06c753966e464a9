import { describe, expect, it } from "vitest";
import {
  bhxhCodeFromBhytCard,
  cccdBirthProvinceCodes,
  cccdBirthProvinces,
  cccdPrefixFor,
  checkCccd,
  checkCmnd,
  checkIdNumber,
  checkPassport,
  displayPhone,
  isBhxhCode,
  isValidFullName,
  maskPhone,
  maskPhoneMiddle,
  normalizeBhxhCodeInput,
  normalizeDigits,
  normalizeFullName,
  normalizeIdNumber,
  normalizeVietnameseMobile,
  searchableText,
} from "@/lib/domain/identifiers";
import sharedProvinceData from "@/lib/domain/data/cccd-birth-province-codes.json";

describe("normalizeDigits", () => {
  // Spaces, dots and dashes stripped, typographic ones included.
  it.each([[" 001 090.012-345 ", "001090012345"], ["0912\u2013345\u00a0678", "0912345678"], ["0123456789", "0123456789"]])("reads %j as %s", (typed, digits) => {
    expect(normalizeDigits(typed)).toBe(digits);
  });
});

describe("BHXH code", () => {
  it("is exactly 10 digits", () => {
    expect(isBhxhCode("0123456789")).toBe(true);
  });
  it.each(["012345678", "01234567890", "012345678a", ""])("is not %j", (text) => {
    expect(isBhxhCode(text)).toBe(false);
  });

  // The last 10 characters of a 15-character BHYT card, or the 10-digit new card.
  it.each([["DN4010123456789", "0123456789"], ["dn4010123456789", "0123456789"], ["HT 3 79 7912345678", "7912345678"], ["0123456789", "0123456789"]])(
    "is read from the card number %j as %s",
    (card, bhxhCode) => {
      expect(bhxhCodeFromBhytCard(card)).toBe(bhxhCode);
    },
  );

  it.each([
    "DN401012345678", "DN40101234567890", // 14 and 16 characters
    "D14010123456789", "123456789012345", // one group letter only, none
    "012345678", "",
  ])("is not read from anything else: %j", (text) => {
    expect(bhxhCodeFromBhytCard(text)).toBeNull();
  });
});

describe("CCCD birth province codes", () => {
  it("are the 63 pre-reform codes, 3 digits each, no duplicates, same as the shared data", () => {
    expect(cccdBirthProvinceCodes).toHaveLength(63);
    expect(new Set(cccdBirthProvinceCodes).size).toBe(63);
    for (const code of cccdBirthProvinceCodes) expect(code).toMatch(/^0\d{2}$/);
    expect(cccdBirthProvinceCodes).toEqual(sharedProvinceData.provinces.map((p) => p.code));
    expect(cccdBirthProvinceCodes).toContain("001"); // Hà Nội
    expect(cccdBirthProvinceCodes).toContain("079"); // TP. Hồ Chí Minh
    expect(cccdBirthProvinceCodes).not.toContain("003");
    expect(cccdBirthProvinces.find((p) => p.code === "001")?.name).toBe("Thành phố Hà Nội");
  });
});

describe("checkCccd", () => {
  const man1990 = { dateOfBirth: "1990-05-01", sex: "male" } as const;

  it("accepts a number agreeing with the date of birth and sex", () => {
    expect(checkCccd("001090012345", man1990)).toEqual([]);
    expect(checkCccd("001090012345", { dateOfBirth: new Date(Date.UTC(1990, 11, 31)), sex: "male" })).toEqual([]);
    expect(checkCccd("079305000001", { dateOfBirth: "2005-02-28", sex: "female" })).toEqual([]);
    expect(checkCccd("096200999999", { dateOfBirth: "2000-01-01", sex: "male" })).toEqual([]);
    expect(checkCccd("001199000000", { dateOfBirth: "1999-12-31", sex: "female" })).toEqual([]);
  });

  it("without a date of birth or sex, checks the structure only", () => {
    expect(checkCccd("001090012345")).toEqual([]);
    expect(checkCccd("001390012345", {})).toEqual([]);
    expect(checkCccd("001090012345", { sex: "male" })).toEqual([]);
    expect(checkCccd("001090012345", { dateOfBirth: "1990-01-01" })).toEqual([]);
  });

  it("reports format when it is not 12 digits, and nothing else", () => {
    expect(checkCccd("00109001234", man1990)).toEqual(["format"]);
    expect(checkCccd("0010900123456", man1990)).toEqual(["format"]);
    expect(checkCccd("00109001234a", man1990)).toEqual(["format"]);
    expect(checkCccd("001 090 012345", man1990)).toEqual(["format"]); // callers normalise first
    expect(checkCccd("", man1990)).toEqual(["format"]);
  });

  it("reports sex when digit 4 is for the other sex", () => {
    expect(checkCccd("001090012345", { dateOfBirth: "1990-05-01", sex: "female" })).toEqual(["sex"]);
    expect(checkCccd("001190012345", man1990)).toEqual(["sex"]);
    expect(checkCccd("079305000001", { dateOfBirth: "2005-02-28", sex: "male" })).toEqual(["sex"]);
  });

  it("reports birthYear when digits 4-6 disagree with the year of birth", () => {
    expect(checkCccd("001090012345", { dateOfBirth: "2001-05-01", sex: "male" })).toEqual(["birthYear"]);
    expect(checkCccd("001090012345", { dateOfBirth: "1991-05-01", sex: "male" })).toEqual(["birthYear"]);
    // Right last two digits, wrong century: digit 2 means the 2000s.
    expect(checkCccd("001290012345", man1990)).toEqual(["birthYear"]);
    expect(checkCccd("001090012345", { dateOfBirth: new Date(Date.UTC(1989, 0, 1)) })).toEqual(["birthYear"]);
  });

  it("reports province when digits 1-3 are not a birth-registration province code", () => {
    expect(checkCccd("999090012345", man1990)).toEqual(["province"]);
    expect(checkCccd("003090012345", man1990)).toEqual(["province"]);
    expect(checkCccd("000090012345", man1990)).toEqual(["province"]);
  });

  it("reports century when digit 4 is not 0-3, and does not compare year or sex then", () => {
    for (const digit of ["4", "5", "6", "7", "8", "9"]) {
      expect(checkCccd(`001${digit}90012345`, man1990)).toEqual(["century"]);
    }
    expect(checkCccd("999490012345", man1990)).toEqual(["province", "century"]);
  });

  it("reports every problem in order", () => {
    expect(checkCccd("999190012345", { dateOfBirth: "2001-01-01", sex: "male" })).toEqual(["province", "birthYear", "sex"]);
  });

  it("ignores a date of birth it cannot read", () => {
    expect(checkCccd("001090012345", { dateOfBirth: "not a date", sex: "male" })).toEqual([]);
    expect(checkCccd("001090012345", { dateOfBirth: new Date("invalid") })).toEqual([]);
  });
});

describe("cccdPrefixFor", () => {
  it("gives province, century/sex digit and the last two digits of the year", () => {
    expect(cccdPrefixFor("001", "1990-05-01", "male")).toBe("001090");
    expect(cccdPrefixFor("001", "1990-05-01", "female")).toBe("001190");
    expect(cccdPrefixFor("079", "2005-02-28", "male")).toBe("079205");
    expect(cccdPrefixFor("079", new Date(Date.UTC(2005, 1, 28)), "female")).toBe("079305");
    expect(cccdPrefixFor("096", "1901-01-01", "male")).toBe("096001");
  });

  it("makes numbers that checkCccd accepts, for every province", () => {
    for (const code of cccdBirthProvinceCodes) {
      for (const [dateOfBirth, sex] of [["1975-04-30", "female"], ["2008-12-31", "male"]] as const) {
        expect(checkCccd(`${cccdPrefixFor(code, dateOfBirth, sex)}000123`, { dateOfBirth, sex })).toEqual([]);
      }
    }
  });

  it("throws for an unknown province or a century without a digit", () => {
    expect(() => cccdPrefixFor("003", "1990-05-01", "male")).toThrow(/province/);
    expect(() => cccdPrefixFor("001", "1899-12-31", "male")).toThrow(/century/);
    expect(() => cccdPrefixFor("001", "2100-01-01", "female")).toThrow(/century/);
  });
});

describe("CMND and passport", () => {
  it("CMND is 9 or 12 digits", () => {
    expect(checkCmnd("012345678")).toEqual([]);
    expect(checkCmnd("012345678901")).toEqual([]);
    expect(checkCmnd("01234567")).toEqual(["format"]);
    expect(checkCmnd("0123456789")).toEqual(["format"]);
    expect(checkCmnd("01234567890")).toEqual(["format"]);
    expect(checkCmnd("01234567A")).toEqual(["format"]);
  });

  it("passport is 1 letter + 7 digits, or 8-9 upper-case letters and digits", () => {
    expect(checkPassport("C1234567")).toEqual([]);
    expect(checkPassport("N1234567")).toEqual([]);
    expect(checkPassport("AB1234567")).toEqual([]);
    expect(checkPassport("123456789")).toEqual([]);
    expect(checkPassport("c1234567")).toEqual(["format"]); // normalizeIdNumber upper-cases first
    expect(checkPassport("C123456")).toEqual(["format"]);
    expect(checkPassport("C123456789")).toEqual(["format"]);
    expect(checkPassport("C-1234567")).toEqual(["format"]);
    expect(checkPassport("")).toEqual(["format"]);
  });

  it("normalizeIdNumber strips separators and upper-cases", () => {
    expect(normalizeIdNumber(" c 123-4567 ")).toBe("C1234567");
    expect(normalizeIdNumber("001.090.012.345")).toBe("001090012345");
  });

  it("checkIdNumber dispatches on the document type", () => {
    const ctx = { dateOfBirth: "1990-05-01", sex: "female" } as const;
    expect(checkIdNumber("cccd", "001190012345", ctx)).toEqual([]);
    expect(checkIdNumber("cccd", "001090012345", ctx)).toEqual(["sex"]);
    // A 12-digit CMND has no province or sex rule.
    expect(checkIdNumber("cmnd", "999090012345", ctx)).toEqual([]);
    expect(checkIdNumber("cmnd", "C1234567", ctx)).toEqual(["format"]);
    expect(checkIdNumber("passport", "C1234567", ctx)).toEqual([]);
    expect(checkIdNumber("passport", "001090012345", ctx)).toEqual(["format"]);
  });
});

describe("Vietnamese mobile numbers", () => {
  it.each([
    ...["0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678", "+84 912 345 678", "84912345678", "(+84) 912 345 678"].map((typed) => [typed, "+84912345678"]),
    // One of each mobile prefix range.
    ["0321234567", "+84321234567"], ["0521234567", "+84521234567"], ["0701234567", "+84701234567"], ["0861234567", "+84861234567"], ["0991234567", "+84991234567"],
  ])("accepts %s as %s", (input, e164) => {
    expect(normalizeVietnameseMobile(input)).toBe(e164);
  });

  it.each([
    "091234567", "09123456789", // 9 and 11 digits
    "0212345678", "0312345678", // a landline prefix; 031 is not a mobile prefix
    "0951234567", "0801234567", // 095 and 080 unused
    "+8409123456789", "+1 912 345 678", "091234567a", "",
  ])("refuses %s", (input) => {
    expect(normalizeVietnameseMobile(input)).toBeNull();
  });

  it("displays the national form and masks all but the last 3 digits", () => {
    expect(displayPhone("+84912345678")).toBe("0912345678");
    expect(displayPhone("+12025550123")).toBe("+12025550123");
    expect(maskPhone("+84912345678")).toBe("*******678");
    expect(maskPhone("+84321234567")).toBe("*******567");
  });
});

describe("names", () => {
  it("normalise to NFC, trimmed, single spaces", () => {
    const decomposed = "Nguye\u0302\u0303n  Thi\u0323 \t Ngo\u0323c Hu\u031b\u01a1\u0300ng ".normalize("NFD");
    const normalized = normalizeFullName(`  ${decomposed}`);
    expect(normalized).toBe("Nguyễn Thị Ngọc Hường");
    expect(normalized).toBe(normalized.normalize("NFC"));
  });

  it.each(["Nguyễn Thị Ngọc Hường", "ĐẶNG VĂN ĐỨC", "Lê Ư", "Y Moan Niê", "H'Hen Niê", "Nguyễn-Trần Ánh", "Ông Ích Khiêm", "Phạm Thị Thuỳ Dương", "John O’Brien"])(
    "accepts %s",
    (name) => {
      expect(isValidFullName(name)).toBe(true);
    },
  );

  it.each(["A", "", "   ", "Nguyễn Văn 3", "Nguyễn_Văn", "Nguyễn Văn A.", "-Nguyễn", "Nguyễn'", "Trần <b>", "Nguyễn@", "Иван Петров", "A".repeat(101)])(
    "refuses %j",
    (name) => {
      expect(isValidFullName(name)).toBe(false);
    },
  );

  it("accepts 100 characters", () => {
    expect(isValidFullName("A".repeat(100))).toBe(true);
  });

  it("searchableText drops diacritics, đ included, lower-cases and collapses spaces", () => {
    expect(searchableText("Nguyễn Thị Ngọc Hường")).toBe("nguyen thi ngoc huong");
    expect(searchableText("  ĐẶNG   Văn Đức ")).toBe("dang van duc");
    expect(searchableText("Nguye\u0302\u0303n".normalize("NFD"))).toBe("nguyen");
    expect(searchableText("Phạm Thị Thuỷ")).toBe(searchableText("pham thi thuy"));
  });
});

describe("normalizeBhxhCodeInput (the BHXH code field)", () => {
  it.each(["0123 456 789", "HS4010123456789", "hs4 01 0123456789"])("keeps 10 digits, and the last 10 of a 15-character BHYT card number typed in its place: %j", (typed) => {
    expect(normalizeBhxhCodeInput(typed)).toBe("0123456789");
  });

  it.each(["012345678", "HS401012345678"])("leaves anything else as typed (without spacing) for the field's rule to refuse: %j", (typed) => {
    expect(normalizeBhxhCodeInput(typed)).toBe(typed);
  });
});

describe("maskPhoneMiddle (the confirmation page's \"Đã gửi mã hồ sơ tới …\")", () => {
  it("keeps the first four and the last three digits of the national number", () => {
    expect(maskPhoneMiddle("+84912345678")).toBe("0912 *** 678");
    expect(maskPhoneMiddle("0987654321")).toBe("0987 *** 321");
  });
});
