// Account activation on approval: one account per BHXH code, created or reactivated inside the approve
// transaction together with its audit event and its SMS/email, even when approvals race.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { groupTemporaryPassword, TEMPORARY_PASSWORD_ALPHABET, TEMPORARY_PASSWORD_LENGTH } from "@/lib/domain/password-policy";
import {
  DeclarationAlreadyActivatedError,
  activateAccountForDeclaration,
  prepareTemporaryCredentials,
  type TemporaryCredentials,
} from "@/lib/server/accounts/activate-account";
import { correctionCode } from "@/lib/server/declarations/declaration-access";
import { enqueueRejectionNotice } from "@/lib/server/declarations/notify-rejection";
import { verifyPassword } from "@/lib/server/auth/password-hash";
import { prisma, type Declaration } from "@/lib/server/db/client";
import { openStored } from "@/lib/server/notifications/secret-box";
import { createDeclaration, MINUTE } from "./support";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await prisma.notification.deleteMany();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An approve action: activation inside a transaction that stays open `holdMs` after it (to make races real). */
function approve(declaration: Declaration, options: { now?: Date; holdMs?: number; credentials?: TemporaryCredentials } = {}) {
  return prisma.$transaction(
    async (tx) => {
      const result = await activateAccountForDeclaration(tx, { ...declaration, phone: declaration.phone! }, { now: options.now ?? new Date(), credentials: options.credentials });
      if (options.holdMs) await sleep(options.holdMs);
      return result;
    },
    { timeout: 20_000 },
  );
}

/** SMS first, then email (the enum order), with sealed secrets opened as the deliverer opens them. */
const notificationsOf = async (declarationId: string) =>
  (await prisma.notification.findMany({ where: { declarationId }, orderBy: { channel: "asc" } })).map((row) => openStored(row));

