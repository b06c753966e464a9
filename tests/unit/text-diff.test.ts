import { describe, expect, it } from "vitest";
import { diffCharacters } from "@/lib/domain/text-diff";

const marked = (parts: { text: string; differs: boolean }[]) => parts.filter((p) => p.differs).map((p) => p.text);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("diffCharacters", () => {
  it("marks the one differing digit of a date on each side", () => {
    const diff = diffCharacters("09/05/1990", "08/05/1990");
    expect(diff.equal).toBe(false);
    expect(diff.left).toEqual([
      { text: "0", differs: false },
      { text: "9", differs: true },
      { text: "/05/1990", differs: false },
    ]);
    expect(marked(diff.right)).toEqual(["8"]);
  });

  it("marks a missing diacritic as exactly the letter that differs", () => {
    const diff = diffCharacters("Nguyễn Văn An", "Nguyen Văn An");
    expect(marked(diff.left)).toEqual(["ễ"]);
    expect(marked(diff.right)).toEqual(["e"]);
    expect(joined(diff.left)).toBe("Nguyễn Văn An");
  });

  it("compares in NFC: a decomposed accent equals the precomposed letter", () => {
    const decomposed = "Hu\u0301ng".normalize("NFD");
    expect(decomposed).not.toBe("Húng");
    const diff = diffCharacters(decomposed, "Húng");
    expect(diff.equal).toBe(true);
    expect(marked(diff.left)).toEqual([]);
    expect(diff.left).toEqual([{ text: "Húng", differs: false }]);
  });

  it("marks letters only one side has (a dropped middle name), the rest untouched", () => {
    const diff = diffCharacters("Nguyễn Thị Ngọc Hường", "Nguyễn Thị Hường");
    expect(marked(diff.left).join("")).toBe("Ngọc ");
    expect(marked(diff.right)).toEqual([]);
  });

  it("marks everything when nothing is shared, and handles empty sides", () => {
    expect(diffCharacters("Nam", "")).toEqual({ equal: false, left: [{ text: "Nam", differs: true }], right: [] });
    expect(diffCharacters("", "")).toEqual({ equal: true, left: [], right: [] });
    expect(marked(diffCharacters("123", "456").left)).toEqual(["123"]);
  });
});
