// What a verified VNeID identity leads to, on real PostgreSQL: online activation (level 2 + full match),
// the counter road (level 1, partial match, no record), sign-in of an existing account with VNeID as the
// second factor (the first device signed out, no SMS code), the link, unlink and first password, and the
// supervisor's online/counter counts.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { checkCitizenSession } from "@/lib/server/accounts/citizen-session";
import { completeCitizenSignIn, startCitizenSignIn } from "@/lib/server/accounts/sign-in-citizen";
import { getOfficeOverview } from "@/lib/server/back-office/office-overview";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { resolveVneidIdentity, unlinkVneid } from "@/lib/server/vneid/resolve-identity";
import { setFirstPassword } from "@/lib/server/vneid/set-first-password";
import { identityFromClaims, type VneidIdentity } from "@/lib/domain/vneid-identity";
import { searchableText } from "@/lib/domain/identifiers";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";
import { createAccount, device } from "../accounts/helpers";

afterAll(() => prisma.$disconnect());

const rng = createRng(4242 + (Date.now() % 10_000));

/** A master record (in province 01) and the VNeID identity of the same person. */
async function personWithRecord(level: 1 | 2 = 2): Promise<{ identity: VneidIdentity; bhxhCode: string }> {
  const p = buildPerson(rng);
  await prisma.participant.create({
    data: { bhxhCode: p.bhxhCode, fullName: p.fullName, fullNameSearch: searchableText(p.fullName), dateOfBirth: new Date(p.dateOfBirth), sex: p.sex, idNumber: p.idNumber, address: "Hà Nội", phone: p.phone, provinceCode: "01" },
  });
  return {
    bhxhCode: p.bhxhCode,
    identity: { subject: `sub-${p.idNumber}`, idNumber: p.idNumber, fullName: p.fullName, dateOfBirth: p.dateOfBirth, sex: p.sex, address: "Hà Nội", phone: p.phone, level },
  };
}

async function openWith(ticket: string, info = device()) {
  const opened = await completeCitizenSignIn({ ticket }, info);
  if (!opened.ok) throw new Error(opened.code);
  return opened;
}

