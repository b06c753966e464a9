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
  // Minutes and two-digit seconds, never negative.
  it.each([[60, "1:00"], [65, "1:05"], [9, "0:09"], [0.2, "0:01"], [-3, "0:00"]] as const)("shows %d seconds as %s", (seconds, shown) => {
    expect(formatCountdown(seconds)).toBe(shown);
  });
});

describe("normalizePhoneCode", () => {
  // Six digits, with spaces or a hyphen, and nothing else.
  it.each(["123456", " 123 456 ", "123-456"])("accepts %j", (typed) => {
    expect(normalizePhoneCode(typed)).toBe("123456");
  });
  it.each(["12345", "1234567", "12345a"])("refuses %j", (typed) => {
    expect(normalizePhoneCode(typed)).toBeNull();
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
