import { describe, expect, it } from "vitest";
import { backoffDelaySeconds } from "@/lib/domain/backoff";

const rule = { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 3600 };

describe("backoffDelaySeconds", () => {
  it("lets the free failures pass without a wait", () => {
    for (let failures = 0; failures <= 5; failures++) expect(backoffDelaySeconds(rule, failures)).toBe(0);
  });

  it("doubles the wait with each failure beyond the free ones, up to the ceiling", () => {
    expect([6, 7, 8, 9, 10, 11, 12, 13].map((n) => backoffDelaySeconds(rule, n))).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(backoffDelaySeconds(rule, 10_000)).toBe(3600);
  });
});
