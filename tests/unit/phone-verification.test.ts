// The pure rules of phone confirmation: the resend countdown, how a typed code is read, and that the
// messages quote the numbers of lib/domain (never a retyped "10 phút").
import { describe, expect, it } from "vitest";
import {
  formatCountdown,
  normalizePhoneCode,
  PHONE_CODE_RESEND_SECONDS,
  PHONE_CODE_VALID_SECONDS,
  phoneVerificationParams,
  RECIPIENT_CAPS,
  resendWaitSeconds,
} from "@/lib/domain/phone-verification";
import { translate } from "@/lib/i18n/catalog";

describe("resendWaitSeconds", () => {
  const sent = new Date("2026-12-01T10:00:00.000Z");
  it("counts down from the resend wait to 0, rounding a part-second up", () => {
    expect(resendWaitSeconds(null, sent)).toBe(0);
    expect(resendWaitSeconds(sent, sent)).toBe(PHONE_CODE_RESEND_SECONDS);
    expect(resendWaitSeconds(sent, new Date(sent.getTime() + 59_001))).toBe(PHONE_CODE_RESEND_SECONDS - 59);
    expect(resendWaitSeconds(sent, new Date(sent.getTime() + PHONE_CODE_RESEND_SECONDS * 1000))).toBe(0);
    expect(resendWaitSeconds(sent, new Date(sent.getTime() + 3_600_000))).toBe(0);
  });
});

describe("formatCountdown", () => {
  it("shows minutes and two-digit seconds, never negative", () => {
    expect(formatCountdown(60)).toBe("1:00");
    expect(formatCountdown(65)).toBe("1:05");
    expect(formatCountdown(9)).toBe("0:09");
    expect(formatCountdown(0.2)).toBe("0:01");
    expect(formatCountdown(-3)).toBe("0:00");
  });
});

describe("normalizePhoneCode", () => {
  it("accepts six digits with spaces or a hyphen, nothing else", () => {
    expect(normalizePhoneCode("123456")).toBe("123456");
    expect(normalizePhoneCode(" 123 456 ")).toBe("123456");
    expect(normalizePhoneCode("123-456")).toBe("123456");
    expect(normalizePhoneCode("12345")).toBeNull();
    expect(normalizePhoneCode("1234567")).toBeNull();
    expect(normalizePhoneCode("12345a")).toBeNull();
  });
});

describe("messages quote the domain's numbers", () => {
  const params = { ...phoneVerificationParams(), codeLength: 6 };
  it.each(["vi", "en"] as const)("%s", (locale) => {
    const minutes = PHONE_CODE_VALID_SECONDS / 60;
    expect(translate(locale, "declaration.phoneCodeSent", { ...params, phone: "0912 345 678" })).toContain(String(minutes));
    expect(translate(locale, "declaration.server_phoneCodeExpired", params)).toContain(`(${minutes} `);
    expect(translate(locale, "declaration.server_phoneCodeDailyCap", { ...params, hours: 3 })).toContain(String(RECIPIENT_CAPS.verificationSmsPerPhone));
    expect(translate(locale, "declaration.server_phoneCodeTooManyAttempts", params)).toMatch(/\b5\b/);
    for (const key of ["declaration.phoneVerifyIntro", "declaration.server_phoneVerificationRequired", "declaration.server_phoneVerificationExpired"] as const) {
      expect(translate(locale, key, params)).not.toMatch(/\{\w+\}/);
    }
  });
});
