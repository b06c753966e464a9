// Citizen sign-in on real PostgreSQL, real Argon2id and the real outbox: throttling, the temporary
// password, rotation, one device at a time with an OTP (expiry, attempts, single use, resend).
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { RATE_LIMITS } from "@/lib/server/rate-limit";
import { generateTemporaryPassword, groupTemporaryPassword, PASSWORD_PROOF_MINUTES } from "@/lib/domain/password-policy";
import { changePassword } from "@/lib/server/accounts/change-password";
import { checkCitizenSession } from "@/lib/server/accounts/citizen-session";
import { OTP_MAX_ATTEMPTS, OTP_VALID_SECONDS } from "@/lib/server/accounts/one-time-codes";
import { completeCitizenSignIn, DIRECT_TICKET_SECONDS, resendSignInCode, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { signOutCitizen } from "@/lib/server/accounts/sign-out";
import { openStored } from "@/lib/server/notifications/secret-box";
import { codeFromSms, createAccount, DAY_MS, device, later, wrongCode, type TestAccount } from "./helpers";

afterAll(() => prisma.$disconnect());

/** Signs in with no other device active: the whole flow without an OTP. */
async function signInDirectly(account: TestAccount, info = device(), password = account.password) {
  const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password }, info);
  if (!started.ok) throw new Error(`start refused: ${started.code}`);
  expect(started.otp).toBeNull();
  const done = await completeCitizenSignIn({ ticket: started.ticket }, info);
  if (!done.ok) throw new Error(`complete refused: ${done.code}`);
  return done;
}

/** Starts a sign-in while another device is active: the OTP step, with the code the SMS carries. */
async function startOtpSignIn(account: TestAccount, info: ReturnType<typeof device>, now?: Date) {
  const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, info, now);
  if (!started.ok || !started.otp) throw new Error("expected an OTP step");
  return { ticket: started.ticket, otp: started.otp, code: await codeFromSms(started.otp.challengeId) };
}

const session = (accountId: string, deviceSessionId: string) => ({ kind: "citizen", principalId: accountId, deviceSessionId });

describe("throttling", () => {
  // Per-account throttling is keyed on account and device, with back-off: session-security.test.ts.

  it("refuses an IP after 30 tries in 15 minutes, whatever the accounts", async () => {
    const info = device();
    for (let i = 0; i < RATE_LIMITS.citizenSignInPerIp.limit; i++) {
      const code = String(1_000_000_000 + i * 7);
      expect(await startCitizenSignIn({ bhxhCode: code, password: "whatever-password" }, info)).toEqual({ ok: false, code: "invalid" });
    }
    const account = await createAccount();
    const refused = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, info);
    expect(refused).toMatchObject({ ok: false, code: "throttled" });
    if (refused.ok || refused.code !== "throttled") throw new Error("unreachable");
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS.citizenSignInPerIp.windowSeconds);
    // Another IP is not affected.
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toMatchObject({ ok: true });
  });

  it("gives the same answer for an unknown BHXH code and a wrong password, and audits both", async () => {
    const account = await createAccount();
    expect(await startCitizenSignIn({ bhxhCode: "9999999999", password: account.password }, device())).toEqual({ ok: false, code: "invalid" });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: "not-the-password" }, device())).toEqual({ ok: false, code: "invalid" });
    const failures = await prisma.auditEvent.findMany({ where: { type: "account.signInFailed", actorId: account.id } });
    expect(failures.map((f) => (f.data as { reason: string }).reason)).toEqual(["wrongPassword"]);
  });

  it("a temporary password is accepted as the SMS shows it (grouped, any case) but a real password is not loosened", async () => {
    const account = await createAccount({ mustChangePassword: true });
    const typed = groupTemporaryPassword(account.password).toLowerCase();
    expect(typed).not.toBe(account.password);
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: typed }, device())).toMatchObject({ ok: true });
    const settled = await createAccount({ mustChangePassword: false, password: generateTemporaryPassword() });
    expect(await startCitizenSignIn({ bhxhCode: settled.bhxhCode, password: groupTemporaryPassword(settled.password) }, device())).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses a locked account after the right password", async () => {
    const account = await createAccount({ status: "locked" });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toEqual({ ok: false, code: "locked", reasonCode: null });
  });
});

