// Counter services for a citizen's account on a real database: who may do what first (role × office ×
// action), then each action's effect (sessions, codes, SMS to the old/new number, outbox and audit in
// the same transaction), the code read-back, cancel then declare again, the receipt PDF and the
// supervisor's view of unusual search volume.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { verifyAuditChain } from "@/lib/server/audit";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { checkCitizenSession } from "@/lib/server/accounts/citizen-session";
import { OTP_MAX_ATTEMPTS, OTP_VALID_SECONDS } from "@/lib/server/accounts/one-time-codes";
import { completeCitizenSignIn, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { approveDeclaration } from "@/lib/server/declarations/approve-declaration";
import { getOfficeOverview } from "@/lib/server/back-office/office-overview";
import { COUNTER_SEARCHES_NOTABLE_PER_DAY, COUNTER_SEARCH_LIMIT } from "@/lib/domain/counter";
import { displayPhone } from "@/lib/domain/identifiers";
import { searchCounterAccounts } from "@/lib/server/counter/search-accounts";
import { getCounterAccount } from "@/lib/server/counter/get-counter-account";
import { readCounterPortrait } from "@/lib/server/counter/read-portrait";
import { startPhoneChange } from "@/lib/server/counter/start-phone-change";
import { confirmPhoneChange } from "@/lib/server/counter/confirm-phone-change";
import { resetPasswordAtCounter } from "@/lib/server/counter/reset-password";
import { signOutAllDevicesAtCounter } from "@/lib/server/counter/sign-out-all-devices";
import { lockAccountAtCounter } from "@/lib/server/counter/lock-account";
import { unlockAccountAtCounter } from "@/lib/server/counter/unlock-account";
import { closeAccountAtCounter } from "@/lib/server/counter/close-account";
import { getCounterReceipt } from "@/lib/server/counter/get-receipt";
import { createDeclaration, createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffCast, createStaffUser, principalOf } from "@/tests/factories/staff";
import { createAccount, device, later, wrongCode, type TestAccount } from "./accounts/helpers";
import { openStored } from "@/lib/server/notifications/secret-box";

const info = { ip: "203.0.113.9", userAgent: "vitest counter" };

// The cast of tests/factories/staff.ts: office A is 0101 (Hà Nội), office B 7901 (TP.HCM).
let officerA: StaffPrincipal, supervisorA: StaffPrincipal, officerB: StaffPrincipal, supervisorB: StaffPrincipal;
let admin: StaffPrincipal, disabled: StaffPrincipal, mustChange: StaffPrincipal;

beforeAll(async () => {
  ({ officerA, supervisorA, officerB, supervisorB, admin, disabled, mustChange } = await createStaffCast(prisma, [
    "officerA", "supervisorA", "officerB", "supervisorB", "admin", "disabled", "mustChange",
  ]));
});

afterAll(() => prisma.$disconnect());

/** An active account signed in on one device, as the counter finds it. */
async function signedInAccount(overrides: Parameters<typeof createAccount>[0] = {}): Promise<TestAccount & { deviceSessionId: string }> {
  const account = await createAccount({ mustChangePassword: false, ...overrides });
  const session = await prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Chrome · Android" } });
  return { ...account, deviceSessionId: session.id };
}

const citizenSession = (a: { id: string; deviceSessionId: string }) => ({ kind: "citizen", principalId: a.id, deviceSessionId: a.deviceSessionId });

async function counterRows(accountId: string) {
  const [actions, audits, notifications] = await Promise.all([
    prisma.counterAction.count({ where: { accountId } }),
    prisma.auditEvent.count({ where: { type: { startsWith: "counter." }, data: { path: ["accountId"], equals: accountId } } }),
    prisma.notification.count({ where: { accountId } }),
  ]);
  return { actions, audits, notifications };
}

/** Every counter action, as a function of (principal, account) with valid input. */
const ACTIONS = {
  search: (p: StaffPrincipal | null, a: TestAccount) => searchCounterAccounts(p, { q: a.bhxhCode }, info),
  view: async (p: StaffPrincipal | null, a: TestAccount) => getCounterAccount(p, a.id, info),
  startPhoneChange: (p: StaffPrincipal | null, a: TestAccount) => startPhoneChange(p, { accountId: a.id, originalIdChecked: "on", newPhone: freshPhone() }, info),
  resetPassword: (p: StaffPrincipal | null, a: TestAccount) => resetPasswordAtCounter(p, { accountId: a.id, originalIdChecked: "on" }, info),
  signOutAll: (p: StaffPrincipal | null, a: TestAccount) => signOutAllDevicesAtCounter(p, { accountId: a.id }, info),
  lock: (p: StaffPrincipal | null, a: TestAccount) => lockAccountAtCounter(p, { accountId: a.id, reasonCode: "suspectedMisuse" }, info),
  close: (p: StaffPrincipal | null, a: TestAccount) => closeAccountAtCounter(p, { accountId: a.id, reasonCode: "noLongerNeeded", originalIdChecked: "on", confirmed: "yes" }, info),
} as const;

let phoneCounter = 0;
/** A mobile number no other test uses. */
function freshPhone(): string {
  phoneCounter++;
  return `+8498${String(process.pid % 1000).padStart(3, "0")}${String(Date.now() % 1000 + phoneCounter * 7).padStart(4, "0").slice(-4)}`;
}

describe("permissions: role × office × action", () => {
  const refused = [
    { who: "an administrator", principal: () => admin, code: "forbidden" },
    { who: "a disabled officer", principal: () => disabled, code: "signedOut" },
    { who: "an officer who must still change a temporary password", principal: () => mustChange, code: "mustChangePassword" },
    { who: "anonymous", principal: () => null, code: "signedOut" },
  ] as const;

  for (const { who, principal, code } of refused) {
    it(`refuses every action to ${who}, changing and writing nothing`, async () => {
      const account = await signedInAccount();
      for (const [name, action] of Object.entries(ACTIONS)) {
        const result = await action(principal(), account);
        expect(result, name).toMatchObject({ ok: false, code });
      }
      expect(await unlockAccountAtCounter(principal(), { accountId: account.id, originalIdChecked: "on" }, info)).toMatchObject({ ok: false, code });
      expect(await readCounterPortrait(principal(), account.id, info)).toEqual({ ok: false, code: "notFound" });
      expect(await counterRows(account.id)).toEqual({ actions: 0, audits: 0, notifications: 0 });
      expect(await checkCitizenSession(citizenSession(account))).toMatchObject({ ok: true });
      expect(await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "active", phone: account.phone });
    });
  }

  const allowed = [
    { who: "an officer of the account's usual office", principal: () => officerA },
    { who: "a supervisor of that office", principal: () => supervisorA },
    { who: "an officer of another province's office", principal: () => officerB },
    { who: "a supervisor of another office", principal: () => supervisorB },
  ] as const;

  for (const { who, principal } of allowed) {
    it(`lets ${who} serve the person: every action, each audited with the acting office`, async () => {
      const p = principal();
      for (const name of Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]) {
        const account = await signedInAccount();
        const result = await ACTIONS[name](p, account);
        expect(result, name).toMatchObject({ ok: true });
        const audit = await prisma.auditEvent.findFirst({ where: { type: { startsWith: "counter." }, actorId: p.id }, orderBy: { id: "desc" } });
        expect(audit, name).toMatchObject({ actorType: "staff", officeCode: p.officeCode });
      }
    });
  }

  it("a role taken away after the page loaded is refused: the service reads the staff row again", async () => {
    const user = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
    const stale = principalOf(user);
    await prisma.staffUser.update({ where: { id: user.id }, data: { role: "admin", officeCode: null } });
    const account = await signedInAccount();
    expect(await ACTIONS.signOutAll(stale, account)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await checkCitizenSession(citizenSession(account))).toMatchObject({ ok: true });
  });

  it("a receipt is served to staff of the acting office only", async () => {
    const account = await signedInAccount();
    const result = await ACTIONS.signOutAll(officerA, account);
    if (!result.ok) throw new Error(result.code);
    const receipt = String(result.params.receipt);
    expect(await getCounterReceipt(officerA, receipt, info)).toMatchObject({ ok: true, reference: receipt });
    expect(await getCounterReceipt(supervisorA, receipt.toLowerCase(), info)).toMatchObject({ ok: true });
    for (const p of [officerB, supervisorB, admin, disabled, mustChange, null]) {
      expect(await getCounterReceipt(p, receipt, info)).toEqual({ ok: false, code: "notFound" });
    }
    expect(await getCounterReceipt(officerA, "QT-2222-2222", info)).toEqual({ ok: false, code: "notFound" });
  });
});

