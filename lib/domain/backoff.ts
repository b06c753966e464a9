// Exponential back-off after repeated failures (sign-in, second factor): a few free tries, then a wait
// that doubles with each further failure, up to a ceiling. Never a lock that a stranger can renew
// forever on someone else's account: the counters are per account *and device* (see rate-limit.ts).

export type BackoffRule = {
  name: string;
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures are forgotten after this long without another one. */
  forgetAfterSeconds: number;
};

/** The wait, in seconds, imposed after the `failures`-th consecutive failure. */
export function backoffDelaySeconds(rule: Pick<BackoffRule, "freeFailures" | "baseDelaySeconds" | "maxDelaySeconds">, failures: number): number {
  if (failures <= rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures - 1, 30);
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** doublings);
}
