import "server-only";
// Rate limits kept in PostgreSQL, so every app server shares the same counters: fixed windows
// (hitRateLimit) and, for sign-in failures, exponential back-off (checkBackoff/recordBackoffFailure).
// The table is UNLOGGED (decision 0025): no WAL, no fsync at commit, emptied by a database crash.
import { backoffDelaySeconds, type BackoffRule } from "@/lib/domain/backoff";
import { addressRateLimitSubject } from "@/lib/domain/client-address";
import { prisma } from "./db/client";
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
  const key = `${rule.name}:${addressRateLimitSubject(subject)}`;
  return new Promise((resolve, reject) => {
    pendingHits.push({ key, rule, resolve, reject });
    if (!counting) void countPendingHits();
  });
}

type PendingHit = { key: string; rule: RateLimitRule; resolve: (result: RateLimitResult) => void; reject: (error: unknown) => void };

/** At most this many hits in one statement; the rest wait for the next. */
const MAX_HITS_PER_STATEMENT = 500;
const pendingHits: PendingHit[] = [];
let counting = false;

/** One statement at a time per process: what arrives meanwhile is the next batch (no timer, no added wait when idle). */
async function countPendingHits(): Promise<void> {
  counting = true;
  try {
    while (pendingHits.length > 0) {
      const batch = pendingHits.splice(0, MAX_HITS_PER_STATEMENT);
      const byWindow = groupBy(batch, (hit) => hit.rule.windowSeconds);
      await Promise.all([...byWindow].map(([windowSeconds, hits]) => countHits(windowSeconds, hits).catch((error: unknown) => hits.forEach((hit) => hit.reject(error)))));
    }
  } finally {
    counting = false;
  }
}

/** Adds each key's hits to its row in one upsert (keys in a fixed order, so two nodes never deadlock), then answers each hit with its own place in the count. */
async function countHits(windowSeconds: number, hits: PendingHit[]): Promise<void> {
  const byKey = groupBy(hits, (hit) => hit.key);
  const keys = [...byKey.keys()].sort();
  const deltas = keys.map((key) => byKey.get(key)!.length);
  metrics().rateLimitStatements.inc();
  const rows = await prisma.$queryRaw<{ key: string; count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
    SELECT "key", "delta", now() FROM unnest(${keys}::text[], ${deltas}::int[]) AS hit("key", "delta") ORDER BY "key"
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "key", "count", "windowStart"`;
  for (const row of rows) {
    const keyHits = byKey.get(row.key)!;
    // The hits of this batch are the last keyHits.length of the count, in the order they arrived.
    keyHits.forEach((hit, i) => hit.resolve(hitResult(hit.rule, row.count - keyHits.length + 1 + i, row.windowStart)));
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
