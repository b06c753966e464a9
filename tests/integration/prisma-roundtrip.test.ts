import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { buildPerson } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";
import { loadAdministrativeUnits } from "@/tests/factories/administrative-units";
import { buildOffices } from "@/tests/factories/offices";

afterAll(() => prisma.$disconnect());

describe("Prisma on the real test PostgreSQL", () => {
  it("writes and reads a master record, with Vietnamese text and a date intact", async () => {
    const { idIssueDate: _issued, ...person } = buildPerson(createRng(7), { fullName: "Nguyễn Thị Ngọc Hường", sex: "female", dateOfBirth: "1990-05-12" });
    await prisma.participant.create({
      data: { ...person, dateOfBirth: new Date(person.dateOfBirth), address: "Phường Quảng Yên, Tỉnh Quảng Ninh" },
    });
    const read = await prisma.participant.findUniqueOrThrow({ where: { bhxhCode: person.bhxhCode } });
    expect(read.fullName).toBe("Nguyễn Thị Ngọc Hường");
    expect(read.fullNameSearch).toBe("nguyen thi ngoc huong");
    expect(read.dateOfBirth.toISOString().slice(0, 10)).toBe("1990-05-12");
    expect(read.idNumber).toMatch(/^\d{3}1(90)\d{6}$/);
  });

  it("holds the reference data: 34 provinces, 3,321 communes, offices covering every commune", async () => {
    expect(await prisma.administrativeUnit.count({ where: { level: "province" } })).toBe(34);
    expect(await prisma.administrativeUnit.count({ where: { level: "commune" } })).toBe(3321);
    // Every commune is covered by the seeded offices (checked on the seed's own data: admin tests edit coverage).
    const { provinces, communes } = loadAdministrativeUnits();
    const covered = new Set(buildOffices(provinces, communes).flatMap((o) => o.communeCodes));
    expect(communes.filter((c) => !covered.has(c.code))).toEqual([]);
    const hanoi = await prisma.office.findUniqueOrThrow({ where: { code: "0101" }, include: { communes: true } });
    expect(hanoi.name).toBe("BHXH TP. Hà Nội – BHXH cơ sở Ba Đình");
    expect(hanoi.communes.map((c) => c.communeCode)).toContain("00004");
  });

  it("reports a unique violation as P2002", async () => {
    const { idIssueDate: _issued, ...person } = buildPerson(createRng(8));
    const data = { ...person, dateOfBirth: new Date(person.dateOfBirth), address: "x" };
    await prisma.participant.create({ data });
    await expect(prisma.participant.create({ data })).rejects.toMatchObject({ code: "P2002" });
  });
});