describe("search and the counter screen", () => {
  it("finds the account by BHXH code, ID number, phone in any usual form, and a declaration reference; never by name", async () => {
    const account = await createAccount();
    const participant = await prisma.participant.findUniqueOrThrow({ where: { bhxhCode: account.bhxhCode } });
    const declaration = await createDeclaration(prisma, { bhxhCode: account.bhxhCode, status: "approved" });
    for (const q of [account.bhxhCode, participant.idNumber!, displayPhone(account.phone), account.phone, declaration.reference]) {
      const result = await searchCounterAccounts(officerB, { q }, info);
      if (!result.ok) throw new Error(`${q}: ${result.code}`);
      expect(result.accounts.map((a) => a.id), q).toContain(account.id);
      const row = result.accounts.find((a) => a.id === account.id)!;
      expect(row.maskedPhone).toMatch(/^\*+\d{3}$/);
      expect(JSON.stringify(row)).not.toContain(displayPhone(account.phone));
    }
    expect(await searchCounterAccounts(officerB, { q: account.fullName }, info)).toMatchObject({ ok: false, code: "invalid", errors: { q: "counter.searchNotIdentifier" } });
    expect(await searchCounterAccounts(officerB, { q: "  " }, info)).toMatchObject({ ok: false, code: "invalid", errors: { q: "counter.searchRequired" } });
    const audit = await prisma.auditEvent.findFirst({ where: { type: "counter.accountSearched", actorId: officerB.id }, orderBy: { id: "desc" } });
    // The audit names what was shown, not what was typed.
    expect(JSON.stringify(audit!.data)).not.toContain(participant.idNumber!);
  });

  it("limits searches per officer, not per office", async () => {
    const busy = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: "0101" }));
    for (let i = 0; i < COUNTER_SEARCH_LIMIT.limit; i++) expect(await searchCounterAccounts(busy, { q: "0912345678" }, info)).toMatchObject({ ok: true });
    const refused = await searchCounterAccounts(busy, { q: "0912345678" }, info);
    expect(refused).toMatchObject({ ok: false, code: "throttled" });
    expect(Number(refused.ok ? 0 : refused.params.retryAfterSeconds)).toBeGreaterThan(0);
    const colleague = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: "0101" }));
    expect(await searchCounterAccounts(colleague, { q: "0912345678" }, info)).toMatchObject({ ok: true });
  });

  it("shows status, masked contacts, devices, sign-ins, declarations and the match; never the password data; the portrait on file to any counter", async () => {
    const declaration = await createDeclaration(prisma, { status: "approved", officeCode: "0101", withPhotos: true, email: "ngoc.huong@example.vn" });
    await createMatchingParticipant(prisma, declaration);
    const account = await prisma.account.create({
      data: { bhxhCode: declaration.bhxhCode, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0$secret-hash-value", phone: declaration.phone!, email: declaration.email, passwordChangedAt: new Date(), activatedAt: new Date(), declarationId: declaration.id },
    });
    await prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Chrome · Android" } });
    const result = await getCounterAccount(officerB, account.id, info);
    if (!result.ok) throw new Error(result.code);
    const { view } = result;
    expect(view.account).toMatchObject({ status: "active", maskedEmail: "n*********@example.vn" });
    expect(view.devices).toHaveLength(1);
    expect(view.declarations.map((d) => d.reference)).toEqual([declaration.reference]);
    expect(view.match?.every((f) => f.agreement === "same")).toBe(true);
    expect(view.available).toEqual(["changePhone", "resetPassword", "signOutAll", "lock", "close"]);
    const serialized = JSON.stringify(view);
    expect(serialized).not.toContain("argon2");
    expect(serialized).not.toContain(displayPhone(declaration.phone!));
    expect(serialized).not.toContain("ngoc.huong@");
    // The portrait of the approved declaration, to an officer of another office; never the ID photos.
    const portrait = await readCounterPortrait(officerB, account.id, info);
    expect(portrait).toMatchObject({ ok: true, mediaType: "image/jpeg" });
    expect(await prisma.auditEvent.count({ where: { type: "counter.portraitViewed", actorId: officerB.id, declarationId: declaration.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { type: "counter.accountViewed", actorId: officerB.id } })).toBeGreaterThan(0);
  });
});

