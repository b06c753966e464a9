// The proxy slides a session cookie's expiry only while the database holds the session open, on a real
// database and through the exported `proxy` itself: a page request still carrying the cookie of a session a
// password change, a sign-out or another device has ended gets no Set-Cookie (re-issuing it after the new
// cookie would sign the person out), a live session's cookie is re-issued, and anonymous visitors and
// prefetches cost no database read.
import { codeFromSms, createAccount, device, type TestAccount } from "../accounts/helpers";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest, type NextFetchEvent } from "next/server";
import { proxy } from "@/proxy";
import { useSecureCookies } from "@/lib/server/auth/auth.config";
import { changePassword } from "@/lib/server/accounts/change-password";
import { completeCitizenSignIn, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { signOutCitizen } from "@/lib/server/accounts/sign-out";
import { prisma } from "@/lib/server/db/client";
import { completeStaffSignIn, startStaffSignIn } from "@/lib/server/staff/sign-in-staff";
import { signOutStaff } from "@/lib/server/staff/staff-sessions";
import { DEMO_STAFF_PASSWORD } from "@/tests/factories/demo";
import { createStaffUser } from "@/tests/factories/staff";

afterAll(() => prisma.$disconnect());
afterEach(() => vi.restoreAllMocks());

const COOKIE = `${useSecureCookies ? "__Secure-" : ""}authjs.session-token`;
const NEW_PASSWORD = "mây trắng bay trên đồi";

/** The session cookie Auth.js would have set for these claims (auth.config.ts's jwt callback). */
async function sessionCookie(claims: Record<string, unknown>): Promise<string> {
  const token = await encode({ token: { sub: claims.userId as string, signedInAt: Math.floor(Date.now() / 1000), ...claims }, secret: process.env.AUTH_SECRET!, salt: COOKIE });
  return `${COOKIE}=${token}; lang=vi`;
}

async function pageRequest(cookie: string | null, headers: Record<string, string> = {}): Promise<Response> {
  const request = new NextRequest("http://localhost:3000/tai-khoan", { headers: { host: "localhost:3000", ...(cookie ? { cookie } : {}), ...headers } });
  return (await proxy(request, {} as NextFetchEvent)) as Response;
}

/** The Set-Cookie lines for the session cookie (one per chunk), whatever they set it to. */
const sessionCookiesSet = (response: Response) => response.headers.getSetCookie().filter((line) => line.startsWith(`${COOKIE}=`) || line.startsWith(`${COOKIE}.`));

async function citizenSignIn(account: TestAccount, password = account.password) {
  const info = device();
  const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password }, info);
  if (!started.ok) throw new Error(`sign-in refused: ${started.code}`);
  // Another live session on the account: the code sent to the phone, as the person would type it.
  const otp = started.otp ? await codeFromSms(started.otp.challengeId) : undefined;
  const done = await completeCitizenSignIn({ ticket: started.ticket, otp }, info);
  if (!done.ok) throw new Error(`sign-in refused: ${done.code}`);
  return { info, deviceSessionId: done.deviceSessionId, cookie: await sessionCookie({ kind: "citizen", userId: account.id, deviceSessionId: done.deviceSessionId }) };
}

