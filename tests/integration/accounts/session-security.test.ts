// Citizen sessions and sign-in on a real database: wrong passwords slow strangers, never a device that
// has signed in to the account before; the idle limit is enforced by the server, not only the cookie;
// a forgotten-password request that matches nothing does the same code work as one that does.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { LAST_SEEN_RESOLUTION_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/domain/session-limits";
import { prisma } from "@/lib/server/db/client";
import { checkCitizenSession } from "@/lib/server/accounts/citizen-session";
import { confirmPasswordResetCode, startPasswordReset } from "@/lib/server/accounts/forgot-password";
import { otpHasher } from "@/lib/server/accounts/one-time-codes";
import { completeCitizenSignIn, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { signOutCitizen } from "@/lib/server/accounts/sign-out";
import { BACKOFF_RULES } from "@/lib/server/rate-limit";
import { createAccount, device, type TestAccount } from "./helpers";

afterAll(() => prisma.$disconnect());
afterEach(() => vi.restoreAllMocks());

async function signInOn(account: TestAccount, deviceHash: string | null, password = account.password) {
  const info = device();
  const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password }, info, new Date(), deviceHash);
  if (!started.ok) return started;
  return completeCitizenSignIn({ ticket: started.ticket }, info);
}

describe("wrong passwords are counted per account and device", () => {
  it("a stranger's guesses make strangers wait, with back-off, while the holder's own phone signs in", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const phone = "1".repeat(64);
    const first = await signInOn(account, phone);
    if (!first.ok) throw new Error(`refused: ${first.code}`);
    expect(await prisma.deviceSession.findUniqueOrThrow({ where: { id: first.deviceSessionId } })).toMatchObject({ deviceHash: phone });
    await signOutCitizen({ accountId: account.id, deviceSessionId: first.deviceSessionId }, device());

    const rule = BACKOFF_RULES.citizenSignIn;
    const stranger = "2".repeat(64);
    for (let i = 0; i <= rule.freeFailures; i++) {
      expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: `doan-${i}` }, device(), new Date(), stranger)).toEqual({ ok: false, code: "invalid" });
    }
    for (const other of [stranger, "3".repeat(64), null]) {
      const refused = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device(), new Date(), other);
      expect(refused).toMatchObject({ ok: false, code: "throttled" });
      if (refused.ok || refused.code !== "throttled") throw new Error("unreachable");
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(rule.baseDelaySeconds);
    }
    // Not a lock on the account: the phone that signed in before is let in at once.
    expect(await signInOn(account, phone)).toMatchObject({ ok: true });

    // The next failure after the wait doubles it.
    const key = `${rule.name}:${account.bhxhCode}:unknown`;
    await prisma.rateLimitBucket.update({ where: { key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: "van-doan" }, device(), new Date(), stranger)).toEqual({ ok: false, code: "invalid" });
    const longer = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device(), new Date(), stranger);
    if (longer.ok || longer.code !== "throttled") throw new Error(`expected throttled, got ${JSON.stringify(longer)}`);
    expect(longer.retryAfterSeconds).toBeGreaterThan(rule.baseDelaySeconds);
    expect(longer.retryAfterSeconds).toBeLessThanOrEqual(rule.baseDelaySeconds * 2);
  });
});

describe("the idle limit is the server's", () => {
  it("a session left alone longer than the idle limit is refused even if its cookie is replayed", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const opened = await signInOn(account, null);
    if (!opened.ok) throw new Error(`refused: ${opened.code}`);
    const cookie = { kind: "citizen", principalId: account.id, deviceSessionId: opened.deviceSessionId };
    const start = Date.now();
    expect(await checkCitizenSession(cookie, new Date(start + 20 * 60_000))).toMatchObject({ ok: true });
    const idle = new Date(start + 20 * 60_000 + (SESSION_IDLE_SECONDS + LAST_SEEN_RESOLUTION_SECONDS + 1) * 1000);
    expect(await checkCitizenSession(cookie, idle)).toEqual({ ok: false, reason: "signedOut" });
  });
});

describe("forgotten password: the same work whether or not the pair matches", () => {
  it("hashes a code and looks one up in both branches, at the start and at the code step", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const hash = vi.spyOn(otpHasher, "hash");
    const queries = vi.spyOn(prisma.oneTimeCode, "findFirst");

    const matched = await startPasswordReset({ bhxhCode: account.bhxhCode, phone: account.phone }, device());
    const matchedWork = { hashes: hash.mock.calls.length, lookups: queries.mock.calls.length };
    hash.mockClear();
    queries.mockClear();
    const unmatched = await startPasswordReset({ bhxhCode: account.bhxhCode, phone: "0901234567" }, device());
    const unmatchedWork = { hashes: hash.mock.calls.length, lookups: queries.mock.calls.length };
    expect(matched).toMatchObject({ ok: true });
    expect(unmatched).toMatchObject({ ok: true });
    expect(matchedWork.hashes).toBeGreaterThan(0);
    expect(unmatchedWork).toEqual(matchedWork);

    // The code step: a wrong code on a real ticket, and any code on a ticket that leads nowhere.
    if (!matched.ok || !unmatched.ok) throw new Error("unreachable");
    hash.mockClear();
    expect(await confirmPasswordResetCode(matched.ticket, "000000", device())).toEqual({ ok: false, code: "otpRejected" });
    const realCheck = hash.mock.calls.length;
    hash.mockClear();
    expect(await confirmPasswordResetCode(unmatched.ticket, "000000", device())).toEqual({ ok: false, code: "otpRejected" });
    expect(realCheck).toBe(1);
    expect(hash.mock.calls.length).toBe(realCheck);
  });
});
