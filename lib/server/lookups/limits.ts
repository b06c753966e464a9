import "server-only";
// The rate limits of the public BHXH-code look-up, on the shared counters of lib/server/rate-limit.ts.
// Two limits a caller cannot dodge alone: per network address (one client trying many people) and per
// subject (many addresses trying one person — the name, date of birth and province, however typed).
import type { RateLimitRule } from "../rate-limit";

export const LOOKUP_RATE_LIMITS = {
  bhxhCodePerIp: { name: "lookup-bhxh-code-ip", limit: 20, windowSeconds: 600 },
  bhxhCodePerSubject: { name: "lookup-bhxh-code-subject", limit: 5, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;
