import "server-only";
// The administrator's view and edits of BHXH offices: name, address, phone and the communes each
// covers (communes of the office's own province). Admins only; every change audited.
import { prisma, type Office } from "../db/client";
import { recordAuditEvent } from "../audit";
import { ADMIN_ROLES, authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";

export type OfficeInput = { name: string; address: string; phone: string; communeCodes: string[] };

export type OfficeListItem = Pick<Office, "code" | "name" | "address" | "phone" | "provinceCode" | "parentCode" | "active"> & {
  communeCount: number;
  staffCount: number;
};

const isAdmin = (principal: StaffPrincipal | null): principal is StaffPrincipal => authorizeStaff(principal, ADMIN_ROLES).ok;

export async function listOffices(principal: StaffPrincipal | null, provinceCode?: string): Promise<OfficeListItem[] | null> {
  if (!isAdmin(principal)) return null;
  const offices = await prisma.office.findMany({
    where: provinceCode ? { provinceCode } : {},
    orderBy: { code: "asc" },
    select: { code: true, name: true, address: true, phone: true, provinceCode: true, parentCode: true, active: true, _count: { select: { communes: true, staff: true } } },
  });
  return offices.map(({ _count, ...o }) => ({ ...o, communeCount: _count.communes, staffCount: _count.staff }));
}

export type OfficeForEdit = {
  office: Pick<Office, "code" | "name" | "address" | "phone" | "provinceCode">;
  provinceName: string;
  /** Every commune of the province, with whether this office covers it and which other offices do. */
  communes: { code: string; name: string; covered: boolean; otherOffices: string[] }[];
};

export async function getOfficeForEdit(principal: StaffPrincipal | null, code: string): Promise<OfficeForEdit | null> {
  if (!isAdmin(principal) || !/^\d{4}$/.test(code)) return null;
  const office = await prisma.office.findUnique({ where: { code }, select: { code: true, name: true, address: true, phone: true, provinceCode: true } });
  if (!office) return null;
  const [province, communes, links] = await Promise.all([
    prisma.administrativeUnit.findUniqueOrThrow({ where: { code: office.provinceCode }, select: { name: true } }),
    prisma.administrativeUnit.findMany({ where: { provinceCode: office.provinceCode, level: "commune" }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
    prisma.officeCommune.findMany({ where: { commune: { provinceCode: office.provinceCode } }, select: { officeCode: true, communeCode: true } }),
  ]);
  return {
    office,
    provinceName: province.name,
    communes: communes
      .sort((a, b) => a.name.localeCompare(b.name, "vi"))
      .map((c) => {
        const by = links.filter((l) => l.communeCode === c.code).map((l) => l.officeCode);
        return { ...c, covered: by.includes(code), otherOffices: by.filter((o) => o !== code) };
      }),
  };
}

export type UpdateOfficeResult = { ok: true } | { ok: false; code: "forbidden" | "notFound" | "communeOutsideProvince" };

export async function updateOffice(principal: StaffPrincipal | null, code: string, input: OfficeInput, info: RequestInfo): Promise<UpdateOfficeResult> {
  if (!isAdmin(principal)) return { ok: false, code: "forbidden" };
  return prisma.$transaction(async (tx) => {
    const before = await tx.office.findUnique({ where: { code }, include: { communes: { select: { communeCode: true } } } });
    if (!before) return { ok: false, code: "notFound" } as const;
    const wanted = [...new Set(input.communeCodes)];
    const valid = await tx.administrativeUnit.count({ where: { code: { in: wanted }, level: "commune", provinceCode: before.provinceCode } });
    if (valid !== wanted.length) return { ok: false, code: "communeOutsideProvince" } as const;

    const had = before.communes.map((c) => c.communeCode);
    const added = wanted.filter((c) => !had.includes(c)).sort();
    const removed = had.filter((c) => !wanted.includes(c)).sort();
    const phone = input.phone.trim() || null;
    await tx.office.update({ where: { code }, data: { name: input.name, address: input.address, phone } });
    if (removed.length) await tx.officeCommune.deleteMany({ where: { officeCode: code, communeCode: { in: removed } } });
    if (added.length) await tx.officeCommune.createMany({ data: added.map((communeCode) => ({ officeCode: code, communeCode })), skipDuplicates: true });
    await recordAuditEvent(tx, {
      type: "office.updated",
      actorType: "staff",
      actorId: principal.id,
      officeCode: code,
      ip: info.ip,
      userAgent: info.userAgent,
      data: {
        before: { name: before.name, address: before.address, phone: before.phone },
        after: { name: input.name, address: input.address, phone },
        communesAdded: added,
        communesRemoved: removed,
      },
    });
    return { ok: true } as const;
  });
}