describe("a new phone number: the code read back", () => {
  async function start(account: TestAccount, newPhone = freshPhone(), now = new Date()) {
    const started = await startPhoneChange(officerB, { accountId: account.id, originalIdChecked: "on", newPhone: displayPhone(newPhone) }, info, now);
    if (!started.ok) throw new Error(started.code);
    const sms = await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `otp:${started.params.challengeId}:sms` } });
    expect(sms.recipient).toBe(newPhone);
    expect(sms.body).not.toMatch(/\b\d{6}\b/); // sealed at rest (secret-box)
    const code = /\b(\d{6})\b/.exec(openStored(sms).body)![1]!;
    return { challengeId: String(started.params.challengeId), code, newPhone };
  }

  it("needs the original ID ticked and a valid new number that is not someone else's; nothing is sent otherwise", async () => {
    const account = await signedInAccount();
    const other = await createAccount();
    const before = await prisma.notification.count({ where: { accountId: account.id } });
    expect(await startPhoneChange(officerA, { accountId: account.id, newPhone: freshPhone() }, info)).toMatchObject({ code: "invalid", errors: { originalIdChecked: "counter.originalIdRequired" } });
    expect(await startPhoneChange(officerA, { accountId: account.id, originalIdChecked: "on", newPhone: "0123" }, info)).toMatchObject({ code: "invalid", errors: { newPhone: "counter.newPhoneInvalid" } });
    expect(await startPhoneChange(officerA, { accountId: account.id, originalIdChecked: "on", newPhone: account.phone }, info)).toMatchObject({ code: "samePhone" });
    expect(await startPhoneChange(officerA, { accountId: account.id, originalIdChecked: "on", newPhone: other.phone }, info)).toMatchObject({ code: "phoneInUse" });
    expect(await prisma.notification.count({ where: { accountId: account.id } })).toBe(before);
  });

  it("a wrong code changes nothing and counts; the right code changes the number, signs out, tells the old number without a secret", async () => {
    const account = await signedInAccount();
    const { challengeId, code, newPhone } = await start(account);
    const wrong = await confirmPhoneChange(officerB, { accountId: account.id, challengeId, code: wrongCode(code) }, info);
    expect(wrong).toMatchObject({ ok: false, code: "otpWrong", params: { attemptsLeft: OTP_MAX_ATTEMPTS - 1 } });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).phone).toBe(account.phone);

    const confirmed = await confirmPhoneChange(officerB, { accountId: account.id, challengeId, code }, info);
    expect(confirmed).toMatchObject({ ok: true, params: { signedOut: 1 } });
    if (!confirmed.ok) throw new Error("unreachable");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).phone).toBe(newPhone);
    expect(await checkCitizenSession(citizenSession(account))).toEqual({ ok: false, reason: "revoked" });

    const notice = await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `counter:${confirmed.params.receipt}:sms` } });
    expect(notice.recipient).toBe(account.phone);
    expect(notice.template).toBe("counterNotice");
    expect(notice.body).toContain(account.bhxhCode);
    expect(notice.body).not.toContain(newPhone.slice(-6));
    expect(notice.body).not.toMatch(/\b\d{6}\b/);
    const action = await prisma.counterAction.findUniqueOrThrow({ where: { reference: String(confirmed.params.receipt) } });
    expect(action).toMatchObject({ kind: "changePhone", officeCode: "7901", staffUserId: officerB.id });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { type: "counter.phoneChanged", actorId: officerB.id }, orderBy: { id: "desc" } });
    expect(audit.data).toMatchObject({ accountId: account.id, receipt: action.reference, originalIdChecked: true, codeReadBack: true });
    // Single use.
    expect(await confirmPhoneChange(officerB, { accountId: account.id, challengeId, code }, info)).toMatchObject({ ok: false, code: "otpUsed" });
  });

  it("an expired code, and a code after too many tries, are refused even when right", async () => {
    const account = await signedInAccount();
    const t0 = new Date();
    const first = await start(account, freshPhone(), t0);
    const expired = await confirmPhoneChange(officerA, { accountId: account.id, challengeId: first.challengeId, code: first.code }, info, later(t0, (OTP_VALID_SECONDS + 1) * 1000));
    expect(expired).toMatchObject({ ok: false, code: "otpExpired" });

    const t1 = later(t0, 61_000);
    const second = await start(account, freshPhone(), t1);
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) await confirmPhoneChange(officerA, { accountId: account.id, challengeId: second.challengeId, code: wrongCode(second.code) }, info, t1);
    expect(await confirmPhoneChange(officerA, { accountId: account.id, challengeId: second.challengeId, code: second.code }, info, t1)).toMatchObject({ ok: false, code: "otpTooManyAttempts" });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).phone).toBe(account.phone);
    expect(await checkCitizenSession(citizenSession(account))).toMatchObject({ ok: true });
  });

  it("a code for one account cannot change another's number", async () => {
    const a = await signedInAccount();
    const b = await signedInAccount();
    const { challengeId, code } = await start(a);
    expect(await confirmPhoneChange(officerA, { accountId: b.id, challengeId, code }, info)).toMatchObject({ ok: false, code: "otpUsed" });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: b.id } })).phone).toBe(b.phone);
  });
});

