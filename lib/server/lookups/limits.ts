import "server-only";
// The rate limits of the public look-ups, on the shared counters of lib/server/rate-limit.ts.
// The BHXH-code look-up has two a caller cannot dodge alone: per network address (one client trying many
// people) and per subject (many addresses trying one person — the name, date of birth and province, however typed).
import type { RateLimitRule } from "../rate-limit";

export const LOOKUP_RATE_LIMITS = {
  bhxhCodePerIp: { name: "lookup-bhxh-code-ip", limit: 20, windowSeconds: 600 },
  bhxhCodePerSubject: { name: "lookup-bhxh-code-subject", limit: 5, windowSeconds: 3600 },
  // The registry searches (medical facilities, employers; one counter for both): public data, so only a
  // bound on what one address can make the database do — a person paging through results never meets it.
  registrySearchPerIp: { name: "lookup-registry-ip", limit: 120, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;
