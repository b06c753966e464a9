import { describe, expect, it } from "vitest";
import commonPasswords from "@/lib/domain/data/common-passwords.json";
import {
  TEMPORARY_PASSWORD_ALPHABET,
  checkNewPassword,
  PASSWORD_MIN_STRENGTH_SCORE,
  passwordStrengthScore,
  generateTemporaryPassword,
  groupTemporaryPassword,
  asTemporaryPassword,
  TEMPORARY_PASSWORD_LENGTH,
} from "@/lib/domain/password-policy";
import { daysUntilPasswordExpiry, mustRotate, passwordExpiresAt, shouldRemind } from "@/lib/domain/password-expiry";

const account = { bhxhCode: "0123456789", phone: "+84912345678", previous: "Ab3k9Xz7Qp" };

describe("checkNewPassword", () => {
  it("refuses passwords that are easy to guess though on no list, with their own reason", () => {
    expect(checkNewPassword("aaaaaaaa", account)).toEqual(["weak"]);
    // "12345678a" is on the blocklist already; its neighbours are not, and are as easy to guess.
    expect(checkNewPassword("12345678a", account)).toEqual(["common"]);
    expect(checkNewPassword("12345678b", account)).toEqual(["weak"]);
    expect(checkNewPassword("abcdefghij", account)).toEqual(["weak"]);
    expect(checkNewPassword("hanoihanoi1", account)).toEqual(["weak"]);
    expect(checkNewPassword("qwertyuiop1", account)).toEqual(["weak"]);
    expect(checkNewPassword("a".repeat(128), account)).toEqual(["weak"]);
    expect(passwordStrengthScore("aaaaaaaa")).toBeLessThan(PASSWORD_MIN_STRENGTH_SCORE);
    // A random 10 characters or a sentence is strong enough.
    expect(passwordStrengthScore("Ab3k9Xz7Qp")).toBeGreaterThanOrEqual(PASSWORD_MIN_STRENGTH_SCORE);
    expect(checkNewPassword("Hà Nội mùa thu 2026", account)).toEqual([]);
  });

  it("counts the person's own identifiers as known words when estimating strength", () => {
    // Strong on its own, weak for this person: the previous password with a digit added.
    expect(checkNewPassword("Ab3k9Xz7Qp1", {})).toEqual([]);
    expect(checkNewPassword("Ab3k9Xz7Qp1", account)).toEqual(["weak"]);
  });

  it("accepts a long passphrase with no composition rules", () => {
    expect(checkNewPassword("con mèo trèo cây cau hỏi thăm chú chuột", account)).toEqual([]);
    expect(checkNewPassword("correct horse battery staple", account)).toEqual([]);
    expect(checkNewPassword("vietnamhanoi", account)).toEqual([]); // letters only is fine
  });

  it("refuses fewer than 8 and more than 128 characters, counting characters, not UTF-16 units", () => {
    expect(checkNewPassword("Xk3#vQ9", account)).toEqual(["tooShort"]);
    expect(checkNewPassword("Xk3#vQ9m", account)).not.toContain("tooShort");
    expect(checkNewPassword("😀😀😀😀😀😀😀", account)).toEqual(["tooShort"]); // 14 UTF-16 units, 7 characters
    const sentence = "con mèo trèo cây cau hỏi thăm chú chuột đi đâu vắng nhà ";
    expect(checkNewPassword(sentence.repeat(3).slice(0, 128), account)).toEqual([]);
    expect(checkNewPassword(sentence.repeat(3).slice(0, 129), account)).toEqual(["tooLong"]);
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkNewPassword("password", account)).toEqual(["common"]);
    expect(checkNewPassword("12345678", account)).toEqual(["common"]);
    expect(checkNewPassword("PassWord", account)).toEqual(["common"]);
    expect(checkNewPassword("1qaz2wsx")).toEqual(["common"]);
    expect(checkNewPassword("123456")).toEqual(["tooShort", "common"]);
  });

  it("refuses a password containing the BHXH code", () => {
    expect(checkNewPassword("lúa-non-bhxh0123456789", account)).toEqual(["containsBhxhCode"]);
    expect(checkNewPassword("lúa-non-bhxh0123456789", {})).toEqual([]);
  });

  it("refuses a password containing the phone number, in national or 0-prefixed form", () => {
    expect(checkNewPassword("x912345678y", account)).toEqual(["containsPhone"]);
    expect(checkNewPassword("minh0912345678", account)).toEqual(["containsPhone"]);
    expect(checkNewPassword("minh+84912345678", account)).toEqual(["containsPhone"]);
    expect(checkNewPassword("minh09123456", account)).toEqual([]);
  });

  it("refuses the previous (temporary) password, comparing Unicode forms", () => {
    expect(checkNewPassword("Ab3k9Xz7Qp", account)).toEqual(["sameAsPrevious"]);
    // Not the same, but too close to it to count as new.
    expect(checkNewPassword("ab3k9xz7qp", account)).toEqual(["weak"]);
    const composed = "Mật khẩu mới của tôi";
    expect(checkNewPassword(composed.normalize("NFD"), { previous: composed })).toEqual(["sameAsPrevious"]);
  });

  it("reports every problem at once", () => {
    expect(checkNewPassword("1234567890", { bhxhCode: "1234567890", phone: "+84912345678", previous: "1234567890" })).toEqual([
      "common",
      "containsBhxhCode",
      "sameAsPrevious",
    ]);
  });

  it("uses the 10,000 most common passwords, lower case, most common first", () => {
    expect(commonPasswords).toHaveLength(10_000);
    expect(commonPasswords.slice(0, 4)).toEqual(["123456", "password", "12345678", "qwerty"]);
    expect(commonPasswords.every((p) => p === p.toLowerCase())).toBe(true);
  });
});

