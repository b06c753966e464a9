// The counter's pure rules: what an account's status allows, what the one search box reads, receipts.
import { describe, expect, it } from "vitest";
import { availableCounterActions, generateReceiptReference, maskEmail, parseCounterSearch, RECEIPT_REFERENCE_PATTERN } from "@/lib/domain/counter";

describe("available counter actions", () => {
  it("an active account can be changed, signed out, locked or cancelled but not unlocked", () => {
    expect(availableCounterActions("active")).toEqual(["changePhone", "resetPassword", "signOutAll", "lock", "close"]);
  });
  it("a locked account can be recovered (new phone, new password), unlocked or cancelled, not locked again", () => {
    expect(availableCounterActions("locked")).toEqual(["changePhone", "resetPassword", "unlock", "close"]);
  });
  it("a cancelled account allows nothing: only a new declaration reopens it", () => {
    expect(availableCounterActions("closed")).toEqual([]);
  });
});

describe("the counter's search box", () => {
  it("reads a BHXH code, an ID number, a phone in any usual form and a declaration reference", () => {
    expect(parseCounterSearch(" 0123456789 ")).toMatchObject({ bhxhCode: "0123456789" });
    expect(parseCounterSearch("001190012345")).toEqual({ idNumber: "001190012345" });
    expect(parseCounterSearch("0912 345 678")).toMatchObject({ phone: "+84912345678" });
    expect(parseCounterSearch("tk-7kq4-m9xd")).toMatchObject({ reference: "TK-7KQ4-M9XD" });
  });
  it("never searches by name", () => {
    expect(parseCounterSearch("Nguyễn Thị Hường")).toEqual({});
  });
  it("reads the ID number from a scanned CCCD QR code", () => {
    expect(parseCounterSearch("001190012345|123456789|Nguyễn Thị Ngọc Hường|12051990|Nữ|Số 1 phố Tràng Tiền, Hoàn Kiếm, Hà Nội|01072021")).toEqual({
      idNumber: "001190012345",
    });
  });
});

describe("receipts and masking", () => {
  it("makes references in the receipt pattern, different each time", () => {
    const refs = new Set(Array.from({ length: 50 }, generateReceiptReference));
    expect(refs.size).toBe(50);
    for (const ref of refs) expect(ref).toMatch(RECEIPT_REFERENCE_PATTERN);
  });
  it("masks an email to its first letter and domain", () => {
    expect(maskEmail("ngoc.huong@example.vn")).toBe("n*********@example.vn");
    expect(maskEmail("a@b.vn")).toBe("a*@b.vn");
  });
});