describe("activateAccountForDeclaration", () => {
  it("creates the account with a temporary password to change, and enqueues the approval SMS and email with it", async () => {
    const declaration = await createDeclaration(prisma);
    const now = new Date();
    const result = await approve(declaration, { now });

    expect(result.reactivated).toBe(false);
    expect(result.temporaryPassword).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
    expect([...result.temporaryPassword].every((c) => TEMPORARY_PASSWORD_ALPHABET.includes(c))).toBe(true);

    const account = await prisma.account.findUniqueOrThrow({ where: { bhxhCode: declaration.bhxhCode } });
    expect(account).toMatchObject({
      id: result.accountId,
      mustChangePassword: true,
      status: "active",
      phone: declaration.phone,
      email: declaration.email,
      declarationId: declaration.id,
      passwordReminderAt: null,
    });
    expect(account.passwordChangedAt.getTime()).toBe(now.getTime());
    expect(account.activatedAt.getTime()).toBe(now.getTime());
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account.passwordHash, result.temporaryPassword)).toBe(true);

    // The temporary password is not stored in clear anywhere in the Notification table.
    const stored = await prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(n)::text AS row FROM "Notification" n WHERE "declarationId" = ${declaration.id}`;
    expect(stored).toHaveLength(2);
    for (const { row } of stored) {
      expect(row).not.toContain(result.temporaryPassword);
      expect(row).not.toContain(groupTemporaryPassword(result.temporaryPassword));
    }

    const [sms, email] = await notificationsOf(declaration.id);
    expect(sms).toMatchObject({ channel: "sms", recipient: declaration.phone, template: "approval", idempotencyKey: `approval:${declaration.id}:v1:sms`, accountId: account.id });
    expect(sms!.body).toContain(declaration.bhxhCode);
    expect(sms!.body).toContain(groupTemporaryPassword(result.temporaryPassword));
    expect(email).toMatchObject({ channel: "email", recipient: declaration.email, idempotencyKey: `approval:${declaration.id}:v1:email` });
    expect(email!.html).toContain(groupTemporaryPassword(result.temporaryPassword));

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: declaration.id, type: "account.activated" } });
    expect(audit).toMatchObject({ actorType: "system" });
    expect(audit.data).toMatchObject({ accountId: account.id, bhxhCode: declaration.bhxhCode, reference: declaration.reference, version: 1 });
    expect(JSON.stringify(audit.data)).not.toContain(result.temporaryPassword);
  });

  it("leaves no account and no message when the approval rolls back", async () => {
    const declaration = await createDeclaration(prisma);
    await expect(
      prisma.$transaction(async (tx) => {
        await activateAccountForDeclaration(tx, { ...declaration, phone: declaration.phone! }, { now: new Date() });
        throw new Error("the approval failed");
      }),
    ).rejects.toThrow("the approval failed");
    expect(await prisma.account.count({ where: { bhxhCode: declaration.bhxhCode } })).toBe(0);
    expect(await notificationsOf(declaration.id)).toEqual([]);
  });

  it("makes one account and one SMS (+ one email) when the same approval runs twice at once", async () => {
    const declaration = await createDeclaration(prisma);
    const [a, b] = await Promise.all([prepareTemporaryCredentials(), prepareTemporaryCredentials()]);
    const first = approve(declaration, { credentials: a, holdMs: 400 });
    await sleep(100); // the second starts while the first still holds its uncommitted account row
    const second = approve(declaration, { credentials: b });
    const results = await Promise.allSettled([first, second]);

    expect(results[0]).toMatchObject({ status: "fulfilled", value: { reactivated: false, temporaryPassword: a.temporaryPassword } });
    expect(results[1]).toMatchObject({ status: "rejected" });
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(DeclarationAlreadyActivatedError);

    const accounts = await prisma.account.findMany({ where: { bhxhCode: declaration.bhxhCode } });
    expect(accounts).toHaveLength(1);
    const messages = await notificationsOf(declaration.id);
    expect(messages.map((m) => m.channel)).toEqual(["sms", "email"]);
    // The password in the one SMS is the one that works.
    expect(messages[0]!.body).toContain(groupTemporaryPassword(a.temporaryPassword));
    expect(await verifyPassword(accounts[0]!.passwordHash, a.temporaryPassword)).toBe(true);
  });

  it("reactivates instead of duplicating when two declarations of one BHXH code are approved at once", async () => {
    const first = await createDeclaration(prisma);
    const second = await createDeclaration(prisma, { bhxhCode: first.bhxhCode, phone: "+84905111222", email: "moi@example.test" });
    const [a, b] = await Promise.all([prepareTemporaryCredentials(), prepareTemporaryCredentials()]);
    const one = approve(first, { credentials: a, holdMs: 400 });
    await sleep(100);
    const two = approve(second, { credentials: b });
    const [r1, r2] = await Promise.all([one, two]);

    expect(r1.reactivated).toBe(false);
    expect(r2).toMatchObject({ reactivated: true, accountId: r1.accountId });
    const accounts = await prisma.account.findMany({ where: { bhxhCode: first.bhxhCode } });
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ declarationId: second.id, phone: "+84905111222", email: "moi@example.test" });
    // The last committed approval's password is the valid one, and its SMS carries it.
    expect(await verifyPassword(accounts[0]!.passwordHash, b.temporaryPassword)).toBe(true);
    expect(await verifyPassword(accounts[0]!.passwordHash, a.temporaryPassword)).toBe(false);
    const secondSms = (await notificationsOf(second.id)).find((m) => m.channel === "sms");
    expect(secondSms).toMatchObject({ recipient: "+84905111222" });
    expect(secondSms!.body).toContain(groupTemporaryPassword(b.temporaryPassword));
    expect(await prisma.auditEvent.count({ where: { declarationId: second.id, type: "account.reactivated" } })).toBe(1);
  });

  it("reactivation signs every device out, voids pending one-time codes and restarts the password cycle", async () => {
    const old = await createDeclaration(prisma);
    const earlier = new Date(Date.now() - 200 * 24 * 60 * MINUTE);
    const { accountId } = await approve(old, { now: earlier });
    await prisma.account.update({ where: { id: accountId }, data: { status: "closed", mustChangePassword: false, passwordReminderAt: earlier } });
    await prisma.deviceSession.createMany({ data: [{ accountId, deviceLabel: "Chrome trên Android" }, { accountId, deviceLabel: "Safari trên iPhone" }] });
    await prisma.oneTimeCode.create({ data: { accountId, purpose: "passwordReset", codeHash: "x", expiresAt: new Date(Date.now() + 5 * MINUTE) } });

    const renewed = await createDeclaration(prisma, { bhxhCode: old.bhxhCode });
    const now = new Date();
    const result = await approve(renewed, { now });
    expect(result).toMatchObject({ accountId, reactivated: true });

    const account = await prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(account).toMatchObject({ status: "active", mustChangePassword: true, passwordReminderAt: null, declarationId: renewed.id, phone: renewed.phone });
    expect(account.passwordChangedAt.getTime()).toBe(now.getTime());
    expect(await prisma.deviceSession.count({ where: { accountId, revokedAt: null } })).toBe(0);
    expect(await prisma.deviceSession.count({ where: { accountId, revokedReason: "reactivated" } })).toBe(2);
    expect(await prisma.oneTimeCode.count({ where: { accountId, expiresAt: { gt: now } } })).toBe(0);
  });
});

describe("enqueueRejectionNotice", () => {
  it("sends the reason, the officer's note and the way to correct, once per rejection", async () => {
    const declaration = await createDeclaration(prisma);
    const send = () => prisma.$transaction((tx) => enqueueRejectionNotice(tx, declaration, "Ảnh chân dung không rõ", "Chụp lại ảnh nơi đủ sáng"));
    expect(await send()).toEqual({ sms: true, email: true });
    expect(await send()).toEqual({ sms: false, email: false });
    const [sms, email] = await notificationsOf(declaration.id);
    expect(sms).toMatchObject({ template: "rejection", idempotencyKey: `rejection:${declaration.id}:v1:sms` });
    expect(sms!.body).toContain(declaration.reference);
    expect(sms!.body).toMatch(/Anh chan dung khong ro/);
    expect(sms!.body.length).toBeLessThanOrEqual(160);
    // The correction link (to the declared phone and email only) opens the declaration for correction.
    const link = `/sua/${declaration.reference}/${correctionCode(declaration.id)}`;
    expect(sms!.body).toContain(link);
    expect(email!.body).toContain("Chụp lại ảnh nơi đủ sáng");
    expect(email!.body).toContain(link);
  });
});
