// Staff sessions on the server and staff two-factor authentication, on a real database: sign-out, a
// password change, disabling and the idle timeout end the session for whoever holds a copy of the
// cookie; failed sign-ins slow strangers without locking the officer's own browser; TOTP enrolment,
// codes used once, recovery codes used once, the admin's reset audited; unknown names never in clear.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { Secret, TOTP } from "otpauth";
import { LAST_SEEN_RESOLUTION_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/domain/session-limits";
import { prisma, type StaffUser } from "@/lib/server/db/client";
import { auditUsernameHash } from "@/lib/server/auth/derived-keys";
import { principalFromSession, secondFactorRequired, type StaffPrincipal } from "@/lib/server/auth/staff-access";
import { BACKOFF_RULES } from "@/lib/server/rate-limit";
import { changeStaffPassword } from "@/lib/server/staff/change-staff-password";
import { setStaffUserDisabled } from "@/lib/server/staff/manage-staff-users";
import { completeStaffSignIn, startStaffSignIn, type CompleteStaffSignInResult } from "@/lib/server/staff/sign-in-staff";
import { signOutStaff } from "@/lib/server/staff/staff-sessions";
import { beginTotpEnrolment, confirmTotpEnrolment, decryptTotpSecret, resetStaffSecondFactor, TOTP_PERIOD_SECONDS } from "@/lib/server/staff/totp";
import { DEMO_STAFF_PASSWORD } from "@/tests/factories/demo";
import { createStaffUser, principalOf } from "@/tests/factories/staff";

// Tickets and derived keys come from AUTH_SECRET, which the integration setup does not set.
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

afterAll(() => prisma.$disconnect());

let ipCounter = 0;
const request = () => ({ ip: `203.0.113.${++ipCounter % 250}`, userAgent: "vitest staff sessions" });

type Opened = Extract<CompleteStaffSignInResult, { ok: true }>;

async function signIn(username: string, password = DEMO_STAFF_PASSWORD, deviceHash: string | null = null, code?: string, now = new Date()) {
  const started = await startStaffSignIn({ username, password }, request(), deviceHash, now);
  if (!started.ok) return started;
  return completeStaffSignIn({ ticket: started.ticket, code }, request(), now);
}

async function signedIn(user: StaffUser, deviceHash: string | null = null): Promise<Opened> {
  const done = await signIn(user.username, DEMO_STAFF_PASSWORD, deviceHash);
  if (!done.ok) throw new Error(`sign-in refused: ${done.code}`);
  return done as Opened;
}

/** The session cookie next-auth would hold after this sign-in (a copy of it is the same object). */
const cookieOf = (opened: Opened): Session =>
  ({ kind: "staff", principalId: opened.user.id, staffSessionId: opened.staffSessionId, sessionVersion: opened.user.sessionVersion, expires: new Date(Date.now() + 60_000).toISOString() }) as Session;

let admin: StaffPrincipal;
beforeAll(async () => {
  admin = principalOf(await createStaffUser(prisma, { role: "admin", officeCode: null }));
});

describe("staff sessions end when they should", () => {
  it("signing out revokes the session: a copied cookie stops working, other sessions go on", async () => {
    const user = await createStaffUser(prisma);
    const here = await signedIn(user);
    const elsewhere = await signedIn(user);
    const copy = structuredClone(cookieOf(here));
    const me = await principalFromSession(cookieOf(here));
    expect(me).toMatchObject({ id: user.id, staffSessionId: here.staffSessionId });

    await signOutStaff({ staffUserId: user.id, staffSessionId: here.staffSessionId, officeCode: user.officeCode, username: user.username }, request());
    expect(await principalFromSession(copy)).toBeNull();
    expect(await prisma.staffSession.findUniqueOrThrow({ where: { id: here.staffSessionId } })).toMatchObject({ revokedReason: "signedOut" });
    expect(await principalFromSession(cookieOf(elsewhere))).toMatchObject({ id: user.id });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.signedOut", actorId: user.id } });
    expect(event.data).toMatchObject({ staffSessionId: here.staffSessionId });
  });

  it("a password change ends every session, this one included; its ticket opens one fresh session here", async () => {
    const user = await createStaffUser(prisma);
    const here = await signedIn(user);
    const elsewhere = await signedIn(user);
    const me = (await principalFromSession(cookieOf(here)))!;
    const changed = await changeStaffPassword(me, { currentPassword: DEMO_STAFF_PASSWORD, newPassword: "mùa thu Hà Nội lá vàng rơi" }, request());
    expect(changed).toMatchObject({ ok: true });
    if (!changed.ok) throw new Error("unreachable");
    expect(await principalFromSession(cookieOf(here))).toBeNull();
    expect(await principalFromSession(cookieOf(elsewhere))).toBeNull();
    const fresh = await completeStaffSignIn({ ticket: changed.ticket }, request());
    expect(fresh).toMatchObject({ ok: true });
    expect(await principalFromSession(cookieOf(fresh as Opened))).toMatchObject({ id: user.id });
  });

  it("disabling ends every session at once, and enabling again does not revive them", async () => {
    const user = await createStaffUser(prisma);
    const open = await signedIn(user);
    expect(await setStaffUserDisabled(admin, user.id, true, request())).toMatchObject({ ok: true });
    expect(await prisma.staffSession.findUniqueOrThrow({ where: { id: open.staffSessionId } })).toMatchObject({ revokedReason: "disabled" });
    expect(await setStaffUserDisabled(admin, user.id, false, request())).toMatchObject({ ok: true });
    // Even with the current sessionVersion, the revoked row keeps the cookie dead.
    const current = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(await principalFromSession({ ...cookieOf(open), sessionVersion: current.sessionVersion })).toBeNull();
  });

  it("ends after the idle timeout (and stays ended), but slides while in use", async () => {
    const user = await createStaffUser(prisma);
    const open = await signedIn(user);
    const start = Date.now();
    const minutes = (n: number) => new Date(start + n * 60_000);
    // In use at 20 and 40 minutes: each request moves lastSeenAt, so the session lives on.
    expect(await principalFromSession(cookieOf(open), prisma, minutes(20))).not.toBeNull();
    expect(await principalFromSession(cookieOf(open), prisma, minutes(40))).not.toBeNull();
    // Then left alone past the idle limit.
    const idleEnd = new Date(minutes(40).getTime() + (SESSION_IDLE_SECONDS + LAST_SEEN_RESOLUTION_SECONDS + 1) * 1000);
    expect(await principalFromSession(cookieOf(open), prisma, idleEnd)).toBeNull();
    expect(await prisma.staffSession.findUniqueOrThrow({ where: { id: open.staffSessionId } })).toMatchObject({ revokedReason: "idle" });
    // Coming back "earlier" (a clock skew, a replay) does not bring it back.
    expect(await principalFromSession(cookieOf(open), prisma, minutes(41))).toBeNull();
  });

  it("never accepts a user name and password at the session endpoint without a ticket", async () => {
    const user = await createStaffUser(prisma);
    expect(await completeStaffSignIn({ ticket: undefined }, request())).toEqual({ ok: false, code: "expired" });
    expect(await completeStaffSignIn({ ticket: `${user.username}:${DEMO_STAFF_PASSWORD}` }, request())).toEqual({ ok: false, code: "expired" });
  });
});

describe("failed sign-ins slow strangers, not the officer's own browser", () => {
  it("keys the counter on account and device, backs off exponentially, and says how long to wait", async () => {
    const user = await createStaffUser(prisma);
    const known = "a".repeat(64);
    await signedIn(user, known); // this browser has signed in before
    const rule = BACKOFF_RULES.staffSignIn;
    const attacker = "b".repeat(64);
    for (let i = 0; i <= rule.freeFailures; i++) {
      expect(await startStaffSignIn({ username: user.username, password: `sai-${i}` }, request(), attacker)).toEqual({ ok: false, code: "invalid" });
    }
    // The attacker now waits, even with the right password, and from another unknown browser too.
    for (const device of [attacker, "c".repeat(64), null]) {
      const refused = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), device);
      expect(refused).toMatchObject({ ok: false, code: "throttled" });
      if (refused.ok || refused.code !== "throttled") throw new Error("unreachable");
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(rule.baseDelaySeconds);
    }
    // The officer's own browser is not locked out.
    expect(await signIn(user.username, DEMO_STAFF_PASSWORD, known)).toMatchObject({ ok: true });

    // Each further failure doubles the wait.
    const key = `${rule.name}:${user.username}:unknown`;
    const waits: number[] = [];
    for (let i = 0; i < 2; i++) {
      await prisma.rateLimitBucket.update({ where: { key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
      expect(await startStaffSignIn({ username: user.username, password: "van-sai" }, request(), attacker)).toEqual({ ok: false, code: "invalid" });
      const refused = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), attacker);
      if (refused.ok || refused.code !== "throttled") throw new Error(`expected throttled, got ${JSON.stringify(refused)}`);
      waits.push(refused.retryAfterSeconds);
    }
    expect(waits[0]).toBeGreaterThan(rule.baseDelaySeconds);
    expect(waits[0]).toBeLessThanOrEqual(rule.baseDelaySeconds * 2);
    expect(waits[1]).toBeGreaterThan(rule.baseDelaySeconds * 2);
    expect(waits[1]).toBeLessThanOrEqual(rule.baseDelaySeconds * 4);
  });

  it("stores an unknown user name only as a keyed hash in the audit trail", async () => {
    const typed = `mat-khau-go-nham-${Date.now()}`;
    expect(await startStaffSignIn({ username: typed, password: "whatever-password" }, request(), null)).toEqual({ ok: false, code: "invalid" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.signInFailed" }, orderBy: { id: "desc" } });
    expect(event.data).toEqual({ usernameHash: auditUsernameHash(typed), reason: "unknownUser" });
    expect(JSON.stringify(event.data) + (event.ip ?? "") + (event.userAgent ?? "")).not.toContain(typed);
    expect(auditUsernameHash(typed)).toMatch(/^[0-9a-f]{32}$/);
    // A known user name is kept as it is: it identifies a staff account, not a secret.
    const user = await createStaffUser(prisma);
    await startStaffSignIn({ username: user.username, password: "wrong-password" }, request(), null);
    const known = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.signInFailed", actorId: user.id }, orderBy: { id: "desc" } });
    expect(known.data).toMatchObject({ username: user.username, reason: "wrongPassword" });
  });
});

describe("staff two-factor authentication (TOTP)", () => {
  const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: TOTP_PERIOD_SECONDS }).generate({ timestamp: at.getTime() });

  it("enrols with a confirmed code, keeps the secret encrypted and ten Argon2id recovery codes", async () => {
    const user = await createStaffUser(prisma, { role: "supervisor" });
    const me = principalOf(user);
    const started = await beginTotpEnrolment(me);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.qrSvg).toContain("<svg");
    // Not on until a code confirms it.
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    const wrong = String((Number(codeAt(started.secret, new Date())) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmTotpEnrolment(me, wrong, request())).toEqual({ ok: false, code: "wrongCode" });

    const confirmed = await confirmTotpEnrolment(me, codeAt(started.secret, new Date()), request());
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(started.secret);
    expect(decryptTotpSecret(row.totpSecret!, user.id)).toBe(started.secret);
    // Bound to its user: the same ciphertext does not decrypt for another account.
    expect(decryptTotpSecret(row.totpSecret!, admin.id)).toBeNull();
    expect(row.recoveryCodes.every((c) => c.codeHash.startsWith("$argon2id$"))).toBe(true);
    expect(await prisma.auditEvent.count({ where: { type: "staff.totpEnrolled", actorId: user.id } })).toBe(1);
  });

  it("asks for the code after the password; each code works once; a recovery code works once", async () => {
    const user = await createStaffUser(prisma, { role: "admin", officeCode: null });
    const me = principalOf(user);
    const { secret } = await beginTotpEnrolment(me);
    const enrolledAt = new Date();
    const confirmed = await confirmTotpEnrolment(me, codeAt(secret, enrolledAt), request(), enrolledAt);
    if (!confirmed.ok) throw new Error(confirmed.code);

    const started = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), null);
    expect(started).toMatchObject({ ok: true, codeRequired: true });
    if (!started.ok) throw new Error("unreachable");
    expect(await completeStaffSignIn({ ticket: started.ticket }, request())).toEqual({ ok: false, code: "codeRequired" });
    // The code used to enrol cannot be used again (same 30-second step).
    expect(await completeStaffSignIn({ ticket: started.ticket, code: codeAt(secret, enrolledAt) }, request(), enrolledAt)).toEqual({ ok: false, code: "codeWrong" });
    const later = new Date(enrolledAt.getTime() + TOTP_PERIOD_SECONDS * 1000);
    const opened = await completeStaffSignIn({ ticket: started.ticket, code: codeAt(secret, later) }, request(), later);
    expect(opened).toMatchObject({ ok: true });
    expect(await principalFromSession(cookieOf(opened as Opened))).toMatchObject({ id: user.id });
    // The same code again (a replay, a second tab) is refused.
    expect(await completeStaffSignIn({ ticket: started.ticket, code: codeAt(secret, later) }, request(), later)).toEqual({ ok: false, code: "codeWrong" });

    const recovery = confirmed.recoveryCodes[3]!;
    const typed = ` ${recovery.toLowerCase().replace("-", " ")} `; // case, spaces and dashes do not matter
    expect(await completeStaffSignIn({ ticket: started.ticket, code: typed }, request(), later)).toMatchObject({ ok: true });
    expect(await completeStaffSignIn({ ticket: started.ticket, code: recovery }, request(), later)).toEqual({ ok: false, code: "codeWrong" });
    const used = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.recoveryCodeUsed", actorId: user.id } });
    expect(used.data).toMatchObject({ recoveryCodesLeft: 9 });
    expect(JSON.stringify(used.data)).not.toContain(recovery);
  });

  it("throttles wrong codes with back-off", async () => {
    const user = await createStaffUser(prisma);
    const me = principalOf(user);
    const { secret } = await beginTotpEnrolment(me);
    expect(await confirmTotpEnrolment(me, codeAt(secret, new Date()), request())).toMatchObject({ ok: true });
    const started = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), null);
    if (!started.ok) throw new Error("unreachable");
    for (let i = 0; i <= BACKOFF_RULES.staffSecondFactor.freeFailures; i++) {
      expect(await completeStaffSignIn({ ticket: started.ticket, code: "000000" === codeAt(secret, new Date()) ? "111111" : "000000" }, request())).toEqual({ ok: false, code: "codeWrong" });
    }
    const refused = await completeStaffSignIn({ ticket: started.ticket, code: codeAt(secret, new Date(Date.now() + 30_000)) }, request());
    expect(refused).toMatchObject({ ok: false, code: "throttled" });
  });

  it("an admin resets a lost authenticator: codes deleted, sessions ended, audited; nobody else can", async () => {
    const user = await createStaffUser(prisma, { role: "supervisor" });
    const me = principalOf(user);
    const { secret } = await beginTotpEnrolment(me);
    const confirmed = await confirmTotpEnrolment(me, codeAt(secret, new Date()), request());
    expect(confirmed).toMatchObject({ ok: true });
    const started = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), null);
    if (!started.ok) throw new Error("unreachable");
    const open = await completeStaffSignIn({ ticket: started.ticket, code: (confirmed as { recoveryCodes: string[] }).recoveryCodes[0] }, request());
    expect(open).toMatchObject({ ok: true });

    const supervisor = principalOf(await createStaffUser(prisma, { role: "supervisor" }));
    expect(await resetStaffSecondFactor(supervisor, user.id, request())).toEqual({ ok: false, code: "forbidden" });
    expect(await resetStaffSecondFactor(admin, admin.id, request())).toEqual({ ok: false, code: "cannotChangeSelf" });
    expect(await resetStaffSecondFactor(admin, user.id, request())).toEqual({ ok: true });

    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null });
    expect(await prisma.staffRecoveryCode.count({ where: { staffUserId: user.id } })).toBe(0);
    expect(await principalFromSession(cookieOf(open as Opened))).toBeNull();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.totpReset", actorId: admin.id }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ staffUserId: user.id, wasEnabled: true, recoveryCodesDeleted: 10, sessionsEnded: 1 });
    // The password alone signs in again (no code asked) until they enrol anew.
    expect(await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, request(), null)).toMatchObject({ ok: true, codeRequired: false });
  });

  it("is required for supervisors and admins in production only", () => {
    expect(secondFactorRequired({ role: "supervisor" }, "production")).toBe(true);
    expect(secondFactorRequired({ role: "admin" }, "production")).toBe(true);
    expect(secondFactorRequired({ role: "officer" }, "production")).toBe(false);
    expect(secondFactorRequired({ role: "admin" }, "demo")).toBe(false);
  });
});
