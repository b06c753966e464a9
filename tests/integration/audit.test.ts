import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { recordAuditEvent, recordAuditEventNow, verifyAuditChain } from "@/lib/server/audit";

afterAll(() => prisma.$disconnect());

describe("audit trail", () => {
  it("chains events, also when written concurrently, and verifies", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAuditEventNow(prisma, { type: "staff.signInFailed", actorType: "staff", ip: "127.0.0.1", data: { attempt: i, name: "Hường" } }),
      ),
    );
    const result = await verifyAuditChain(prisma);
    expect(result).toMatchObject({ ok: true });
    expect(result.checked).toBeGreaterThanOrEqual(20);
  });

  it("rolls back with the transaction it belongs to", async () => {
    const before = await prisma.auditEvent.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAuditEvent(tx, { type: "office.updated", actorType: "staff", data: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("cannot be updated or deleted by the application", async () => {
    const row = await prisma.auditEvent.findFirstOrThrow();
    await expect(prisma.auditEvent.update({ where: { id: row.id }, data: { type: "x" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it("names the first broken link when a row is altered behind the application's back", async () => {
    await recordAuditEventNow(prisma, { type: "declaration.viewed", actorType: "staff", data: { n: 1 } });
    await recordAuditEventNow(prisma, { type: "declaration.viewed", actorType: "staff", data: { n: 2 } });
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: "desc" }, take: 2 });
    const target = rows[1]!;
    // A superuser with direct database access, switching off the guard trigger to tamper.
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const setData = async (data: string) => {
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update"`);
      await client.query(`UPDATE "AuditEvent" SET data = $2::jsonb WHERE id = $1`, [target.id.toString(), data]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update"`);
    };
    try {
      await setData('{"n": 99}');
      const result = await verifyAuditChain(prisma);
      expect(result).toMatchObject({ ok: false, brokenAtId: target.id, reason: "hash" });
    } finally {
      // Put the row back: the other test files share this database and its chain.
      await setData(JSON.stringify(target.data));
      await client.end();
    }
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });
});
