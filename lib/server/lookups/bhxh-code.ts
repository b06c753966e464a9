import "server-only";
// The public BHXH-code look-up (/tra-cuu/ma-so-bhxh, POST /api/v1/lookups/bhxh-code): find one's code
// from full name, date of birth and province (and the ID number when several people match).
// Whatever the answer, it costs the same: both rate limits are counted, one bounded indexed query is
// run, and the answer is held back until BHXH_CODE_LOOKUP_FLOOR_MS after the start, so the time tells
// nothing about whether someone exists.
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { fromIsoDate } from "@/lib/domain/dates";
import { searchableText } from "@/lib/domain/identifiers";
import {
  BHXH_CODE_CANDIDATE_CAP,
  bhxhCodeLookupSubject,
  resolveBhxhCodeLookup,
  type BhxhCodeCandidate,
  type BhxhCodeLookupOutcome,
  type BhxhCodeQuery,
} from "@/lib/domain/public-lookups";
import { prisma } from "../db/client";
import { hitRateLimit } from "../rate-limit";
import { LOOKUP_RATE_LIMITS } from "./limits";

/**
 * The least time a look-up answer takes (from the start of the work to the answer), found or not.
 * Well above the query's p95 (tests/bench/lookups.bench.ts) and the two rate-limit writes, so the
 * padding, not the database, decides when the answer leaves.
 */
export const BHXH_CODE_LOOKUP_FLOOR_MS = 300;

export type BhxhCodeLookupResult =
  | { ok: true; outcome: BhxhCodeLookupOutcome }
  | { ok: false; code: "rateLimited"; params: { retryAfterSeconds: number } };

/** The records of the province born that day whose unaccented name is the one typed (at most the cap). */
export async function findBhxhCodeCandidates(query: Pick<BhxhCodeQuery, "fullName" | "dateOfBirth" | "provinceCode">): Promise<BhxhCodeCandidate[]> {
  return prisma.participant.findMany({
    where: { provinceCode: query.provinceCode, dateOfBirth: fromIsoDate(query.dateOfBirth), fullNameSearch: searchableText(query.fullName) },
    select: { bhxhCode: true, fullName: true, idNumber: true },
    orderBy: { bhxhCode: "asc" },
    take: BHXH_CODE_CANDIDATE_CAP,
  });
}

/** The rate-limit subject as stored: a hash, so the counters table holds no name or date of birth. */
function subjectKey(query: BhxhCodeQuery): string {
  return createHash("sha256").update(bhxhCodeLookupSubject(query)).digest("base64url");
}

/**
 * Counts the caller's address and the query's subject, then looks up. `ip` null (no proxy header) is
 * counted as one shared "unknown" address. `floorMs` is for tests that check the padding itself.
 */
export async function lookupBhxhCode(query: BhxhCodeQuery, ip: string | null, floorMs = BHXH_CODE_LOOKUP_FLOOR_MS): Promise<BhxhCodeLookupResult> {
  const started = performance.now();
  try {
    // Both counters are hit every time (no short-circuit), so a refused address still costs a subject try.
    const [byIp, bySubject] = await Promise.all([
      hitRateLimit(LOOKUP_RATE_LIMITS.bhxhCodePerIp, ip ?? "unknown"),
      hitRateLimit(LOOKUP_RATE_LIMITS.bhxhCodePerSubject, subjectKey(query)),
    ]);
    if (!byIp.allowed || !bySubject.allowed) {
      return { ok: false, code: "rateLimited", params: { retryAfterSeconds: Math.max(byIp.retryAfterSeconds, bySubject.retryAfterSeconds) } };
    }
    const candidates = await findBhxhCodeCandidates(query);
    return { ok: true, outcome: resolveBhxhCodeLookup(query, candidates) };
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
