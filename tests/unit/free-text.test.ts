// The free-text rule: hostile characters refused with the right reason, real Vietnamese accepted, and the
// printable repertoire checked against the font the PDF really uses (every accepted character has a glyph
// in each bundled Noto Serif face).
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freeTextProblem, isPrintableCharacter, MAX_COMBINING_MARKS_PER_LETTER, normalizeFreeText } from "@/lib/domain/free-text";
import { ZDeclarationInputSchema } from "@/lib/schemas/declaration";
import { declarationJson } from "@/tests/fixtures/declaration-json";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";

// fontkit (what @react-pdf embeds fonts with) ships no types: the two calls used here.
type Face = { fullName: string; hasGlyphForCodePoint(codePoint: number): boolean };
const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(file: string): Face };

const check = (s: string) => freeTextProblem(normalizeFreeText(s));

describe("freeTextProblem", () => {
  it("accepts Vietnamese as people write it, composed or not", () => {
    for (const s of ["Nguyễn Thị Ánh Tuyết", "Số 12/3, ngõ 45, đường Láng (tổ 7)", "Cục Cảnh sát QLHC về TTXH", "Đắk Lắk – thôn 3", "O’Brien-Smith", "Tòa nhà \u201CSông Đà\u201D, tầng 7", "Nguye\u0302\u0303n"]) {
      expect(check(s), s).toBeNull();
    }
    expect(normalizeFreeText("Nguye\u0302\u0303n")).toBe("Nguyễn");
    expect(normalizeFreeText("Số\u00A012")).toBe("Số 12");
  });

  it("refuses NUL, controls, bidi overrides and isolates, zero-width characters and lone surrogates", () => {
    for (const s of ["Hà\u0000Nội", "Hà\nNội", "fdp\u202Eexe", "a\u2066b\u2069", "ab\u200Bc", "\uFEFFHà Nội", "Hà \uD800Nội", "Hà \uDC00", "a\u2028b", "a\uE000b"]) {
      expect(check(s), JSON.stringify(s)).toBe("invalidCharacters");
    }
  });

  it(`refuses more than ${MAX_COMBINING_MARKS_PER_LETTER} combining marks on one letter`, () => {
    expect(check("a" + "\u0301".repeat(90))).toBe("tooManyMarks");
    expect(check("x\u0301\u0302\u0303")).toBe("tooManyMarks");
    expect(check("e\u0323\u0302")).toBeNull(); // ệ, composed by NFC
  });

  it("refuses emoji (with their own message) and scripts the font cannot draw", () => {
    for (const s of ["Hà Nội 😀", "Thôn ❤", "🇻🇳", "a\uFE0F"]) expect(check(s), s).toBe("emoji");
    for (const s of ["北京", "Москва", "मुंबई", "a ≠ b"]) expect(check(s), s).toBe("unsupportedCharacter");
  });

  it("every character the rule accepts has a glyph in each Noto Serif face the PDF embeds", () => {
    const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-serif");
    const faces = ["400Regular/NotoSerif_400Regular.ttf", "700Bold/NotoSerif_700Bold.ttf", "400Regular_Italic/NotoSerif_400Regular_Italic.ttf"].map(
      (file) => fontkit.openSync(path.join(dir, file)),
    );
    const accepted: number[] = [];
    for (let cp = 0x20; cp < 0x3000; cp++) if (isPrintableCharacter(String.fromCodePoint(cp))) accepted.push(cp);
    expect(accepted.length).toBeGreaterThan(500);
    for (const face of faces) {
      const missing = accepted.filter((cp) => !face.hasGlyphForCodePoint(cp)).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`);
      expect(missing, face.fullName).toEqual([]);
    }
  });
});

describe("the declaration's text fields use the rule", () => {
  const base = () => declarationJson(buildPerson(createRng(5)), { phoneVerificationToken: "not-checked-by-the-schema" });

  it("names, street and place of issue: NFC stored, hostile text refused on the field with the rule's message key", () => {
    const json = base() as Record<string, unknown> & { address: Record<string, unknown> };
    const parsed = ZDeclarationInputSchema.safeParse({ ...json, idIssuePlace: "Cu\u0323c Ca\u0309nh sa\u0301t" });
    expect(parsed.success && parsed.data.idIssuePlace).toBe("Cục Cảnh sát");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...json, fullName: "Nguyễn Văn A\u202E" }, "fullName", "validation.textInvalidCharacters"],
      [{ ...json, idIssuePlace: "Hà Nội 🙂" }, "idIssuePlace", "validation.textEmoji"],
      [{ ...json, address: { ...json.address, street: "x\u0000" } }, "address.street", "validation.textInvalidCharacters"],
      [{ ...json, address: { ...json.address, street: "Z" + "\u0336".repeat(90) } }, "address.street", "validation.textTooManyMarks"],
      [{ ...json, fullName: "Trần 北" }, "fullName", "validation.textUnsupportedCharacter"],
    ];
    for (const [input, field, key] of cases) {
      const result = ZDeclarationInputSchema.safeParse(input);
      expect(result.success, field).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join(".") === field);
      expect(issue?.message, field).toBe(key);
    }
  });
});
