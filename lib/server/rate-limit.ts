import "server-only";
// Rate limits kept in PostgreSQL, so every app server shares the same counters: fixed windows
// (hitRateLimit) and, for sign-in failures, exponential back-off (checkBackoff/recordBackoffFailure).
// The table is UNLOGGED (decision 0025): no WAL, no fsync at commit, emptied by a database crash.
import { backoffDelaySeconds, type BackoffRule } from "@/lib/domain/backoff";
import { addressRateLimitSubject } from "@/lib/domain/client-address";
import { prisma, queryOnPool } from "./db/client";
import { createStatementBatcher } from "./db/statement-batcher";
import { metrics } from "./metrics/registry";

export type { BackoffRule };

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export const RATE_LIMITS = {
  declarationSubmitPerIp: { name: "declaration-submit-ip", limit: 10, windowSeconds: 3600 },
  declarationLookupPerIp: { name: "declaration-lookup-ip", limit: 30, windowSeconds: 600 },
  staffSignInPerIp: { name: "staff-signin-ip", limit: 30, windowSeconds: 900 },
  staffSignInPerAccount: { name: "staff-signin-user", limit: 5, windowSeconds: 900 },
  citizenSignInPerIp: { name: "citizen-signin-ip", limit: 30, windowSeconds: 900 },
  citizenSignInPerAccount: { name: "citizen-signin-account", limit: 5, windowSeconds: 900 },
  otpSendPerAccount: { name: "otp-send-account", limit: 3, windowSeconds: 900 },
  passwordResetPerIp: { name: "password-reset-ip", limit: 10, windowSeconds: 3600 },
  passwordResetPerAccount: { name: "password-reset-account", limit: 5, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/**
 * Counts one hit against `rule` for `subject` (an IP, a user name…) and says whether it is allowed.
 * Hits arriving while a count is on its way to PostgreSQL wait and go together in the next statement
 * (decision 0025): one round trip and one commit for a whole burst, each hit still counted in the shared
 * row before it is answered, so the limit is exact across nodes.
 */
export function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  // An IPv6 subject counts by its /64 (lib/domain/client-address.ts).
  return countHit({ key: `${rule.name}:${addressRateLimitSubject(subject)}`, rule });
}

type Hit = { key: string; rule: RateLimitRule };

/** At most 500 hits in one statement; the rest wait for the next (lib/server/db/statement-batcher.ts). */
const countHit = createStatementBatcher(async (hits: Hit[]): Promise<RateLimitResult[]> => {
  const results: RateLimitResult[] = new Array(hits.length);
  const byWindow = groupBy(hits.map((hit, index) => ({ ...hit, index })), (hit) => hit.rule.windowSeconds);
  await Promise.all([...byWindow].map(([windowSeconds, group]) => countHits(windowSeconds, group, results)));
  return results;
}, 500);

const COUNT_HITS_SQL = `
  INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
  SELECT "key", "delta", now() FROM unnest($1::text[], $2::int[]) AS hit("key", "delta") ORDER BY "key"
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => $3) THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
    "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => $3) THEN now() ELSE "RateLimitBucket"."windowStart" END
  RETURNING "key", "count", "windowStart" AT TIME ZONE 'UTC' AS "windowStart"`;

/** Adds each key's hits to its row in one upsert (keys in a fixed order, so two nodes never deadlock), then answers each hit with its own place in the count. */
async function countHits(windowSeconds: number, hits: (Hit & { index: number })[], results: RateLimitResult[]): Promise<void> {
  const byKey = groupBy(hits, (hit) => hit.key);
  const keys = [...byKey.keys()].sort();
  const deltas = keys.map((key) => byKey.get(key)!.length);
  metrics().rateLimitStatements.inc();
  // On the pool, not through Prisma: this is on the status look-up's path (lib/server/db/client.ts, queryOnPool).
  const rows = await queryOnPool<{ key: string; count: number; windowStart: Date }>(COUNT_HITS_SQL, [keys, deltas, windowSeconds]);
  for (const row of rows) {
    const keyHits = byKey.get(row.key)!;
    // The hits of this batch are the last keyHits.length of the count, in the order they arrived.
    keyHits.forEach((hit, i) => (results[hit.index] = hitResult(hit.rule, row.count - keyHits.length + 1 + i, row.windowStart)));
  }
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<K, T>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function hitResult(rule: RateLimitRule, count: number, windowStart: Date): RateLimitResult {
  const resetAt = windowStart.getTime() + rule.windowSeconds * 1000;
  const allowed = count <= rule.limit;
  if (!allowed) metrics().rateLimitRefusals.inc({ rule: rule.name });
  return {
    allowed,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/** Forgets the counter (e.g. after a successful sign-in). */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key: `${rule.name}:${addressRateLimitSubject(subject)}` } });
}

/**
 * Failed sign-ins, counted per account and device (lib/server/auth/sign-in-backoff.ts picks the
 * subject). After `freeFailures`, each failure makes the subject wait twice as long as the one before:
 * the 5th wrong password in a row waits 30 s, the 6th 1 min, … up to an hour; a success forgets them.
 */
export const BACKOFF_RULES = {
  staffSignIn: { name: "staff-signin-backoff", freeFailures: 4, baseDelaySeconds: 30, maxDelaySeconds: 3600, forgetAfterSeconds: 24 * 3600 },
  citizenSignIn: { name: "citizen-signin-backoff", freeFailures: 4, baseDelaySeconds: 30, maxDelaySeconds: 3600, forgetAfterSeconds: 24 * 3600 },
  staffSecondFactor: { name: "staff-2fa-backoff", freeFailures: 4, baseDelaySeconds: 30, maxDelaySeconds: 3600, forgetAfterSeconds: 24 * 3600 },
} satisfies Record<string, BackoffRule>;

export type BackoffState = { allowed: boolean; failures: number; retryAfterSeconds: number };

/** Whether `subject` may try now (reads only; a refused try is not counted again). */
export async function checkBackoff(rule: BackoffRule, subject: string, now: Date = new Date()): Promise<BackoffState> {
  const row = await prisma.rateLimitBucket.findUnique({ where: { key: `${rule.name}:${subject}` } });
  if (!row || row.windowStart.getTime() < now.getTime() - rule.forgetAfterSeconds * 1000) return { allowed: true, failures: 0, retryAfterSeconds: 0 };
  const waitMs = (row.blockedUntil?.getTime() ?? 0) - now.getTime();
  if (waitMs > 0) metrics().rateLimitRefusals.inc({ rule: rule.name });
  return waitMs > 0
    ? { allowed: false, failures: row.count, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    : { allowed: true, failures: row.count, retryAfterSeconds: 0 };
}

/** Counts a failure and sets the wait before the next try; returns that wait (0 while failures are free). */
export async function recordBackoffFailure(rule: BackoffRule, subject: string, now: Date = new Date()): Promise<BackoffState> {
  const key = `${rule.name}:${subject}`;
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterSeconds * 1000);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < ${forgetBefore} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = ${now}
    RETURNING "count"`;
  const failures = rows[0]!.count;
  const delay = backoffDelaySeconds(rule, failures);
  await prisma.rateLimitBucket.update({ where: { key }, data: { blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null } });
  return { allowed: delay === 0, failures, retryAfterSeconds: delay };
}

/** Forgets the failures of `subject` (after a successful sign-in from it). */
export async function clearBackoff(rule: BackoffRule, subject: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key: `${rule.name}:${subject}` } });
}
