import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { cccdPrefixFor } from "@/lib/domain/identifiers";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import {
  DECLARATION_MESSAGE_KEYS,
  ZAboutStepSchema,
  ZContactStepSchema,
  ZDeclarationInputSchema,
  ZOfficeStepSchema,
  ZPersonalStepSchema,
  ZReferenceCodeSchema,
  idProblemMessageKey,
  refineIdentity,
  type DeclarationFormValues,
  type DeclarationInput,
} from "@/lib/schemas/declaration";

const valid = {
  fullName: "Nguyễn Thị Ngọc Hường",
  dateOfBirth: "1990-05-01",
  sex: "female",
  nationality: "VN",
  bhxhCode: "0123456789",
  idType: "cccd",
  idNumber: "001190012345",
  idIssueDate: "2021-06-15",
  idIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
  address: { provinceCode: "01", communeCode: "00004", street: "Số 12, phố Hàng Bài" },
  phone: "0912345678",
  email: "huong@example.com",
  emailCopy: true,
  officeCode: "HN-DONGDA",
  commitment: true,
  dataProcessingConsent: true,
} satisfies DeclarationFormValues;

type Issue = { path: string; message: string };

function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

function parseWith(patch: Record<string, unknown>): Issue[] {
  return issuesOf(ZDeclarationInputSchema, { ...valid, ...patch });
}

/** Rows for it.each: each patch of the valid declaration is refused with one issue, on `path` with `message`. */
const refusedWith = (path: string, message: string, ...patches: Record<string, unknown>[]) => patches.map((patch) => [patch, path, message] as const);

const thisYear = new Date().getUTCFullYear();

