import "server-only";
// The public list of medical facilities (/tra-cuu/co-so-kcb, GET /api/v1/lookups/medical-facilities):
// a province's facilities by words of the name (with or without diacritics), level, BHYT contract and
// whether they issue sick-leave certificates, in name order, paged by keyset. Nothing personal: cacheable.
import { REGISTRY_PAGE_SIZE } from "@/lib/domain/registry-search";
import type { FacilitiesLookupQuery, FacilitiesLookupResponse, FacilityLookupItem } from "@/lib/schemas/registry-lookups";
import { Prisma, prisma } from "../db/client";
import { afterCursorCondition, countRegistrySearch, nameWordsCondition, toPage, type RateLimited } from "./registry-query";

type Row = FacilityLookupItem & { nameSearch: string | null };

/** The one query of a page (also EXPLAINed by the bench): the filters, the keyset, one row more than a page. */
export function facilitiesPageSql(query: FacilitiesLookupQuery, pageSize = REGISTRY_PAGE_SIZE): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`f."provinceCode" = ${query.provinceCode}`];
  if (query.name?.length) where.push(nameWordsCondition("f", query.name));
  if (query.level) where.push(Prisma.sql`f."level" = ${query.level}::"FacilityLevel"`);
  if (query.bhytContracted !== undefined) where.push(Prisma.sql`f."bhytContracted" = ${query.bhytContracted}`);
  if (query.issuesSickLeave !== undefined) where.push(Prisma.sql`f."issuesSickLeave" = ${query.issuesSickLeave}`);
  if (query.cursor) where.push(afterCursorCondition("f", query.cursor));
  return Prisma.sql`
    SELECT f."code", f."name", f."address", f."level"::text AS "level", f."provinceCode", f."bhytContracted", f."issuesSickLeave", f."nameSearch"
    FROM "MedicalFacility" f
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY f."nameSearch", f."code"
    LIMIT ${pageSize + 1}`;
}

/** One page of facilities (no rate limit: the service below counts; benches and tests call this). */
export async function listFacilitiesPage(query: FacilitiesLookupQuery, pageSize = REGISTRY_PAGE_SIZE): Promise<FacilitiesLookupResponse> {
  const page = toPage(await prisma.$queryRaw<Row[]>(facilitiesPageSql(query, pageSize)), pageSize);
  return { facilities: page.rows.map(({ nameSearch: _key, ...facility }) => facility), nextCursor: page.nextCursor };
}

export type FacilitiesLookupResult = { ok: true; page: FacilitiesLookupResponse } | RateLimited;

/** The look-up as the page and the API run it: the address counted, then one indexed query. */
export async function lookupFacilities(query: FacilitiesLookupQuery, ip: string | null): Promise<FacilitiesLookupResult> {
  const refused = await countRegistrySearch(ip);
  return refused ?? { ok: true, page: await listFacilitiesPage(query) };
}