describe("VNeID identity", () => {
  it("maps the provider's claims, refusing a token without the required ones", () => {
    const names = { idNumber: "citizen_id", fullName: "name", dateOfBirth: "birthdate", sex: "gender", address: "address", phone: "phone_number", level: "identity_level" };
    const claims = { sub: "abc", citizen_id: "001190012345", name: "  Nguyễn  Thị Ngọc Hường ", birthdate: "12/05/1990", gender: "Nữ", phone_number: "0912345678", address: { formatted: "Hà Nội" }, identity_level: "2" };
    expect(identityFromClaims(claims, names)).toEqual({
      ok: true,
      identity: { subject: "abc", idNumber: "001190012345", fullName: "Nguyễn Thị Ngọc Hường", dateOfBirth: "1990-05-12", sex: "female", address: "Hà Nội", phone: "+84912345678", level: 2 },
    });
    expect(identityFromClaims({ ...claims, citizen_id: undefined }, names)).toEqual({ ok: false, code: "missingClaims" });
    expect(identityFromClaims({ ...claims, identity_level: "3" }, names)).toEqual({ ok: false, code: "unknownLevel" });
  });

  it("activates the account at once for level 2 and a full match (name without diacritics), with the distinct audit event, and signs in", async () => {
    const { identity, bhxhCode } = await personWithRecord();
    const outcome = await resolveVneidIdentity({ identity: { ...identity, fullName: searchableText(identity.fullName).toUpperCase() }, intent: "register", deviceHash: null }, device());
    expect(outcome).toMatchObject({ kind: "signIn", activated: true });
    const account = await prisma.account.findUniqueOrThrow({ where: { bhxhCode }, include: { vneidLink: true } });
    expect(account).toMatchObject({ status: "active", hasPassword: false, mustChangePassword: false, activationChannel: "vneid", phone: identity.phone, declarationId: null });
    expect(account.vneidLink).toMatchObject({ subject: identity.subject, level: 2 });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "account.activatedByVneid", actorId: account.id } });
    expect(event.data).toMatchObject({
      level: 2,
      matchedFields: expect.arrayContaining([{ field: "fullName", agreement: "sameWithoutDiacritics" }, { field: "dateOfBirth", agreement: "same" }, { field: "idNumber", agreement: "same" }, { field: "sex", agreement: "same" }]),
    });
    if (outcome.kind !== "signIn") throw new Error("unreachable");
    const opened = await openWith(outcome.ticket);
    expect((await checkCitizenSession({ kind: "citizen", principalId: opened.accountId, deviceSessionId: opened.deviceSessionId })).ok).toBe(true);
    // Nobody knows a password for it: a password sign-in is refused.
    expect(await startCitizenSignIn({ bhxhCode, password: "" }, device())).toMatchObject({ ok: false, code: "invalid" });
  });

  it("sends level 1, a partial match and an unknown CCCD to the counter road, creating nothing", async () => {
    const level1 = await personWithRecord(1);
    const partial = await personWithRecord();
    const unknown = { ...(await personWithRecord()).identity, idNumber: "079199008888", subject: "nobody" };
    expect(await resolveVneidIdentity({ identity: level1.identity, intent: "register", deviceHash: null }, device())).toEqual({ kind: "declare", reason: "level1" });
    expect(await resolveVneidIdentity({ identity: { ...partial.identity, dateOfBirth: "1901-01-01" }, intent: "register", deviceHash: null }, device())).toEqual({ kind: "declare", reason: "partialMatch" });
    expect(await resolveVneidIdentity({ identity: { ...partial.identity, sex: partial.identity.sex === "male" ? "female" : "male" }, intent: "register", deviceHash: null }, device())).toEqual({ kind: "declare", reason: "partialMatch" });
    expect(await resolveVneidIdentity({ identity: unknown, intent: "register", deviceHash: null }, device())).toEqual({ kind: "declare", reason: "noRecord" });
    expect(await prisma.account.count({ where: { bhxhCode: { in: [level1.bhxhCode, partial.bhxhCode] } } })).toBe(0);
  });

  it("signs an existing account in with VNeID on a second device without an SMS code, and signs the first device out", async () => {
    const account = await createAccount({ mustChangePassword: false });
    const participant = await prisma.participant.findUniqueOrThrow({ where: { bhxhCode: account.bhxhCode } });
    const first = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device());
    if (!first.ok || first.otp) throw new Error("first sign-in");
    const firstSession = await openWith(first.ticket);

    const identity: VneidIdentity = {
      subject: `sub-existing-${account.bhxhCode}`,
      idNumber: participant.idNumber!,
      fullName: participant.fullName,
      dateOfBirth: participant.dateOfBirth.toISOString().slice(0, 10),
      sex: participant.sex,
      address: null,
      phone: null,
      level: 2,
    };
    const notifications = await prisma.notification.count();
    const outcome = await resolveVneidIdentity({ identity, intent: "signIn", deviceHash: null }, device());
    expect(outcome).toMatchObject({ kind: "signIn", activated: false });
    if (outcome.kind !== "signIn") throw new Error("unreachable");
    const second = await openWith(outcome.ticket);
    expect(await prisma.notification.count()).toBe(notifications);
    expect(await checkCitizenSession({ kind: "citizen", principalId: account.id, deviceSessionId: firstSession.deviceSessionId })).toEqual({ ok: false, reason: "otherDevice" });
    expect((await checkCitizenSession({ kind: "citizen", principalId: account.id, deviceSessionId: second.deviceSessionId })).ok).toBe(true);
    expect(await prisma.vneidLink.findUnique({ where: { accountId: account.id } })).toMatchObject({ subject: identity.subject });

    // A password ticket without VNeID still needs the SMS code while another device is signed in.
    const byPassword = await startCitizenSignIn({ bhxhCode: account.bhxhCode, password: account.password }, device());
    expect(byPassword).toMatchObject({ ok: true, otp: expect.any(Object) });

    // Once linked, a level-1 answer for the same subject does not sign in.
    expect(await resolveVneidIdentity({ identity: { ...identity, level: 1 }, intent: "signIn", deviceHash: null }, device())).toEqual({ kind: "refused", code: "levelTooLow" });
    // Unlinked (the account has a password), VNeID no longer names the account by its subject, and the password still works.
    expect(await unlinkVneid(account.id, device())).toEqual({ ok: true });
    expect(await prisma.vneidLink.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("refuses to unlink an account with no password until one is set, then unlinks", async () => {
    const { identity } = await personWithRecord();
    const outcome = await resolveVneidIdentity({ identity, intent: "register", deviceHash: null }, device());
    if (outcome.kind !== "signIn") throw new Error("not activated");
    const session = await openWith(outcome.ticket);
    expect(await unlinkVneid(session.accountId, device())).toEqual({ ok: false, code: "noPassword" });
    expect(await setFirstPassword({ accountId: session.accountId, deviceSessionId: session.deviceSessionId, newPassword: "short" }, device())).toMatchObject({ ok: false, code: "policy" });
    const set = await setFirstPassword({ accountId: session.accountId, deviceSessionId: session.deviceSessionId, newPassword: "hoa sữa nở cuối thu trên phố" }, device());
    expect(set).toMatchObject({ ok: true });
    expect(await setFirstPassword({ accountId: session.accountId, deviceSessionId: session.deviceSessionId, newPassword: "một câu khác rất dài nữa" }, device())).toMatchObject({ ok: false });
    expect(await unlinkVneid(session.accountId, device())).toEqual({ ok: true });
  });

  it("counts online activations for the office of the person's province, apart from counter ones", async () => {
    const office = await prisma.office.findFirst({ where: { provinceCode: "01", active: true } });
    if (!office) return expect.fail("the integration database has a Hà Nội office");
    const supervisor: StaffPrincipal = { id: "00000000-0000-4000-8000-000000000001", username: "quantri", fullName: "Quản trị", role: "admin", officeCode: null, mustChangePassword: false };
    const before = await getOfficeOverview(supervisor, office.code);
    const { identity } = await personWithRecord();
    await resolveVneidIdentity({ identity, intent: "register", deviceHash: null }, device());
    const after = await getOfficeOverview(supervisor, office.code);
    expect(after!.today.activatedOnline).toBe(before!.today.activatedOnline + 1);
    expect(after!.today.activatedAtCounter).toBe(before!.today.activatedAtCounter);
  });
});