describe("password reset, sign-out, lock, unlock, cancel", () => {
  it("reset: a temporary password by SMS to the registered phone only, forced change, every device out; the officer's result has no secret", async () => {
    const account = await signedInAccount();
    const result = await resetPasswordAtCounter(officerA, { accountId: account.id, originalIdChecked: "on" }, info);
    expect(result).toMatchObject({ ok: true, params: { signedOut: 1 } });
    expect(Object.keys(result.ok ? result.params : {}).sort()).toEqual(["receipt", "signedOut"]);
    const sms = await prisma.notification.findFirstOrThrow({ where: { accountId: account.id, template: "counterPasswordReset" } });
    expect(sms).toMatchObject({ channel: "sms", recipient: account.phone });
    expect(await prisma.notification.count({ where: { accountId: account.id, template: "counterPasswordReset", channel: "email" } })).toBe(0);
    const temporary = /: ([A-Z0-9]{4}(?: [A-Z0-9]{4})*)\. /.exec(openStored(sms).body.split(account.bhxhCode)[1]!)![1]!;
    expect(await checkCitizenSession(citizenSession(account))).toEqual({ ok: false, reason: "revoked" });
    // The old password no longer works; the temporary one does and must be changed.
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toEqual({ ok: false, code: "invalid" });
    const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: temporary }, device());
    if (!started.ok) throw new Error(started.code);
    const signedIn = await completeCitizenSignIn({ ticket: started.ticket }, device());
    if (!signedIn.ok) throw new Error(signedIn.code);
    expect(await checkCitizenSession({ kind: "citizen", principalId: account.id, deviceSessionId: signedIn.deviceSessionId })).toMatchObject({ ok: true, principal: { mustChangePassword: true } });
    // Neither the audit row nor the counter action holds the password.
    const rows = JSON.stringify([await prisma.counterAction.findMany({ where: { accountId: account.id } }), await prisma.auditEvent.findMany({ where: { actorId: officerA.id }, select: { data: true } })]);
    expect(rows).not.toContain(temporary);
  });

  it("a sign-in ticket issued before the reset stops working", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const started = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device());
    if (!started.ok) throw new Error(started.code);
    await new Promise((r) => setTimeout(r, 5));
    await resetPasswordAtCounter(officerA, { accountId: account.id, originalIdChecked: "on" }, info);
    expect(await completeCitizenSignIn({ ticket: started.ticket }, device())).toEqual({ ok: false, code: "expired" });
  });

  it("sign out all: every session revoked, audited per session, SMS written in the same transaction as the action", async () => {
    const account = await signedInAccount();
    const second = await prisma.deviceSession.create({ data: { accountId: account.id, deviceLabel: "Edge · Windows" } });
    const result = await signOutAllDevicesAtCounter(supervisorB, { accountId: account.id }, info);
    expect(result).toMatchObject({ ok: true, params: { signedOut: 2 } });
    if (!result.ok) throw new Error("unreachable");
    expect(await checkCitizenSession({ kind: "citizen", principalId: account.id, deviceSessionId: second.id })).toEqual({ ok: false, reason: "revoked" });
    expect(await prisma.auditEvent.count({ where: { type: "account.sessionRevoked", actorId: supervisorB.id, data: { path: ["accountId"], equals: account.id } } })).toBe(2);
    // Same transaction: the action, its audit row and its notice were committed together.
    const [action, notice] = await Promise.all([
      prisma.counterAction.findUniqueOrThrow({ where: { reference: String(result.params.receipt) } }),
      prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `counter:${result.params.receipt}:sms` } }),
    ]);
    const [row] = await prisma.$queryRaw<{ same: boolean }[]>`
      SELECT (SELECT xmin::text FROM "CounterAction" WHERE id = ${action.id}::uuid) = (SELECT xmin::text FROM "Notification" WHERE id = ${notice.id}::uuid) AS same`;
    expect(row?.same).toBe(true);
  });

  it("a failure inside the transaction leaves no action, audit or notice behind", async () => {
    const account = await signedInAccount();
    // The office row is read in the transaction for the notice: an officer whose office vanished makes it fail.
    const ghostOffice = await prisma.office.create({ data: { code: "9998", name: "Tạm", provinceCode: "01", address: "—" } });
    const ghost = await createStaffUser(prisma, { role: "officer", officeCode: ghostOffice.code });
    await prisma.$executeRaw`ALTER TABLE "Office" DISABLE TRIGGER ALL`;
    await prisma.$executeRaw`DELETE FROM "Office" WHERE "code" = '9998'`.finally(() => prisma.$executeRaw`ALTER TABLE "Office" ENABLE TRIGGER ALL`);
    await expect(signOutAllDevicesAtCounter(principalOf(ghost), { accountId: account.id }, info)).rejects.toThrow();
    expect(await counterRows(account.id)).toEqual({ actions: 0, audits: 0, notifications: 0 });
    expect(await checkCitizenSession(citizenSession(account))).toMatchObject({ ok: true });
  });

  it("lock: the person is told why after the right password; unlock lets them in again", async () => {
    const account = await signedInAccount();
    expect(await lockAccountAtCounter(officerA, { accountId: account.id }, info)).toMatchObject({ code: "invalid", errors: { reasonCode: "counter.lockReasonRequired" } });
    expect(await lockAccountAtCounter(officerA, { accountId: account.id, reasonCode: "lostIdentityDocument" }, info)).toMatchObject({ ok: true, params: { signedOut: 1 } });
    expect(await checkCitizenSession(citizenSession(account))).toEqual({ ok: false, reason: "revoked" });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toEqual({ ok: false, code: "locked", reasonCode: "lostIdentityDocument" });
    // A stranger with a wrong password learns nothing about the lock.
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: "wrong-password-here" }, device())).toEqual({ ok: false, code: "invalid" });
    expect(await lockAccountAtCounter(officerA, { accountId: account.id, reasonCode: "suspectedMisuse" }, info)).toMatchObject({ ok: false, code: "notAllowed" });
    expect(await unlockAccountAtCounter(officerB, { accountId: account.id, originalIdChecked: "on" }, info)).toMatchObject({ ok: true });
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device())).toMatchObject({ ok: true });
    const notices = await prisma.notification.findMany({ where: { accountId: account.id, template: "counterNotice", channel: "sms" }, orderBy: { createdAt: "asc" } });
    expect(notices.map((n) => n.recipient)).toEqual([account.phone, account.phone]);
  });

  it("cancel: needs a reason and the confirmation; then no sign-in, a notice by SMS and email; a new approved declaration reopens it", async () => {
    const first = await createDeclaration(prisma, { status: "approved", email: "nguoi.dan@example.vn" });
    await createMatchingParticipant(prisma, first);
    const password = "mat-khau-cu-rat-dai";
    const { hashPassword } = await import("@/lib/server/auth/password-hash");
    const account = await prisma.account.create({
      data: { bhxhCode: first.bhxhCode, passwordHash: await hashPassword(password), mustChangePassword: false, phone: first.phone!, email: first.email, passwordChangedAt: new Date(), activatedAt: new Date(), declarationId: first.id },
    });
    const base = { accountId: account.id, reasonCode: "prefersPaper", originalIdChecked: "on" };
    expect(await closeAccountAtCounter(officerA, base, info)).toMatchObject({ code: "invalid", errors: { confirmed: "counter.closeConfirmRequired" } });
    expect(await closeAccountAtCounter(officerA, { ...base, reasonCode: "whim", confirmed: "yes" }, info)).toMatchObject({ code: "invalid", errors: { reasonCode: "counter.closeReasonRequired" } });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("active");

    const closed = await closeAccountAtCounter(officerA, { ...base, confirmed: "yes" }, info);
    expect(closed).toMatchObject({ ok: true });
    if (!closed.ok) throw new Error("unreachable");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("closed");
    const sign = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password }, device());
    expect(sign).toMatchObject({ ok: false, code: "closed" });
    const notices = await prisma.notification.findMany({ where: { idempotencyKey: { startsWith: `counter:${closed.params.receipt}:` } } });
    expect(notices.map((n) => [n.channel, n.recipient]).sort()).toEqual([["email", "nguoi.dan@example.vn"], ["sms", first.phone]]);
    // Nothing else can be done to a closed account at the counter.
    for (const name of ["resetPassword", "signOutAll", "lock", "close"] as const) {
      expect(await ACTIONS[name](officerA, { ...account, password, fullName: first.fullName, phone: first.phone! }), name).toMatchObject({ ok: false, code: "notAllowed" });
    }

    // The person declares again; the approval reopens the same account with a new temporary password.
    const again = await createDeclaration(prisma, {
      bhxhCode: first.bhxhCode,
      fullName: first.fullName,
      fullNameSearch: first.fullNameSearch,
      idNumber: first.idNumber,
      sex: first.sex,
      dateOfBirth: first.dateOfBirth.toISOString().slice(0, 10),
      phone: first.phone,
      withPhotos: true,
    });
    const approved = await approveDeclaration(officerA, { reference: again.reference, expectedVersion: 1, checklist: { originalIdChecked: true, declarationSigned: true } }, info);
    expect(approved).toMatchObject({ ok: true });
    const reopened = await prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(reopened).toMatchObject({ status: "active", mustChangePassword: true, declarationId: again.id });
    expect(await prisma.notification.count({ where: { accountId: account.id, template: "approval", channel: "sms" } })).toBe(1);
    expect(await startCitizenSignIn({ bhxhCode: account.bhxhCode, password }, device())).toEqual({ ok: false, code: "invalid" });
    // The record and the trail are kept.
    expect(await prisma.counterAction.count({ where: { accountId: account.id, kind: "close" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { type: "counter.closed", data: { path: ["accountId"], equals: account.id } } })).toBe(1);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });
});

