import "server-only";
// Fixed-window rate limits kept in PostgreSQL, so every app server shares the same counters.
import { addressRateLimitSubject } from "@/lib/domain/client-address";
import { prisma } from "./db/client";

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

/** Counts one hit against `rule` for `subject` (an IP, a user name…) and says whether it is allowed. */
export async function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  // An IPv6 subject counts by its /64 (lib/domain/client-address.ts).
  const key = `${rule.name}:${addressRateLimitSubject(subject)}`;
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const resetAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
  const allowed = row.count <= rule.limit;
  return {
    allowed,
    remaining: Math.max(0, rule.limit - row.count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/** Forgets the counter (e.g. after a successful sign-in). */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key: `${rule.name}:${addressRateLimitSubject(subject)}` } });
}