describe("the temporary password and rotation", () => {
  it("signs in with the temporary password, must change it, refuses it as the new one, then lets the person in", async () => {
    const account = await createAccount({ mustChangePassword: true });
    const info = device();
    const signedIn = await signInDirectly(account, info);
    expect(signedIn.name).toBe(account.fullName);
    const check = await checkCitizenSession(session(account.id, signedIn.deviceSessionId));
    expect(check).toMatchObject({ ok: true, principal: { mustChangePassword: true, passwordExpired: false } });

    const base = { accountId: account.id, deviceSessionId: signedIn.deviceSessionId, currentPassword: account.password };
    expect(await changePassword({ ...base, newPassword: account.password }, info)).toEqual({ ok: false, code: "policy", problems: ["sameAsPrevious"] });
    expect(await changePassword({ ...base, newPassword: "password" }, info)).toEqual({ ok: false, code: "policy", problems: ["common"] });
    expect(await changePassword({ ...base, newPassword: `my ${account.bhxhCode} pass` }, info)).toMatchObject({ code: "policy", problems: ["containsBhxhCode"] });
    expect(await changePassword({ ...base, currentPassword: "not-it-at-all", newPassword: "mây trắng bay trên đồi" }, info)).toEqual({ ok: false, code: "wrongCurrent" });
    const changed = await changePassword({ ...base, newPassword: "mây trắng bay trên đồi" }, info);
    expect(changed).toMatchObject({ ok: true });
    if (!changed.ok) throw new Error("unreachable");
    // The session is rotated: the old cookie is worthless, the ticket opens a new one for this device.
    expect(await checkCitizenSession(session(account.id, signedIn.deviceSessionId))).toEqual({ ok: false, reason: "rotated" });
    const rotated = await completeCitizenSignIn({ ticket: changed.ticket }, info);
    if (!rotated.ok) throw new Error(`rotation refused: ${rotated.code}`);
    expect(rotated.deviceSessionId).not.toBe(signedIn.deviceSessionId);
    // The ticket opens one session only.
    expect(await completeCitizenSignIn({ ticket: changed.ticket }, info)).toEqual({ ok: false, code: "otpRequired" });

    const after = await checkCitizenSession(session(account.id, rotated.deviceSessionId));
    expect(after).toMatchObject({ ok: true, principal: { mustChangePassword: false, passwordExpired: false, passwordReminderDays: null } });
    const row = await prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(Date.now() - row.passwordChangedAt.getTime()).toBeLessThan(10_000);
    expect(await prisma.auditEvent.count({ where: { type: "account.passwordChanged", actorId: account.id } })).toBe(1);

    // The old (temporary) password no longer signs in; the new one does.
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toEqual({ ok: false, code: "invalid" });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: "mây trắng bay trên đồi" }, device())).toMatchObject({ ok: true });
  });

  it("the forced first change minutes after signing in does not ask for the temporary password again; later, or a voluntary change, does", async () => {
    const account = await createAccount({ mustChangePassword: true });
    const info = device();
    const signedIn = await signInDirectly(account, info);
    const proven = await prisma.deviceSession.findUniqueOrThrow({ where: { id: signedIn.deviceSessionId } });
    expect(proven.passwordProvenAt).not.toBeNull();
    const base = { accountId: account.id, deviceSessionId: signedIn.deviceSessionId };
    const at = (minutes: number) => later(proven.passwordProvenAt!, minutes * 60_000);
    // Too late: the proof is PASSWORD_PROOF_MINUTES old.
    expect(await changePassword({ ...base, newPassword: "mây trắng bay trên đồi" }, info, at(PASSWORD_PROOF_MINUTES + 1))).toEqual({ ok: false, code: "currentRequired" });
    // In time, the temporary password is still refused as the new one (compared with its hash), with the other problems.
    expect(await changePassword({ ...base, newPassword: account.password }, info, at(2))).toEqual({ ok: false, code: "policy", problems: ["sameAsPrevious"] });
    const changed = await changePassword({ ...base, newPassword: "mây trắng bay trên đồi" }, info, at(2));
    expect(changed).toMatchObject({ ok: true });
    expect(await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ mustChangePassword: false });

    // A voluntary change (no temporary password) always asks for the current one, even right after signing in.
    const settled = await createAccount({ mustChangePassword: false, password: "mây trắng bay trên đồi" });
    const again = await signInDirectly(settled, info);
    expect(await changePassword({ accountId: settled.id, deviceSessionId: again.deviceSessionId, newPassword: "một câu khác dài hơn nữa" }, info)).toEqual({ ok: false, code: "currentRequired" });
  });

  it("changing the password signs out every other session", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const signedIn = await signInDirectly(account);
    // A second session that somehow exists (e.g. opened just before the one-device rule applied).
    const other = await prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Firefox · Linux" } });
    const result = await changePassword(
      { accountId: account.id, deviceSessionId: signedIn.deviceSessionId, currentPassword: account.password, newPassword: "một mật khẩu dài và mới" },
      device(),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await checkCitizenSession(session(account.id, other.id))).toEqual({ ok: false, reason: "passwordChanged" });
    // A copy of this device's cookie stops working too (it is rotated, not kept).
    expect(await checkCitizenSession(session(account.id, signedIn.deviceSessionId))).toEqual({ ok: false, reason: "rotated" });
  });

  it("a password 184 days old must be changed; at 170 days a reminder shows the days left", async () => {
    const now = new Date();
    const old = await createAccount({ mustChangePassword: false, passwordChangedAt: new Date(now.getTime() - 184 * DAY_MS) });
    const oldSession = await signInDirectly(old);
    expect(await checkCitizenSession(session(old.id, oldSession.deviceSessionId), now)).toMatchObject({
      ok: true,
      principal: { mustChangePassword: false, passwordExpired: true, passwordReminderDays: null },
    });

    const ageing = await createAccount({ mustChangePassword: false, passwordChangedAt: new Date(now.getTime() - 170 * DAY_MS) });
    const ageingSession = await signInDirectly(ageing);
    expect(await checkCitizenSession(session(ageing.id, ageingSession.deviceSessionId), now)).toMatchObject({
      ok: true,
      principal: { passwordExpired: false, passwordReminderDays: 13 },
    });

    const fresh = await createAccount({ mustChangePassword: false, passwordChangedAt: new Date(now.getTime() - 100 * DAY_MS) });
    const freshSession = await signInDirectly(fresh);
    expect(await checkCitizenSession(session(fresh.id, freshSession.deviceSessionId), now)).toMatchObject({
      ok: true,
      principal: { passwordExpired: false, passwordReminderDays: null },
    });
  });
});

