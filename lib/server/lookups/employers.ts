import "server-only";
// The public list of employers participating in social insurance (/tra-cuu/don-vi, GET
// /api/v1/lookups/employers): by exact tax code or by words of the name (with or without diacritics),
// optionally within a province, in name order, paged by keyset. Each shows its name, address and a
// participation status derived from its participation periods — nothing about any worker.
import { monthOf } from "@/lib/domain/months";
import { REGISTRY_PAGE_SIZE } from "@/lib/domain/registry-search";
import type { EmployerLookupItem, EmployersLookupQuery, EmployersLookupResponse } from "@/lib/schemas/registry-lookups";
import { Prisma, prisma } from "../db/client";
import { afterCursorCondition, countRegistrySearch, nameWordsCondition, toPage, type RateLimited } from "./registry-query";

type Row = EmployerLookupItem & { nameSearch: string | null };

/** The one query of a page (also EXPLAINed by the bench): the search, the keyset, one row more than a page, each row's status. */
export function employersPageSql(query: EmployersLookupQuery, pageSize = REGISTRY_PAGE_SIZE, now = new Date()): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if ("taxCode" in query) where.push(Prisma.sql`e."taxCode" = ${query.taxCode}`);
  else where.push(nameWordsCondition("e", query.nameWords));
  if (query.provinceCode) where.push(Prisma.sql`e."provinceCode" = ${query.provinceCode}`);
  if (query.cursor) where.push(afterCursorCondition("e", query.cursor));
  // Participating while any period under the employer is open in the current month (Vietnam time): an
  // EXISTS per row of the page, on the (employerCode) index of the periods.
  return Prisma.sql`
    SELECT e."code", e."taxCode", e."name", e."address", e."provinceCode", e."nameSearch",
      CASE WHEN EXISTS (
        SELECT 1 FROM "ParticipationPeriod" p
        WHERE p."employerCode" = e."code" AND (p."toMonth" IS NULL OR p."toMonth" >= ${monthOf(now)})
      ) THEN 'participating' ELSE 'notParticipating' END AS "participationStatus"
    FROM (
      SELECT * FROM "Employer" e WHERE ${Prisma.join(where, " AND ")} ORDER BY e."nameSearch", e."code" LIMIT ${pageSize + 1}
    ) e
    ORDER BY e."nameSearch", e."code"`;
}

/** One page of employers (no rate limit: the service below counts; benches and tests call this). */
export async function listEmployersPage(query: EmployersLookupQuery, pageSize = REGISTRY_PAGE_SIZE, now = new Date()): Promise<EmployersLookupResponse> {
  const page = toPage(await prisma.$queryRaw<Row[]>(employersPageSql(query, pageSize, now)), pageSize);
  return { employers: page.rows.map(({ nameSearch: _key, ...employer }) => employer), nextCursor: page.nextCursor };
}

export type EmployersLookupResult = { ok: true; page: EmployersLookupResponse } | RateLimited;

/** The look-up as the page and the API run it: the address counted, then one indexed query. */
export async function lookupEmployers(query: EmployersLookupQuery, ip: string | null): Promise<EmployersLookupResult> {
  const refused = await countRegistrySearch(ip);
  return refused ?? { ok: true, page: await listEmployersPage(query) };
}