describe("generateTemporaryPassword", () => {
  it("draws 12 upper-case letters and digits without look-alikes, with a letter and a digit, strong enough, 1,000 times", () => {
    const lookAlikes = /[0OoIl1L]/;
    const seen = new Set<string>();
    const used = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[A-Z2-9]{12}$/);
      expect(password).not.toMatch(lookAlikes);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      // The strength estimate is slow: a hundred draws show the policy accepts them.
      if (i < 100) expect(checkNewPassword(password)).toEqual([]);
      seen.add(password);
      for (const char of password) used.add(char);
    }
    expect(seen.size).toBe(1000);
    // 12,000 characters drawn: every symbol of the alphabet appears, and nothing else.
    expect([...used].sort().join("")).toBe([...TEMPORARY_PASSWORD_ALPHABET].sort().join(""));
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(lookAlikes);
    // 60 bits or more: the strength the comment in password-policy.ts claims.
    expect(Math.log2(TEMPORARY_PASSWORD_ALPHABET.length) * TEMPORARY_PASSWORD_LENGTH).toBeGreaterThanOrEqual(58);
  });

  it("is shown in groups of 4", () => {
    expect(groupTemporaryPassword("K7PM4XQ2RT9H")).toBe("K7PM 4XQ2 RT9H");
  });
  it.each(["k7pm 4xq2 rt9h", "K7PM-4XQ2-RT9H"])("is read back from %j, however it was typed from the SMS", (typed) => {
    expect(asTemporaryPassword(typed)).toBe("K7PM4XQ2RT9H");
  });
  // Not one: a look-alike, or the wrong length.
  it.each(["K7PM 4XQ2 RT90", "K7PM 4XQ2"])("is not read from %j", (typed) => {
    expect(asTemporaryPassword(typed)).toBeNull();
  });
});

describe("password age", () => {
  const changedAt = new Date("2026-01-10T08:00:00Z");
  const day = 24 * 60 * 60 * 1000;

  it("expires 183 days (6 months) after the change", () => {
    expect(passwordExpiresAt(changedAt).toISOString()).toBe("2026-07-12T08:00:00.000Z");
    expect(mustRotate(changedAt, new Date("2026-07-12T07:59:59Z"))).toBe(false);
    expect(mustRotate(changedAt, new Date("2026-07-12T08:00:00Z"))).toBe(true);
    expect(mustRotate(changedAt, new Date("2027-01-01T00:00:00Z"))).toBe(true);
  });

  it("reminds during the last 14 days only", () => {
    const expires = passwordExpiresAt(changedAt).getTime();
    expect(shouldRemind(changedAt, new Date(expires - 14 * day - 1))).toBe(false);
    expect(shouldRemind(changedAt, new Date(expires - 14 * day))).toBe(true);
    expect(shouldRemind(changedAt, new Date(expires - 1))).toBe(true);
    expect(shouldRemind(changedAt, new Date(expires))).toBe(false);
    expect(daysUntilPasswordExpiry(changedAt, new Date(expires - 14 * day))).toBe(14);
    expect(daysUntilPasswordExpiry(changedAt, new Date(expires - 13.5 * day))).toBe(14);
    expect(daysUntilPasswordExpiry(changedAt, new Date(expires + day))).toBe(0);
  });
});
