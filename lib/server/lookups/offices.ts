import "server-only";
// The public list of BHXH offices (/tra-cuu/co-quan-bhxh, GET /api/v1/lookups/offices): the active
// offices of a province (or those serving one commune), with the communes each serves, paged by office
// code (keyset: a page is as fast at the end of the list as at its start). Nothing personal: cacheable.
import { STANDARD_OPENING_HOURS } from "@/lib/domain/public-lookups";
import type { OfficesLookupQuery, OfficesLookupResponse } from "@/lib/schemas/lookups";
import { prisma } from "../db/client";

/** Five offices a page: each carries its communes, and the page is read on a phone. */
export const OFFICES_PAGE_SIZE = 5;

/** Offices change when an administrator edits one; five minutes of staleness in a cache is harmless. */
export const OFFICES_MAX_AGE_SECONDS = 300;

export async function listOfficesPage(query: OfficesLookupQuery, pageSize = OFFICES_PAGE_SIZE): Promise<OfficesLookupResponse> {
  const rows = await prisma.office.findMany({
    where: {
      provinceCode: query.provinceCode,
      active: true,
      ...(query.after ? { code: { gt: query.after } } : {}),
      ...(query.communeCode ? { communes: { some: { communeCode: query.communeCode } } } : {}),
    },
    orderBy: { code: "asc" },
    take: pageSize + 1,
    select: {
      code: true,
      name: true,
      provinceCode: true,
      parentCode: true,
      address: true,
      phone: true,
      communes: { select: { commune: { select: { code: true, fullName: true, fullNameEn: true } } }, orderBy: { communeCode: "asc" } },
    },
  });
  const page = rows.slice(0, pageSize);
  return {
    offices: page.map(({ communes, ...office }) => ({
      ...office,
      // Offices have no hours of their own in the database yet: every one keeps the standard hours.
      openingHours: { weekdays: [...STANDARD_OPENING_HOURS.weekdays], sessions: STANDARD_OPENING_HOURS.sessions.map((s) => ({ ...s })) },
      communes: communes.map(({ commune }) => ({ code: commune.code, name: commune.fullName, nameEn: commune.fullNameEn })),
    })),
    nextAfter: rows.length > pageSize ? (page.at(-1)?.code ?? null) : null,
  };
}
