// Forgotten password on real PostgreSQL and the real outbox: neutral answers, the SMS code, the new
// password, every session revoked, and a ticket that works once.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { checkCitizenSession } from "@/lib/server/accounts/citizen-session";
import {
  confirmPasswordResetCode,
  resendPasswordResetCode,
  resetForgottenPassword,
  startPasswordReset,
} from "@/lib/server/accounts/forgot-password";
import { completeCitizenSignIn, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { readTicket } from "@/lib/server/accounts/tickets";
import { codeFromSms, createAccount, device, later, wrongCode } from "./helpers";

afterAll(() => prisma.$disconnect());

const NEW_PASSWORD = "hoa sữa nở cuối thu";

describe("forgotten password", () => {
  it("answers a wrong phone or an unknown code exactly like a match, and sends nothing", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const before = await prisma.notification.count();
    const wrongPhone = await startPasswordReset({ bhxhCode: account.bhxhCode, phone: "0901234567" }, device());
    const unknown = await startPasswordReset({ bhxhCode: "0000000001", phone: account.phone }, device());
    for (const answer of [wrongPhone, unknown]) {
      expect(answer).toMatchObject({ ok: true, ticket: expect.any(String), resendAt: expect.any(Date) });
    }
    expect(await prisma.notification.count()).toBe(before);
    expect(await prisma.oneTimeCode.count({ where: { accountId: account.id } })).toBe(0);

    // The ticket leads nowhere, with the same answer as a wrong code would get.
    if (!wrongPhone.ok) throw new Error("unreachable");
    expect(await confirmPasswordResetCode(wrongPhone.ticket, "123456", device())).toEqual({ ok: false, code: "otpRejected" });
    expect(await resendPasswordResetCode(wrongPhone.ticket, device(), later(new Date(), 61_000))).toMatchObject({ ok: true });
    expect(await prisma.notification.count()).toBe(before);
  });

  it("sends a code to the registered phone, then sets the new password and signs every device out", async () => {
    const account = await createAccount({ mustChangePassword: true });
    // A device signed in before the reset.
    const info = device();
    const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, info);
    if (!started.ok) throw new Error("refused");
    const signedIn = await completeCitizenSignIn({ ticket: started.ticket }, info);
    if (!signedIn.ok) throw new Error("refused");

    // The phone may be typed in its national form, with spaces.
    const national = `0${account.phone.slice(3, 6)} ${account.phone.slice(6)}`;
    const reset = await startPasswordReset({ bhxhCode: account.bhxhCode, phone: national }, device());
    if (!reset.ok) throw new Error("refused");
    const challengeId = readTicket(reset.ticket)!.challengeId!;
    const code = await codeFromSms(challengeId);
    const sms = await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `otp:${challengeId}:sms` } });
    expect(sms.recipient).toBe(account.phone);

    expect(await confirmPasswordResetCode(reset.ticket, wrongCode(code), device())).toEqual({ ok: false, code: "otpRejected" });
    // Without a confirmed code, the password cannot be set.
    expect(await resetForgottenPassword(reset.ticket, NEW_PASSWORD, device())).toEqual({ ok: false, code: "expired" });
    const confirmed = await confirmPasswordResetCode(reset.ticket, code, device());
    if (!confirmed.ok) throw new Error("code refused");

    expect(await resetForgottenPassword(confirmed.ticket, "12345678", device())).toEqual({ ok: false, code: "policy", problems: ["common"] });
    // The password it replaces is refused too, though the person never typed it here.
    expect(await resetForgottenPassword(confirmed.ticket, account.password, device())).toEqual({ ok: false, code: "policy", problems: ["sameAsPrevious"] });
    expect(await resetForgottenPassword(confirmed.ticket, NEW_PASSWORD, device())).toEqual({ ok: true, bhxhCode: account.bhxhCode });

    expect(await checkCitizenSession({ kind: "citizen", principalId: account.id, deviceSessionId: signedIn.deviceSessionId })).toEqual({
      ok: false,
      reason: "passwordReset",
    });
    const row = await prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(await prisma.auditEvent.count({ where: { type: "account.passwordReset", actorId: account.id } })).toBe(1);

    // Works once.
    expect(await resetForgottenPassword(confirmed.ticket, "một mật khẩu khác nữa", device())).toEqual({ ok: false, code: "expired" });
    // The new password signs in, with no code to ask since no device is left signed in.
    const again = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: NEW_PASSWORD }, device());
    expect(again).toMatchObject({ ok: true, otp: null });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toEqual({ ok: false, code: "invalid" });
  });

  it("the reset code expires after 5 minutes and allows 5 tries", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const t0 = new Date();
    const reset = await startPasswordReset({ bhxhCode: account.bhxhCode, phone: account.phone }, device(), t0);
    if (!reset.ok) throw new Error("refused");
    const code = await codeFromSms(readTicket(reset.ticket)!.challengeId!);
    expect(await confirmPasswordResetCode(reset.ticket, code, device(), later(t0, 5 * 60_000 + 1000))).toEqual({ ok: false, code: "otpRejected" });
    for (let i = 0; i < 5; i++) expect(await confirmPasswordResetCode(reset.ticket, wrongCode(code), device(), t0)).toEqual({ ok: false, code: "otpRejected" });
    expect(await confirmPasswordResetCode(reset.ticket, code, device(), t0)).toEqual({ ok: false, code: "otpRejected" });
  });

  it("throttles requests per IP", async () => {
    const info = device();
    for (let i = 0; i < 10; i++) expect(await startPasswordReset({ bhxhCode: String(2_000_000_000 + i), phone: "0912000000" }, info)).toMatchObject({ ok: true });
    expect(await startPasswordReset({ bhxhCode: "2000000999", phone: "0912000000" }, info)).toMatchObject({ ok: false, code: "throttled" });
  });
});