describe("a citizen's session cookie", () => {
  it("after a password change: the old session's cookie is not re-issued, the new one's is", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const before = await citizenSignIn(account);
    const live = await pageRequest(before.cookie);
    expect(live.status).toBe(200);
    expect(sessionCookiesSet(live)).toHaveLength(1);
    expect(sessionCookiesSet(live)[0]).toMatch(/Expires=/i);

    const changed = await changePassword({ accountId: account.id, deviceSessionId: before.deviceSessionId, currentPassword: account.password, newPassword: NEW_PASSWORD }, before.info);
    if (!changed.ok) throw new Error(`change refused: ${changed.code}`);
    const rotated = await completeCitizenSignIn({ ticket: changed.ticket }, before.info);
    if (!rotated.ok) throw new Error(`rotation refused: ${rotated.code}`);

    // A navigation still in flight with the old cookie: answered, with no cookie to undo the new one.
    const stale = await pageRequest(before.cookie);
    expect(stale.status).toBe(200);
    expect(stale.headers.get("content-security-policy")).toContain("nonce-");
    expect(stale.headers.getSetCookie()).toEqual([]);

    const after = await pageRequest(await sessionCookie({ kind: "citizen", userId: account.id, deviceSessionId: rotated.deviceSessionId }));
    expect(sessionCookiesSet(after)).toHaveLength(1);
  });

  it("signed out, taken over by another device, or named for another account: not re-issued", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const signedOut = await citizenSignIn(account);
    await signOutCitizen({ accountId: account.id, deviceSessionId: signedOut.deviceSessionId }, signedOut.info);
    expect((await pageRequest(signedOut.cookie)).headers.getSetCookie()).toEqual([]);

    const first = await citizenSignIn(account);
    const second = await citizenSignIn(account); // one device at a time: the first is revoked ("otherDevice")
    expect((await pageRequest(first.cookie)).headers.getSetCookie()).toEqual([]);
    expect(sessionCookiesSet(await pageRequest(second.cookie))).toHaveLength(1);

    const stranger = await createAccount({ mustChangePassword: false });
    const forged = await sessionCookie({ kind: "citizen", userId: stranger.id, deviceSessionId: second.deviceSessionId });
    expect((await pageRequest(forged)).headers.getSetCookie()).toEqual([]);
  });

  it("a session left idle past the limit in the database is not re-issued", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const opened = await citizenSignIn(account);
    await prisma.deviceSession.update({ where: { id: opened.deviceSessionId }, data: { lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    expect((await pageRequest(opened.cookie)).headers.getSetCookie()).toEqual([]);
  });
});

describe("a staff session cookie", () => {
  it("is re-issued while its StaffSession is open, not after signing out", async () => {
    const user = await createStaffUser(prisma);
    const info = { ip: "203.0.113.77", userAgent: "vitest proxy" };
    const started = await startStaffSignIn({ username: user.username, password: DEMO_STAFF_PASSWORD }, info, null);
    if (!started.ok) throw new Error(`sign-in refused: ${started.code}`);
    const opened = await completeStaffSignIn({ ticket: started.ticket }, info);
    if (!opened.ok) throw new Error(`sign-in refused: ${opened.code}`);
    const cookie = await sessionCookie({ kind: "staff", userId: user.id, staffSessionId: opened.staffSessionId, sessionVersion: user.sessionVersion });
    expect(sessionCookiesSet(await pageRequest(cookie))).toHaveLength(1);

    await signOutStaff({ staffUserId: user.id, staffSessionId: opened.staffSessionId, officeCode: user.officeCode, username: user.username }, info);
    expect((await pageRequest(cookie)).headers.getSetCookie()).toEqual([]);
  });
});

describe("when the check cannot say yes, the page is still answered", () => {
  it("a token that does not decode, or one without a session id: no Set-Cookie, no database read", async () => {
    const read = vi.spyOn(prisma.deviceSession, "findUnique");
    const garbled = await pageRequest(`${COOKIE}=not-a-token`);
    expect(garbled.status).toBe(200);
    expect(garbled.headers.getSetCookie()).toEqual([]);
    const account = await createAccount({ mustChangePassword: false });
    expect((await pageRequest(await sessionCookie({ kind: "citizen", userId: account.id }))).headers.getSetCookie()).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it("a database error: 200 with no Set-Cookie, not a 500", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const opened = await citizenSignIn(account);
    vi.spyOn(prisma.deviceSession, "findUnique").mockRejectedValue(new Error("connection terminated unexpectedly"));
    const response = await pageRequest(opened.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe("what stays free of the check", () => {
  it("an anonymous visitor and a link prefetch cost no database read and get no Set-Cookie", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const opened = await citizenSignIn(account);
    const read = vi.spyOn(prisma.deviceSession, "findUnique");
    const anonymous = await pageRequest("lang=vi");
    expect(anonymous.headers.getSetCookie()).toEqual([]);
    const prefetch = await pageRequest(opened.cookie, { "next-router-prefetch": "1" });
    expect(prefetch.headers.getSetCookie()).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });
});
