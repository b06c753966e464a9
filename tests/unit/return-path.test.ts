import { describe, expect, it } from "vitest";
import { isSafeReturnPath, parseReturnPath, RETURN_PATH_MAX_LENGTH, safeReturnPath } from "@/lib/domain/return-path";

// The usual open-redirect bypasses: each one, raw and encoded, must fall back.
const BYPASSES = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/%09/evil.example",
  "/\t/evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%2F%2Fevil.example",
  "/%2Fevil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "https://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http://localhost/",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "/javascript:alert(1)//%0a",
  "data:text/html,<script>alert(1)</script>",
  "/\r\nLocation: https://evil.example",
  "/%0d%0aLocation:%20https://evil.example",
  "/%0aevil",
  "/%00",
  "/ /evil.example",
  "/\u2028evil",
  "/\u0085evil",
  " /tai-khoan",
  "evil.example",
  "tai-khoan",
  "",
  "/%E0%A4%A",
  `/${"a".repeat(RETURN_PATH_MAX_LENGTH)}`,
];

describe("parseReturnPath", () => {
  it.each(BYPASSES)("refuses %j", (candidate) => {
    expect(parseReturnPath(candidate)).toBeNull();
    expect(safeReturnPath(candidate, "/")).toBe("/");
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/tai-khoan"], { href: "/" }]) expect(isSafeReturnPath(value)).toBe(false);
  });

  // Vietnamese in a query string arrives percent-encoded and stays so.
  it.each(["/", "/tai-khoan", "/tra-cuu?ma=HS-2026-000123#ket-qua", "/can-bo?trang-thai=cho-duyet&sau=abc", "/can-bo?q=Nguy%E1%BB%85n"])(
    "keeps %s, an ordinary path of this site, with its query and fragment",
    (path) => {
      expect(parseReturnPath(path)).toBe(path);
    },
  );

  it("normalises dot segments so a prefix check cannot be walked out of", () => {
    expect(parseReturnPath("/can-bo/../dang-ky")).toBe("/dang-ky");
    expect(parseReturnPath("/can-bo/../dang-ky", { within: "/can-bo" })).toBeNull();
    expect(parseReturnPath("/can-bo/%2e%2e/dang-ky", { within: "/can-bo" })).toBeNull();
  });

  it("keeps a path inside `within`, segment-wise, and never one of `exclude`", () => {
    const staff = { within: "/can-bo", exclude: ["/can-bo/dang-nhap"] };
    expect(parseReturnPath("/can-bo", staff)).toBe("/can-bo");
    expect(parseReturnPath("/can-bo/ho-so/HS-1", staff)).toBe("/can-bo/ho-so/HS-1");
    expect(parseReturnPath("/can-bomb", staff)).toBeNull();
    expect(parseReturnPath("/tai-khoan", staff)).toBeNull();
    expect(parseReturnPath("/can-bo/dang-nhap", staff)).toBeNull();
    expect(parseReturnPath("/can-bo/dang-nhap?next=/can-bo", staff)).toBeNull();
    expect(safeReturnPath("//evil.example/can-bo", "/can-bo", staff)).toBe("/can-bo");
  });
});