describe("ZDeclarationInputSchema: a valid declaration", () => {
  it("parses to the public API shape, normalised", () => {
    const parsed = ZDeclarationInputSchema.parse({
      ...valid,
      fullName: "  Nguye\u0302\u0303n   Thị Ngọc Hường ".normalize("NFD"),
      bhxhCode: "01 2345 6789",
      idNumber: "001.190.012.345",
      phone: "+84 912 345 678",
      email: "  huong@example.com ",
      nationality: "vn",
    });
    expect(parsed).toEqual({ ...valid, phone: "+84912345678" });
    expect(Object.keys(parsed).sort()).toEqual(
      ["address", "bhxhCode", "commitment", "dataProcessingConsent", "dateOfBirth", "email", "emailCopy", "fullName", "idIssueDate", "idIssuePlace", "idNumber", "idType", "nationality", "officeCode", "phone", "sex"].sort(),
    );
  });

  it("defaults nationality to VN and emailCopy to false, and reads an empty or null email as none", () => {
    const { nationality: _n, emailCopy: _c, ...rest } = valid;
    expect(ZDeclarationInputSchema.parse({ ...rest, email: "" })).toMatchObject({ nationality: "VN", emailCopy: false, email: undefined });
    expect(ZDeclarationInputSchema.parse({ ...rest, email: null }).email).toBeUndefined();
    expect(ZDeclarationInputSchema.parse({ ...rest, email: "   " }).email).toBeUndefined();
  });

  it("strips unknown keys", () => {
    expect(ZDeclarationInputSchema.parse({ ...valid, status: "approved" })).not.toHaveProperty("status");
  });

  it("accepts a man whose CCCD was generated for him", () => {
    const idNumber = `${cccdPrefixFor("079", "2005-02-28", "male")}000001`;
    expect(parseWith({ sex: "male", dateOfBirth: "2005-02-28", idNumber, idIssueDate: "2021-03-01" })).toEqual([]);
  });

  it("accepts a CMND and a passport, the passport upper-cased", () => {
    expect(parseWith({ idType: "cmnd", idNumber: "012345678" })).toEqual([]);
    expect(parseWith({ idType: "cmnd", idNumber: "999190012345" })).toEqual([]);
    expect(ZDeclarationInputSchema.parse({ ...valid, idType: "passport", idNumber: " c1234567 " }).idNumber).toBe("C1234567");
    expect(parseWith({ idType: "passport", idNumber: "AB1234567", nationality: "US", fullName: "John O'Brien" })).toEqual([]);
  });

  it("has input and output types matching the API", () => {
    expectTypeOf<DeclarationInput["phone"]>().toEqualTypeOf<string>();
    expectTypeOf<DeclarationInput["email"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeclarationInput["nationality"]>().toEqualTypeOf<string>();
    expectTypeOf<DeclarationInput["commitment"]>().toEqualTypeOf<true>();
    expectTypeOf<DeclarationInput["sex"]>().toEqualTypeOf<"male" | "female">();
    expectTypeOf<DeclarationInput["idType"]>().toEqualTypeOf<"cccd" | "cmnd" | "passport">();
    expectTypeOf<DeclarationInput["address"]>().toEqualTypeOf<{ provinceCode: string; communeCode: string; street: string }>();
    expectTypeOf<DeclarationFormValues["nationality"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeclarationFormValues["emailCopy"]>().toEqualTypeOf<boolean | undefined>();
    expect(ZDeclarationInputSchema.parse(valid).commitment).toBe(true);
  });
});

describe("ZDeclarationInputSchema: required fields", () => {
  // The "required" issue of each field, in the order the form shows them: its path and its own key.
  const requiredIssues = (...fields: [path: string, key: string][]) => fields.map(([path, key]) => ({ path, message: `validation.${key}Required` }));
  const named = (...paths: string[]) => paths.map((path): [string, string] => [path, path]);

  it("reports each missing field on its own path with its own key", () => {
    expect(issuesOf(ZDeclarationInputSchema, {})).toEqual(
      requiredIssues(
        ...named("fullName", "dateOfBirth", "sex", "bhxhCode", "idType", "idNumber", "idIssueDate", "idIssuePlace", "address", "phone"),
        ["officeCode", "office"],
        ...named("commitment", "dataProcessingConsent"),
      ),
    );
  });

  it("treats blank text as missing, with a single issue", () => {
    const blank = { fullName: "   ", dateOfBirth: "", bhxhCode: " ", idNumber: "", idIssueDate: "", idIssuePlace: " ", phone: "", officeCode: "" };
    expect(parseWith({ ...blank, address: { provinceCode: "", communeCode: "", street: "  " } })).toEqual(
      requiredIssues(
        ...named("fullName", "dateOfBirth", "bhxhCode", "idNumber", "idIssueDate", "idIssuePlace"),
        ["address.provinceCode", "province"], ["address.communeCode", "commune"], ["address.street", "street"],
        ...named("phone"),
        ["officeCode", "office"],
      ),
    );
  });

  it("refuses something that is not an object", () => {
    for (const input of [null, "text", 42, []]) {
      expect(issuesOf(ZDeclarationInputSchema, input)).toEqual([{ path: "", message: "validation.invalidValue" }]);
    }
  });
});

describe("ZDeclarationInputSchema: personal details", () => {
  it.each([
    ...refusedWith("fullName", "validation.fullNameInvalid", { fullName: "Nguyễn Văn 3" }, { fullName: "A" }, { fullName: "Nguyễn <script>" }),
    ...refusedWith("fullName", "validation.fullNameTooLong", { fullName: "A".repeat(101) }),
    ...refusedWith("fullName", "validation.fullNameRequired", { fullName: 12 }),
    ...refusedWith("dateOfBirth", "validation.dateOfBirthInvalid", { dateOfBirth: "1990-02-30" }, { dateOfBirth: "01/05/1990" }),
    ...refusedWith("dateOfBirth", "validation.dateOfBirthInFuture", { dateOfBirth: "2999-01-01", idIssueDate: "2021-06-15" }),
    ...refusedWith("dateOfBirth", "validation.dateOfBirthTooOld", { dateOfBirth: "1899-12-31", idType: "passport", idNumber: "C1234567" }),
    ...refusedWith("sex", "validation.sexRequired", { sex: "nam" }),
    ...refusedWith("nationality", "validation.nationalityInvalid", { nationality: "Việt Nam" }),
    ...refusedWith("bhxhCode", "validation.bhxhCodeInvalid", { bhxhCode: "012345678" }, { bhxhCode: "DN401012345678" }),
    ...refusedWith("idType", "validation.idTypeRequired", { idType: "cancuoc" }),
    ...refusedWith("idIssueDate", "validation.idIssueDateInvalid", { idIssueDate: "2021-13-01" }),
    ...refusedWith("idIssueDate", "validation.idIssueDateInFuture", { idIssueDate: "2999-01-01" }),
    ...refusedWith("idIssueDate", "validation.idIssueDateBeforeBirth", { idIssueDate: "1990-04-30" }),
    ...refusedWith("idIssuePlace", "validation.idIssuePlaceTooLong", { idIssuePlace: "x".repeat(201) }),
  ])("%j → %s: %s", (patch, path, message) => {
    expect(parseWith(patch)).toEqual([{ path, message }]);
  });

  it("accepts an issue date on the day of birth", () => {
    expect(parseWith({ idType: "passport", idNumber: "C1234567", idIssueDate: "1990-05-01" })).toEqual([]);
  });

  it("refuses someone under 15 today", () => {
    const dateOfBirth = `${thisYear - 10}-01-01`;
    const idNumber = `${cccdPrefixFor("001", dateOfBirth, "female")}012345`;
    expect(parseWith({ dateOfBirth, idNumber, idIssueDate: `${thisYear - 1}-01-01` })).toEqual([
      { path: "dateOfBirth", message: "validation.dateOfBirthTooYoung" },
    ]);
  });
});

describe("ZDeclarationInputSchema: the ID number against its type, date of birth and sex", () => {
  it.each([
    ["CCCD for a man, declared a woman", { idNumber: "001090012345" }, "validation.cccdSex"],
    ["CCCD for someone born 1990, declared 2001", { dateOfBirth: "2001-05-01" }, "validation.cccdBirthYear"],
    ["CCCD with an unknown province", { idNumber: "999190012345" }, "validation.cccdProvince"],
    ["CCCD with century digit 4", { idNumber: "001490012345" }, "validation.cccdCentury"],
    ["CCCD of 11 digits", { idNumber: "00119001234" }, "validation.cccdFormat"],
    ["CCCD with a letter", { idNumber: "C01190012345" }, "validation.cccdFormat"],
    ["CMND of 10 digits", { idType: "cmnd", idNumber: "0123456789" }, "validation.cmndFormat"],
    ["passport too short", { idType: "passport", idNumber: "C12345" }, "validation.passportFormat"],
    ["passport with a symbol", { idType: "passport", idNumber: "C123456#" }, "validation.passportFormat"],
  ])("%s → idNumber: %s", (_label, patch, message) => {
    expect(parseWith(patch)).toEqual([{ path: "idNumber", message }]);
  });

  it("reports one issue on idNumber, the most fundamental, when several digits are wrong", () => {
    expect(parseWith({ idNumber: "999090012345", dateOfBirth: "2001-05-01" })).toEqual([{ path: "idNumber", message: "validation.cccdProvince" }]);
  });

  it("reports a CCCD or CMND for a foreign national on idType", () => {
    expect(parseWith({ nationality: "US" })).toEqual([{ path: "idType", message: "validation.idTypeRequiresVietnamese" }]);
    expect(parseWith({ nationality: "US", idType: "cmnd", idNumber: "012345678" })).toEqual([
      { path: "idType", message: "validation.idTypeRequiresVietnamese" },
    ]);
  });

  it("still checks the CCCD against the sex when the date of birth is unreadable", () => {
    expect(parseWith({ dateOfBirth: "1990-02-30", idNumber: "001090012345" })).toEqual([
      { path: "dateOfBirth", message: "validation.dateOfBirthInvalid" },
      { path: "idNumber", message: "validation.cccdSex" },
    ]);
  });

  it("runs the cross-field rules even when another field has the wrong type", () => {
    expect(parseWith({ phone: 912345678, emailCopy: true, email: "", idNumber: "001090012345" })).toEqual([
      { path: "phone", message: "validation.phoneRequired" },
      { path: "idNumber", message: "validation.cccdSex" },
      { path: "email", message: "validation.emailRequiredForCopy" },
    ]);
  });
});

describe("refineIdentity with a fixed clock", () => {
  function run(value: Record<string, unknown>, now: string) {
    const issues: Issue[] = [];
    refineIdentity(value, { addIssue: (issue) => void issues.push({ path: (issue as { path: string[] }).path.join("."), message: String((issue as { message: string }).message) }) }, new Date(now));
    return issues;
  }

  it("turns 15 on the 15th birthday, in Vietnam time", () => {
    const person = { dateOfBirth: "2011-06-15" };
    expect(run(person, "2026-06-14T16:59:59Z")).toEqual([{ path: "dateOfBirth", message: "validation.dateOfBirthTooYoung" }]);
    expect(run(person, "2026-06-14T17:00:00Z")).toEqual([]); // 00:00 on 15 June in Hà Nội
  });

  it("takes today's date in Vietnam for dates in the future", () => {
    const value = { dateOfBirth: "1990-05-01", idIssueDate: "2026-06-15" };
    expect(run(value, "2026-06-14T16:59:59Z")).toEqual([{ path: "idIssueDate", message: "validation.idIssueDateInFuture" }]);
    expect(run(value, "2026-06-14T17:00:00Z")).toEqual([]);
  });

  it("reports a date of birth today as too young, tomorrow as in the future", () => {
    expect(run({ dateOfBirth: "2026-06-15" }, "2026-06-15T05:00:00Z")).toEqual([{ path: "dateOfBirth", message: "validation.dateOfBirthTooYoung" }]);
    expect(run({ dateOfBirth: "2026-06-16" }, "2026-06-15T05:00:00Z")).toEqual([{ path: "dateOfBirth", message: "validation.dateOfBirthInFuture" }]);
  });

  it("ignores fields it cannot read", () => {
    expect(run({ dateOfBirth: 5, idType: "cccd", idNumber: 7, sex: "x" }, "2026-06-15T05:00:00Z")).toEqual([]);
  });
});

describe("ZDeclarationInputSchema: contact details", () => {
  const address = (patch: Partial<typeof valid.address>) => ({ address: { ...valid.address, ...patch } });
  it.each([
    ...refusedWith("address.provinceCode", "validation.provinceInvalid", address({ provinceCode: "1" }), address({ provinceCode: "HN" })),
    ...refusedWith("address.communeCode", "validation.communeInvalid", address({ communeCode: "123" })),
    ...refusedWith("address.street", "validation.streetTooLong", address({ street: "x".repeat(201) })),
    ...refusedWith("address", "validation.addressRequired", { address: "Hà Nội" }),
    ...refusedWith("phone", "validation.phoneInvalid", { phone: "0212345678" }, { phone: "091234567" }, { phone: "+1 202 555 0123" }),
    ...refusedWith("email", "validation.emailInvalid", { email: "huong@" }, { email: "huong example.com" }, { email: 5 }),
    ...refusedWith("email", "validation.emailRequiredForCopy", { email: "", emailCopy: true }, { email: undefined, emailCopy: true }),
    ...refusedWith("emailCopy", "validation.invalidValue", { emailCopy: "yes" }),
  ])("%j → %s: %s", (patch, path, message) => {
    expect(parseWith(patch)).toEqual([{ path, message }]);
  });

  it.each(["0912345678", "0912 345 678", "091.234.5678", "+84912345678", "84912345678"])("stores the phone %j as E.164", (phone) => {
    expect(ZDeclarationInputSchema.parse({ ...valid, phone }).phone).toBe("+84912345678");
  });

  it("does not ask for an email when no copy is wanted", () => {
    expect(parseWith({ email: "", emailCopy: false })).toEqual([]);
  });
});

describe("ZDeclarationInputSchema: office and commitment", () => {
  it.each([
    ...refusedWith("officeCode", "validation.officeRequired", { officeCode: "   " }),
    ...refusedWith("commitment", "validation.commitmentRequired", { commitment: false }, { commitment: "true" }, { commitment: undefined }),
    ...refusedWith("dataProcessingConsent", "validation.dataProcessingConsentRequired", { dataProcessingConsent: false }, { dataProcessingConsent: "true" }, { dataProcessingConsent: undefined }),
  ])("%j → %s: %s", (patch, path, message) => {
    expect(parseWith(patch)).toEqual([{ path, message }]);
  });

  it("asks for the consent only of the whole declaration, not of the office step", () => {
    expect(ZOfficeStepSchema.safeParse({ officeCode: "HN-DONGDA", commitment: true }).success).toBe(true);
  });
});

describe("wizard step schemas", () => {
  const personal = {
    fullName: valid.fullName,
    dateOfBirth: valid.dateOfBirth,
    sex: valid.sex,
    bhxhCode: valid.bhxhCode,
    idType: valid.idType,
    idNumber: valid.idNumber,
    idIssueDate: valid.idIssueDate,
    idIssuePlace: valid.idIssuePlace,
  };

  it("personal step: parses its own fields and applies the same identity rules", () => {
    expect(ZPersonalStepSchema.parse(personal)).toEqual({ ...personal, nationality: "VN" });
    expect(issuesOf(ZPersonalStepSchema, { ...personal, sex: "male" })).toEqual([{ path: "idNumber", message: "validation.cccdSex" }]);
    expect(issuesOf(ZPersonalStepSchema, { ...personal, idIssueDate: "1980-01-01" })).toEqual([
      { path: "idIssueDate", message: "validation.idIssueDateBeforeBirth" },
    ]);
    expect(issuesOf(ZPersonalStepSchema, { ...personal, idType: "passport", idNumber: "c1234567" })).toEqual([]);
    expect(ZPersonalStepSchema.parse({ ...personal, idType: "passport", idNumber: "c1234567" }).idNumber).toBe("C1234567");
  });

  it("about step (\"Về bạn\"): its own fields and the date-of-birth rules, nothing of the identity document", () => {
    const about = { fullName: valid.fullName, dateOfBirth: valid.dateOfBirth, sex: valid.sex, bhxhCode: valid.bhxhCode };
    expect(ZAboutStepSchema.parse(about)).toEqual({ ...about, nationality: "VN" });
    expect(issuesOf(ZAboutStepSchema, { ...about, dateOfBirth: `${thisYear - 3}-01-01` })).toEqual([{ path: "dateOfBirth", message: "validation.dateOfBirthTooYoung" }]);
    // The CCCD of someone born in 1985 is the next step's business (it is checked there against this date).
    expect(issuesOf(ZAboutStepSchema, { ...about, idType: "cccd", idNumber: "001185012345" })).toEqual([]);
    expect(issuesOf(ZAboutStepSchema, { ...about, bhxhCode: "" })).toEqual([{ path: "bhxhCode", message: "validation.bhxhCodeRequired" }]);
    // The BHYT card number people copy from the card they carry: its last 10 digits are the BHXH code.
    expect(ZAboutStepSchema.parse({ ...about, bhxhCode: "HS4010123456789" }).bhxhCode).toBe("0123456789");
    expect(ZDeclarationInputSchema.parse({ ...valid, bhxhCode: "hs4010123456789" }).bhxhCode).toBe("0123456789");
  });

  it("personal step: does not look at the other steps' fields", () => {
    expect(issuesOf(ZPersonalStepSchema, { ...personal, phone: "nope", commitment: false })).toEqual([]);
  });

  it("contact step: parses address, phone and email, with the email-copy rule", () => {
    const contact = { address: valid.address, phone: "0912 345 678", email: "", emailCopy: false };
    expect(ZContactStepSchema.parse(contact)).toEqual({ address: valid.address, phone: "+84912345678", emailCopy: false });
    expect(issuesOf(ZContactStepSchema, { ...contact, emailCopy: true })).toEqual([{ path: "email", message: "validation.emailRequiredForCopy" }]);
    expect(issuesOf(ZContactStepSchema, {})).toEqual([
      { path: "address", message: "validation.addressRequired" },
      { path: "phone", message: "validation.phoneRequired" },
    ]);
  });

  it("office step: needs an office and the commitment", () => {
    expect(ZOfficeStepSchema.parse({ officeCode: " HN-DONGDA ", commitment: true })).toEqual({ officeCode: "HN-DONGDA", commitment: true });
    expect(issuesOf(ZOfficeStepSchema, { officeCode: "", commitment: false })).toEqual([
      { path: "officeCode", message: "validation.officeRequired" },
      { path: "commitment", message: "validation.commitmentRequired" },
    ]);
  });
});

describe("ZReferenceCodeSchema", () => {
  it("reads a typed code into its canonical form", () => {
    expect(ZReferenceCodeSchema.parse(" tk 7kq4 m9xd ")).toBe("TK-7KQ4-M9XD");
    expect(issuesOf(ZReferenceCodeSchema, "")).toEqual([{ path: "", message: "validation.referenceCodeRequired" }]);
    expect(issuesOf(ZReferenceCodeSchema, "TK-7KQ4-M9X0")).toEqual([{ path: "", message: "validation.referenceCodeInvalid" }]);
  });
});

describe("messages", () => {
  it("every key the schemas can produce has a Vietnamese and an English text", () => {
    for (const key of Object.values(DECLARATION_MESSAGE_KEYS)) {
      expect(key).toMatch(/^validation\.\w+$/);
      expect(translate("vi", key), key).not.toBe(key);
      expect(translate("en", key), key).not.toBe(key);
    }
  });

  it("maps every ID problem to its own key", () => {
    expect(idProblemMessageKey("cccd", "format")).toBe("validation.cccdFormat");
    expect(idProblemMessageKey("cccd", "province")).toBe("validation.cccdProvince");
    expect(idProblemMessageKey("cccd", "century")).toBe("validation.cccdCentury");
    expect(idProblemMessageKey("cccd", "birthYear")).toBe("validation.cccdBirthYear");
    expect(idProblemMessageKey("cccd", "sex")).toBe("validation.cccdSex");
    expect(idProblemMessageKey("cmnd", "format")).toBe("validation.cmndFormat");
    expect(idProblemMessageKey("passport", "format")).toBe("validation.passportFormat");
  });

  it("every issue from a thoroughly wrong declaration is a translated key, never a sentence", () => {
    const garbage = [
      {},
      { ...valid, fullName: 1, dateOfBirth: [], sex: 2, nationality: 3, bhxhCode: {}, idType: 4, idNumber: null, idIssueDate: 5, idIssuePlace: 6 },
      { ...valid, address: { provinceCode: 1, communeCode: null, street: [] }, phone: {}, email: [], emailCopy: 1, officeCode: 7, commitment: "yes" },
      { ...valid, address: null },
      { ...valid, fullName: "x", dateOfBirth: "x", idIssueDate: "x", idNumber: "x", bhxhCode: "x", phone: "x", email: "x" },
    ];
    let count = 0;
    for (const input of garbage) {
      for (const { message } of issuesOf(ZDeclarationInputSchema, input)) {
        count += 1;
        expect(message).toMatch(/^validation\.\w+$/);
        expect(translateIssue("vi", message), message).not.toBe(message);
      }
    }
    expect(count).toBeGreaterThan(25);
  });
});