describe("one device at a time", () => {
  it("a second device needs the SMS code; confirming it signs the first device out with the reason", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const phone = device("Chrome Android");
    const first = await signInDirectly(account, phone);
    expect(await checkCitizenSession(session(account.id, first.deviceSessionId))).toMatchObject({ ok: true });

    const computer = device("Edge Windows");
    const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, computer);
    if (!started.ok || !started.otp) throw new Error("expected an OTP step");
    expect(started.otp.maskedPhone).toBe(`*******${account.phone.slice(-3)}`);
    const code = await codeFromSms(started.otp.challengeId);
    const sms = await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `otp:${started.otp.challengeId}:sms` } });
    expect(sms).toMatchObject({ recipient: account.phone, accountId: account.id, status: "pending" });
    expect(sms.body).not.toContain(code); // sealed in the table (secret-box.ts)
    expect(openStored(sms).body.length).toBeLessThanOrEqual(160);
    const stored = await prisma.oneTimeCode.findUniqueOrThrow({ where: { id: started.otp.challengeId } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(OTP_VALID_SECONDS * 1000);

    // Without the code, or with the ticket alone, nothing opens; the first device is untouched.
    expect(await completeCitizenSignIn({ ticket: started.ticket }, computer)).toMatchObject({ ok: false, code: "otpWrong", attemptsLeft: 4 });
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: wrongCode(code) }, computer)).toMatchObject({ ok: false, code: "otpWrong", attemptsLeft: 3 });
    expect(await checkCitizenSession(session(account.id, first.deviceSessionId))).toMatchObject({ ok: true });

    const second = await completeCitizenSignIn({ ticket: started.ticket, otp: code }, computer);
    if (!second.ok) throw new Error(`refused: ${second.code}`);
    expect(await checkCitizenSession(session(account.id, first.deviceSessionId))).toEqual({ ok: false, reason: "otherDevice" });
    expect(await checkCitizenSession(session(account.id, second.deviceSessionId))).toMatchObject({ ok: true });
    const sessions = await prisma.deviceSession.findMany({ where: { accountId: account.id }, orderBy: { createdAt: "asc" } });
    expect(sessions.map((s) => [s.deviceLabel, s.revokedReason])).toEqual([
      ["Chrome · Android", "otherDevice"],
      ["Edge · Windows", null],
    ]);
    expect(sessions[1]!.ip).toBe(computer.ip);
  });

  it("the code is single use: the same ticket and code do not open a second session", async () => {
    const account = await createAccount({ mustChangePassword: false });
    await signInDirectly(account);
    const info = device();
    const { code, ...started } = await startOtpSignIn(account, info);
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: code }, info)).toMatchObject({ ok: true });
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: code }, info)).toEqual({ ok: false, code: "otpUsed" });
    expect(await prisma.deviceSession.count({ where: { accountId: account.id, revokedAt: null } })).toBe(1);
  });

  it("the code expires after 5 minutes: refused at 5 min + 1 s, accepted at 5 min − 1 s", async () => {
    const account = await createAccount({ mustChangePassword: false });
    await signInDirectly(account);
    const t0 = new Date();
    const info = device();
    const { code, ...started } = await startOtpSignIn(account, info, t0);
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: code }, info, later(t0, OTP_VALID_SECONDS * 1000 + 1000))).toEqual({ ok: false, code: "otpExpired" });
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: code }, info, later(t0, OTP_VALID_SECONDS * 1000 - 1000))).toMatchObject({ ok: true });
  });

  it("allows 5 tries: the 6th is refused even with the right code", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const first = await signInDirectly(account);
    const info = device();
    const { code, ...started } = await startOtpSignIn(account, info);
    for (let i = 1; i <= OTP_MAX_ATTEMPTS; i++) {
      expect(await completeCitizenSignIn({ ticket: started.ticket, otp: wrongCode(code) }, info)).toEqual({ ok: false, code: "otpWrong", attemptsLeft: OTP_MAX_ATTEMPTS - i });
    }
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: code }, info)).toEqual({ ok: false, code: "otpTooManyAttempts" });
    expect(await checkCitizenSession(session(account.id, first.deviceSessionId))).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { type: "account.otpFailed", actorId: account.id } })).toBe(OTP_MAX_ATTEMPTS + 1);
  });

  it("resends at most once a minute and 3 codes per 15 minutes; only the newest code works", async () => {
    const account = await createAccount({ mustChangePassword: false });
    await signInDirectly(account);
    const t0 = new Date();
    const info = device();
    const { code: firstCode, ...started } = await startOtpSignIn(account, info, t0);

    const tooSoon = await resendSignInCode(started.ticket, info, later(t0, 30_000));
    expect(tooSoon).toEqual({ ok: false, code: "otpThrottled", retryAfterSeconds: 30 });

    const resent = await resendSignInCode(started.ticket, info, later(t0, 61_000));
    if (!resent.ok) throw new Error(`resend refused: ${resent.code}`);
    expect(resent.otp.challengeId).not.toBe(started.otp.challengeId);
    const secondCode = await codeFromSms(resent.otp.challengeId);
    // The first ticket names a replaced code: it can neither resend nor sign in.
    expect(await resendSignInCode(started.ticket, info, later(t0, 200_000))).toEqual({ ok: false, code: "expired" });
    expect(await completeCitizenSignIn({ ticket: started.ticket, otp: firstCode }, info, later(t0, 62_000))).toEqual({ ok: false, code: "otpUsed" });

    const third = await resendSignInCode(resent.ticket, info, later(t0, 122_000));
    if (!third.ok) throw new Error(`resend refused: ${third.code}`);
    // A 4th code within 15 minutes is over RATE_LIMITS.otpSendPerAccount (3).
    const fourth = await resendSignInCode(third.ticket, info, later(t0, 183_000));
    expect(fourth).toMatchObject({ ok: false, code: "otpThrottled" });
    expect(await prisma.notification.count({ where: { accountId: account.id, template: "otp" } })).toBe(3);

    expect(await completeCitizenSignIn({ ticket: resent.ticket, otp: secondCode }, info, later(t0, 184_000))).toEqual({ ok: false, code: "otpUsed" });
    const thirdCode = await codeFromSms(third.otp.challengeId);
    expect(await completeCitizenSignIn({ ticket: third.ticket, otp: thirdCode }, info, later(t0, 185_000))).toMatchObject({ ok: true });
  });

  it("trusts nothing from the client: forged, stale or replayed tickets are refused", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const info = device();
    const t0 = new Date();
    const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, info, t0);
    if (!started.ok) throw new Error("refused");
    const [payload, signature] = started.ticket.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), accountId: crypto.randomUUID() })).toString("base64url");
    expect(await completeCitizenSignIn({ ticket: `${forgedPayload}.${signature}` }, info)).toEqual({ ok: false, code: "expired" });
    expect(await completeCitizenSignIn({ ticket: "not-a-ticket" }, info)).toEqual({ ok: false, code: "expired" });
    expect(await completeCitizenSignIn({ ticket: started.ticket }, info, later(t0, (DIRECT_TICKET_SECONDS + 1) * 1000))).toEqual({ ok: false, code: "expired" });
    const done = await completeCitizenSignIn({ ticket: started.ticket }, info, t0);
    expect(done).toMatchObject({ ok: true });
    // Replayed: a device is now signed in, so the same ticket needs a code it does not have.
    expect(await completeCitizenSignIn({ ticket: started.ticket }, info, t0)).toEqual({ ok: false, code: "otpRequired" });
  });

  it("signing out revokes this device's session", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const info = device();
    const signedIn = await signInDirectly(account, info);
    await signOutCitizen({ accountId: account.id, deviceSessionId: signedIn.deviceSessionId }, info);
    expect(await checkCitizenSession(session(account.id, signedIn.deviceSessionId))).toEqual({ ok: false, reason: "signedOut" });
    // With no device left, the next sign-in needs no code.
    await signInDirectly(account);
  });

  it("updates lastSeenAt at most once a minute", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const signedIn = await signInDirectly(account);
    const created = (await prisma.deviceSession.findUniqueOrThrow({ where: { id: signedIn.deviceSessionId } })).lastSeenAt;
    await checkCitizenSession(session(account.id, signedIn.deviceSessionId), later(created, 30_000));
    expect((await prisma.deviceSession.findUniqueOrThrow({ where: { id: signedIn.deviceSessionId } })).lastSeenAt).toEqual(created);
    await checkCitizenSession(session(account.id, signedIn.deviceSessionId), later(created, 61_000));
    expect((await prisma.deviceSession.findUniqueOrThrow({ where: { id: signedIn.deviceSessionId } })).lastSeenAt).toEqual(later(created, 61_000));
  });

  it("a session whose device went idle does not ask the next sign-in for a code", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const first = await signInDirectly(account);
    await prisma.deviceSession.update({ where: { id: first.deviceSessionId }, data: { lastSeenAt: new Date(Date.now() - 40 * 60 * 1000) } });
    const second = await signInDirectly(account);
    expect(await checkCitizenSession(session(account.id, first.deviceSessionId))).toEqual({ ok: false, reason: "otherDevice" });
    expect(await checkCitizenSession(session(account.id, second.deviceSessionId))).toMatchObject({ ok: true });
  });
});
