import "server-only";
// What the two registry look-ups (medical facilities, employers) share: the SQL for "every word of the
// name", the keyset condition and order on (nameSearch, code), the per-address rate limit, and turning
// the rows read (one more than a page) into a page and its opaque next cursor.
import { encodeRegistryCursor, REGISTRY_PAGE_SIZE, TRIGRAM_WORD_MIN_LENGTH, type RegistryCursor } from "@/lib/domain/registry-search";
import { Prisma } from "../db/client";
import { hitRateLimit } from "../rate-limit";
import { LOOKUP_RATE_LIMITS } from "./limits";

/**
 * Each word anywhere in the stored key. Words of 3+ letters go through LIKE (the pg_trgm GIN index
 * serves them); shorter ones have no trigram, so they are checked with strpos on the rows the others
 * found (a LIKE without trigrams would make the index read every entry). Words hold only a–z, 0–9:
 * nothing to escape for LIKE.
 */
export function nameWordsCondition(alias: string, words: readonly string[]): Prisma.Sql {
  const column = Prisma.raw(`${alias}."nameSearch"`);
  return Prisma.join(
    words.map((w) => (w.length >= TRIGRAM_WORD_MIN_LENGTH ? Prisma.sql`${column} LIKE ${`%${w}%`}` : Prisma.sql`strpos(${column}, ${w}) > 0`)),
    " AND ",
  );
}

/** Rows after the cursor in (nameSearch, code) order: a page deep in the list costs what the first does. */
export function afterCursorCondition(alias: string, cursor: RegistryCursor): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`${alias}."nameSearch"`)}, ${Prisma.raw(`${alias}."code"`)}) > (${cursor.nameSearch}, ${cursor.code})`;
}

/** The rows of one page and the cursor after its last row (null when nothing follows). */
export function toPage<Row extends { code: string; nameSearch: string | null }>(rows: readonly Row[], pageSize = REGISTRY_PAGE_SIZE): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > pageSize && last ? encodeRegistryCursor({ nameSearch: last.nameSearch ?? "", code: last.code }) : null };
}

export type RateLimited = { ok: false; code: "rateLimited"; params: { retryAfterSeconds: number } };

/** Counts one registry search for the address (`ip` null → the shared "unknown" address). */
export async function countRegistrySearch(ip: string | null): Promise<RateLimited | null> {
  const hit = await hitRateLimit(LOOKUP_RATE_LIMITS.registrySearchPerIp, ip ?? "unknown");
  return hit.allowed ? null : { ok: false, code: "rateLimited", params: { retryAfterSeconds: hit.retryAfterSeconds } };
}