describe("the receipt", () => {
  it("is one A5 page naming the action, the time, the office, the officer and the reference, without any secret", async () => {
    const account = await signedInAccount();
    const result = await lockAccountAtCounter(officerA, { accountId: account.id, reasonCode: "suspectedMisuse" }, info);
    if (!result.ok) throw new Error(result.code);
    const receipt = await getCounterReceipt(officerA, String(result.params.receipt), info);
    if (!receipt.ok) throw new Error(receipt.code);
    const dir = mkdtempSync(path.join(tmpdir(), "receipt-"));
    const file = path.join(dir, "receipt.pdf");
    writeFileSync(file, receipt.pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
    const pages = execFileSync("pdfinfo", [file]).toString("utf8");
    expect(pages).toMatch(/Pages:\s+1\b/);
    expect(pages).toMatch(/Page size:\s+419\.53 x 595\.28 pts/); // A5
    for (const expected of ["BIÊN NHẬN THAO TÁC TẠI QUẦY", "Khóa tài khoản", "Nghi ngờ tài khoản bị người khác sử dụng", receipt.reference, account.bhxhCode, "0101", officerA.fullName, "Người yêu cầu", "Bản lưu của cơ quan BHXH"]) {
      expect(text.normalize("NFC")).toContain(expected);
    }
    expect(text).not.toContain(displayPhone(account.phone));
    expect(await prisma.auditEvent.count({ where: { type: "counter.receiptPrinted", actorId: officerA.id, data: { path: ["receipt"], equals: receipt.reference } } })).toBe(1);
  });
});

describe("the supervisor's overview", () => {
  it("lists an officer whose counter searches today exceed the threshold, and not one below it", async () => {
    const office = "0101";
    const heavy = await createStaffUser(prisma, { role: "officer", officeCode: office, fullName: "Cán bộ Tra Cứu Nhiều" });
    const light = await createStaffUser(prisma, { role: "officer", officeCode: office, fullName: "Cán bộ Tra Cứu Ít" });
    const { recordAuditEventNow } = await import("@/lib/server/audit");
    // The rate limit stops a burst; a whole day of searches is written as the audit rows it leaves.
    const rows = (actorId: string, n: number) => Array.from({ length: n }, () => ({ type: "counter.accountSearched" as const, actorType: "staff" as const, actorId, officeCode: office, data: { kinds: ["bhxhCode"], accountIds: [] } }));
    for (const row of [...rows(heavy.id, COUNTER_SEARCHES_NOTABLE_PER_DAY + 1), ...rows(light.id, 3)]) await recordAuditEventNow(prisma, row);
    const overview = await getOfficeOverview(supervisorA, office);
    const listed = overview!.notableCounterSearchers;
    expect(listed.find((s) => s.staffId === heavy.id)).toMatchObject({ fullName: "Cán bộ Tra Cứu Nhiều", searches: COUNTER_SEARCHES_NOTABLE_PER_DAY + 1 });
    expect(listed.find((s) => s.staffId === light.id)).toBeUndefined();
    expect((await getOfficeOverview(supervisorB, "7901"))!.notableCounterSearchers.find((s) => s.staffId === heavy.id)).toBeUndefined();
  });
});
